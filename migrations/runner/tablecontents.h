// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// One user table's rows, summed up: how many, and a SHA-256 over every value (SQLite's `quote()` of each column,
/// columns by name, rows sorted by their values), so the checksum says "same rows" whatever the column order or the
/// rowids a table rebuild gave them.
struct TableContent
{
    QString table;
    qint64 rows = 0;
    QString checksum;
    friend bool operator==(const TableContent &, const TableContent &) = default;
};

/// The contents of a database's user tables (TableComparer::userTables: no SQLite, wrangler or tracking tables), for
/// "Test rollback procedure": the rows after a round trip up and down are compared with the rows before it.
class TableContents
{
public:
    /// Every user table of @p connection's `main`, by name.
    static model::Result<QList<TableContent>> read(database::DatabaseConnection &connection);
    /// One line per table whose rows differ between @p before and @p after (`tags: 3 rows before, 0 after`,
    /// `users: the same 3 rows, other values`, `notes: only before`); empty when they hold the same rows.
    static QStringList differences(const QList<TableContent> &before, const QList<TableContent> &after);
};

} // namespace tw::migrations
