// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/branches/snapshotgraph.h"

#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshotv7.h"

#include <QFile>
#include <QSet>

namespace tw::migrations {

model::Result<SnapshotGraph> SnapshotGraph::read(const V1MigrationsFolder &folder)
{
    QList<Node> nodes;
    for (const V1Migration &m : folder.migrations()) {
        if (m.snapshotId.isEmpty())
            continue; // unidentifiable: the scan warns of it, and drizzle-kit's graph has no place for it either
        QFile file(folder.filePath(m.snapshotFile()));
        if (!file.open(QIODevice::ReadOnly))
            return model::Result<SnapshotGraph>::failure(
                QStringLiteral("%1: cannot be read: %2").arg(m.snapshotFile(), file.errorString()));
        auto snapshot = SnapshotV7Reader::read(file.readAll());
        if (!snapshot)
            return model::Result<SnapshotGraph>::failure(
                QStringLiteral("%1: %2").arg(m.snapshotFile(), snapshot.error()));
        nodes << Node{m.snapshotId, m.prevIds, m.folder, std::move(snapshot).value().ddl};
    }
    return of(std::move(nodes));
}

SnapshotGraph SnapshotGraph::of(QList<Node> nodes)
{
    SnapshotGraph graph;
    graph.m_nodes = std::move(nodes);
    return graph;
}

const SnapshotGraph::Node *SnapshotGraph::node(const QString &id) const
{
    for (const Node &n : m_nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

QStringList SnapshotGraph::leafIds() const
{
    QSet<QString> parents;
    for (const Node &n : m_nodes)
        parents.unite(QSet<QString>(n.prevIds.cbegin(), n.prevIds.cend()));
    QStringList leaves;
    for (const Node &n : m_nodes) {
        if (!parents.contains(n.id) && !leaves.contains(n.id))
            leaves << n.id;
    }
    return leaves;
}

QStringList SnapshotGraph::childIds(const QString &id) const
{
    QStringList children;
    for (const Node &n : m_nodes) {
        if (n.prevIds.contains(id) && !children.contains(n.id))
            children << n.id;
    }
    return children;
}

QStringList SnapshotGraph::forkIds() const
{
    QStringList forks;
    for (const Node &n : m_nodes) {
        for (const QString &parent : n.prevIds) {
            if (!forks.contains(parent) && childIds(parent).size() > 1)
                forks << parent;
        }
    }
    return forks;
}

QStringList SnapshotGraph::leavesUnder(const QString &id) const
{
    QStringList leaves;
    QSet<QString> visited;
    QStringList stack{id};
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        if (visited.contains(current))
            continue;
        visited.insert(current);
        const QStringList children = childIds(current);
        if (children.isEmpty())
            leaves << current;
        for (const QString &child : children)
            stack << child;
    }
    return leaves;
}

QStringList SnapshotGraph::ancestorsOf(const QString &id) const
{
    QStringList ancestors;
    QStringList stack{id};
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        const Node *n = node(current);
        if (!n || ancestors.contains(current))
            continue;
        ancestors << current;
        stack << n->prevIds;
    }
    return ancestors;
}

QString SnapshotGraph::lowestCommonAncestor(const QStringList &ids) const
{
    QSet<QString> common;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QStringList ancestors = ancestorsOf(ids[i]);
        const QSet<QString> set(ancestors.cbegin(), ancestors.cend());
        common = i == 0 ? set : common.intersect(set);
    }
    // The deepest common node: the one that descends from every other common one (the most ancestors among
    // those), else the one with the most ancestors. Path order decides ties, as insertion order does for drizzle-kit.
    QString best;
    qsizetype bestSize = -1;
    for (const Node &n : m_nodes) {
        if (!common.contains(n.id))
            continue;
        const QStringList ancestors = ancestorsOf(n.id);
        if (QSet<QString>(ancestors.cbegin(), ancestors.cend()).contains(common) && ancestors.size() > bestSize) {
            best = n.id;
            bestSize = ancestors.size();
        }
    }
    const bool found = !best.isEmpty();
    for (const Node &n : m_nodes) {
        if (!found && common.contains(n.id) && ancestorsOf(n.id).size() > bestSize) {
            best = n.id;
            bestSize = ancestorsOf(n.id).size();
        }
    }
    return best;
}

} // namespace tw::migrations
