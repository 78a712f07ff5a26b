// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/rehearsalreport.h"
#include "migrations/runner/renametracker.h"

#include <QHash>
#include <QPair>
#include <QStringList>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// Compares the tables of a migrated copy (schema `main`) with the database before (attached as schema `before`):
/// rows before/after, rows deleted and values set to NULL (matched by primary key; by counts for a table without
/// one), foreign key violations, and the destructive steps with their real counts.
class TableComparer
{
public:
    /// @p renames knows the tables and columns the migrations renamed.
    TableComparer(database::DatabaseConnection &connection, const RenameTracker &renames);

    /// Fills @p report's tables and destructive steps; returns SQLite's message on failure.
    QString compare(RehearsalReport &report);

    /// The user tables of @p schema (no sqlite_*, tracking or wrangler tables), sorted.
    static QStringList userTables(database::DatabaseConnection &connection, const QString &schema, QString *error);

private:
    struct Column
    {
        QString name;
        int primaryKeyPosition = 0; ///< 1-based position in the primary key, 0 when not part of it
    };

    QList<Column> columns(const QString &schema, const QString &table);
    qint64 count(const QString &sql);
    void compareKept(TableRehearsal &row, const QString &after, RehearsalReport &report);
    /// Per kept column (before name), values not NULL before and NULL after; rows deleted in @p deleted.
    QList<qint64> nulledByKey(const QString &before, const QString &after, const QStringList &keyBefore,
                              const QList<QPair<QString, QString>> &kept, qint64 *deleted);
    QHash<QString, qint64> violationsPerTable();
    /// `a.key = b.key AND …`: the rows after (a) matched with the rows before (b) by the key's columns.
    static QString joinOn(const QStringList &keyBefore, const QList<QPair<QString, QString>> &kept);
    /// TableRehearsal::samples: up to three rows per column that is new in @p after or whose values changed.
    QStringList samples(const QString &before, const QString &after, const QStringList &keyBefore,
                        const QList<QPair<QString, QString>> &kept, const QString &on);

    database::DatabaseConnection &m_connection;
    const RenameTracker &m_renames;
    QString m_error;
};

} // namespace tw::migrations
