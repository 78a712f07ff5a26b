// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/catalog/catalogsnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

class WriteTracker;

/// Which tables one migration could have left with broken foreign keys, so that `PRAGMA foreign_key_check` reads
/// only those: every table it wrote, and each untouched child of a parent it wrote, unless that parent provably kept
/// every key the child could point at (same key columns, declared types and collations, and every key present before
/// its first write still there: O(parent rows), where checking the child would read all of the child's rows).
class ForeignKeyScope
{
public:
    /// Notes the schema and the foreign keys as they are before the migration's first statement.
    ForeignKeyScope(database::DatabaseConnection &connection, WriteTracker &tracker);
    ~ForeignKeyScope();
    ForeignKeyScope(const ForeignKeyScope &) = delete;
    ForeignKeyScope &operator=(const ForeignKeyScope &) = delete;

    /// Call with a statement prepared but not yet run: keeps the referenced keys of each parent table it is about to
    /// write for the first time in this migration.
    void beforeStatement();
    /// The tables to pass to `PRAGMA foreign_key_check(t)` now, or nullopt when only the full check is safe.
    std::optional<QStringList> tablesToCheck();

private:
    struct Edge
    {
        QString child;  ///< folded
        QString parent; ///< folded
        QStringList to; ///< parent columns; empty: its primary key
    };
    struct Keys
    {
        QString table;     ///< temp table holding the distinct non-NULL keys
        QString signature; ///< columns with declared type and collation
    };

    QList<Edge> readEdges(bool *ok) const;
    QStringList keyColumns(const QString &parent, const QStringList &to) const;
    QString signature(const QString &parent, const QStringList &columns) const;
    bool keysKept(const QString &parent, const QStringList &to);

    database::DatabaseConnection &m_connection;
    WriteTracker &m_tracker;
    database::CatalogSnapshot m_before;
    QList<Edge> m_edges;
    bool m_unsure = false;
    QSet<QString> m_seen;        ///< parents already written in this migration
    QHash<QString, Keys> m_keys; ///< by parent + key columns
};

} // namespace tw::migrations
