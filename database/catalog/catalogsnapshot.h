// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace tw::database {

class DatabaseConnection;

/// The tables and indexes of `main` (type, table, root page, SQL) at one moment, to tell which a migration replaced,
/// created, dropped or redefined: a rebuilt table gets a new root page, a renamed one a new name.
class CatalogSnapshot
{
public:
    /// @p name as SQLite compares identifiers: only ASCII letters fold, so `Ä` and `ä` stay two tables.
    static QString fold(const QString &name);
    /// Reads sqlite_schema; valid() is false when it cannot be read.
    static CatalogSnapshot read(DatabaseConnection &connection);

    bool valid() const { return m_valid; }
    /// Folded names of the tables that differ from @p before: new, gone, another root page or SQL, or one of
    /// their indexes new, gone or changed.
    QSet<QString> changedTables(const CatalogSnapshot &before) const;
    /// The table's name as stored, or an empty string when @p folded is not a table here.
    QString tableName(const QString &folded) const;
    /// Folded names of every table (sqlite_ internals excluded).
    QList<QString> tables() const;

private:
    struct Entry
    {
        QString type;
        QString name;
        QString table; ///< folded tbl_name
        qint64 rootPage = 0;
        QString sql;
        bool operator==(const Entry &) const = default;
    };

    bool m_valid = false;
    QHash<QString, Entry> m_entries; ///< by type + folded name
};

} // namespace tw::database
