// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"
#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::migrations {

class V1MigrationsFolder;

/// Every readable snapshot of a drizzle-kit 1.0 folder as the graph its ids and prevIds draw: what drizzle-kit
/// 1.0's branch handling (its "commutativity" check and the merged previous state of `generate`) walks. Branches
/// are snapshots with the same parent; a merge is a snapshot with several parents, whose prevIds are a set.
class SnapshotGraph
{
public:
    struct Node
    {
        QString id;
        QStringList prevIds;
        QString folder; ///< `20261206234044_yummy_preak`
        SchemaDefinition ddl;
    };

    /// Reads the snapshots V1MigrationsFolder::scan could identify, in path order (drizzle-kit's). Fails, naming
    /// the file, when one of them cannot be read whole.
    static model::Result<SnapshotGraph> read(const V1MigrationsFolder &folder);
    /// The graph of @p nodes as given (in path order); for tests.
    static SnapshotGraph of(QList<Node> nodes);

    const QList<Node> &nodes() const { return m_nodes; }
    /// The node with @p id, or nullptr (the zero UUID, the origin, is no node).
    const Node *node(const QString &id) const;
    /// The ids no node names as a parent, in path order: more than one means open branches.
    QStringList leafIds() const;
    /// The ids naming @p id as a parent, in path order.
    QStringList childIds(const QString &id) const;
    /// The parents named by some node that have more than one child (the origin too), in path order of the first
    /// child: the forks where branches start.
    QStringList forkIds() const;
    /// The leaves reachable from @p id through children (@p id itself when it has none).
    QStringList leavesUnder(const QString &id) const;
    /// @p id and every node it descends from.
    QStringList ancestorsOf(const QString &id) const;
    /// The deepest node every one of @p ids descends from (or is): the fork of two branches. Empty when they share
    /// none but the origin. drizzle-kit's `lowestCommonAncestor`.
    QString lowestCommonAncestor(const QStringList &ids) const;

private:
    QList<Node> m_nodes;
};

} // namespace tw::migrations
