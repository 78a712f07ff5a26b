// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

namespace tw::model {

struct Schema;

/// The foreign-key graph autoLayout() arranges in layers. Nodes are indices: tables in schema order, then views
/// (which have no edges). Edges point from parent (the referenced table) to child; self-references and repeated
/// edges are left out.
struct LayeredGraph
{
    int size = 0;
    QList<QList<int>> children;
    QList<QList<int>> parents;

    static LayeredGraph of(const Schema &schema);

    /// True for a node with neither parents nor children.
    bool isolated(int node) const { return children[node].isEmpty() && parents[node].isEmpty(); }
    /// Removes the back edges a depth-first search (in node order) meets, which leaves an acyclic graph.
    void breakCycles();
    /// The connected nodes of @p nodes in layers, parents above children: longest path measured from the sinks,
    /// so a parent sits directly above its nearest layer of children. Each layer ordered by barycentre sweeps
    /// that keep the ordering with the fewest crossings seen. Requires an acyclic graph (breakCycles()).
    QList<QList<int>> orderedLayers(const QList<int> &nodes) const;
};

} // namespace tw::model
