// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/checkconstraint.h"
#include "model/schema/column.h"
#include "model/schema/foreignkey.h"
#include "model/schema/id.h"
#include "model/schema/index.h"
#include "model/schema/primarykey.h"
#include "model/schema/uniqueconstraint.h"

#include <QList>
#include <QString>

#include <optional>

namespace tw::model {

/// A table with its columns and constraints, as the user designs it. Constraints refer to columns by id, so renames
/// never break them. (The differ compares migrations::TableDefinition, the snapshot's view of a table; the
/// database inspector reports database::LiveTable, a real file's view.)
struct Table
{
    Id id;
    QString name;   ///< SQL name, snake_case by convention
    QString tsName; ///< exported TypeScript variable; empty means camelCase of name
    QString comment;
    QList<Column> columns;
    std::optional<PrimaryKey> primaryKey; ///< table-level (composite) key; single keys usually live on the column
    QList<Index> indexes;
    QList<ForeignKey> foreignKeys;
    QList<UniqueConstraint> uniqueConstraints;
    QList<CheckConstraint> checkConstraints;

    QString effectiveTsName() const;

    const Column *column(const Id &columnId) const;
    Column *column(const Id &columnId);
    /// Case-insensitive, as SQLite compares names.
    const Column *columnNamed(const QString &columnName) const;
    qsizetype columnRow(const Id &columnId) const;

    /// The columns that form the primary key: the table-level key's, or those flagged primaryKey.
    QList<Id> primaryKeyColumns() const;
    /// Whether @p columnIds (in any order) are exactly the primary key or a unique key (column flag,
    /// unique constraint or unique non-partial column index) of this table.
    bool isUniqueKey(const QList<Id> &columnIds) const;
    /// The names of @p columnIds, "?" for an unknown id.
    QStringList columnNames(const QList<Id> &columnIds) const;

    friend bool operator==(const Table &, const Table &) = default;
};

} // namespace tw::model
