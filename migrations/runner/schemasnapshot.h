// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace tw::migrations {

class DatabaseConnection;

/// The tables and indexes of `main` (type, table, root page, SQL) at one moment, to tell which a migration replaced,
/// created, dropped or redefined: a rebuilt table gets a new root page, a renamed one a new name.
class SchemaSnapshot
{
public:
    /// Reads sqlite_schema; valid() is false when it cannot be read.
    static SchemaSnapshot read(DatabaseConnection &connection);

    bool valid() const { return m_valid; }
    /// Lower-cased names of the tables that differ from @p before: new, gone, another root page or SQL, or one of
    /// their indexes new, gone or changed.
    QSet<QString> changedTables(const SchemaSnapshot &before) const;
    /// The table's name as stored, or an empty string when @p lowerName is not a table here.
    QString tableName(const QString &lowerName) const;
    /// Lower-cased names of every table (sqlite_ internals excluded).
    QList<QString> tables() const;

private:
    struct Entry
    {
        QString type;
        QString name;
        QString table; ///< lower-cased tbl_name
        qint64 rootPage = 0;
        QString sql;
        bool operator==(const Entry &) const = default;
    };

    bool m_valid = false;
    QHash<QString, Entry> m_entries; ///< by lower-cased type + name
};

} // namespace tw::migrations
