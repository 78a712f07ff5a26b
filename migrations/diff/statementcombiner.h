// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/operations.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tw::migrations {

/// Orders operations the way drizzle-kit 0.31 does (its sqliteCombineStatements): statements arrive per kind,
/// are grouped per table in order of first appearance, a table that needs a rebuild has its group replaced by
/// the rebuild and its indexes, and all table renames, then all column renames, run first.
/// Unlike drizzle-kit, a column rename survives a rebuild of its table (drizzle-kit drops it: "no such column").
class StatementCombiner
{
public:
    /// The rebuild of @p table plus its CreateIndex operations; @p addedColumns are columns an AddColumn kept
    /// earlier in the table's group has already created, so the rebuild may copy them.
    using RebuildFactory = std::function<QList<Operation>(const QString &table, const QStringList &addedColumns)>;

    /// The key drizzle-kit files views under (their statements carry no table name).
    static QString viewGroup() { return QStringLiteral("undefined"); }

    explicit StatementCombiner(RebuildFactory rebuild);

    /// A statement that needs no rebuild.
    void addOperation(const QString &group, const Operation &operation);
    /// A change SQLite cannot make in place: rebuild @p table (once).
    void requireRebuild(const QString &table);
    /// A foreign key added to @p table: written inline by an AddColumn of @p column (single-column keys on a
    /// column added in this migration), else it needs a rebuild.
    void addForeignKey(const QString &table, const QString &column, bool singleColumn);

    QList<Operation> operations() const;

private:
    struct Group
    {
        QString key;
        QList<Operation> operations;
        bool rebuilt = false;
    };

    Group *group(const QString &key);
    Group &createGroup(const QString &key);
    QList<Group> orderedGroups() const;

    RebuildFactory m_rebuild;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_groupIndex; ///< key -> position in m_groups
};

} // namespace tw::migrations
