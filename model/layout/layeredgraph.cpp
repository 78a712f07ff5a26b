// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layout/layeredgraph.h"

#include "model/schema/schema.h"

#include <QHash>

#include <algorithm>

namespace tw::model {
namespace {

using Layers = QList<QList<int>>;

// Each node's relative position (0..1) inside its layer: layers of different widths become comparable.
QList<double> relativePositions(int size, const Layers &layers)
{
    QList<double> position(size, 0.5);
    for (const QList<int> &layer : layers) {
        for (int i = 0; i < layer.size(); ++i)
            position[layer[i]] = (i + 0.5) / double(layer.size());
    }
    return position;
}

void sortByBarycentre(QList<int> &layer, const QList<double> &position, const QList<QList<int>> &neighbours)
{
    QList<std::pair<double, int>> keyed;
    for (int node : layer) {
        double sum = 0;
        for (int n : neighbours[node])
            sum += position[n];
        keyed << std::pair(neighbours[node].isEmpty() ? position[node] : sum / double(neighbours[node].size()), node);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < layer.size(); ++i)
        layer[i] = keyed[i].second;
}

// Pairs of edges whose ends are in opposite order. Only edges between the same two layers can cross each other
// in the drawing, so edges are bucketed by their pair of layers.
int crossings(const LayeredGraph &g, const Layers &layers, const QList<int> &layerOf)
{
    const QList<double> position = relativePositions(g.size, layers);
    QHash<std::pair<int, int>, QList<std::pair<int, int>>> buckets;
    for (const QList<int> &layer : layers) {
        for (int parent : layer) {
            for (int child : g.children[parent])
                buckets[std::pair(layerOf[parent], layerOf[child])] << std::pair(parent, child);
        }
    }
    int count = 0;
    for (const QList<std::pair<int, int>> &edges : std::as_const(buckets)) {
        for (int i = 0; i < edges.size(); ++i) {
            for (int j = i + 1; j < edges.size(); ++j) {
                const auto [a1, b1] = edges[i];
                const auto [a2, b2] = edges[j];
                if (a1 != a2 && b1 != b2 && (position[a1] - position[a2]) * (position[b1] - position[b2]) < 0)
                    ++count;
            }
        }
    }
    return count;
}

} // namespace

LayeredGraph LayeredGraph::of(const Schema &schema)
{
    LayeredGraph g;
    g.size = int(schema.tables.size() + schema.views.size());
    g.children.resize(g.size);
    g.parents.resize(g.size);
    QHash<Id, int> rows; // the tables' rows by id, made once
    rows.reserve(schema.tables.size());
    for (int row = 0; row < schema.tables.size(); ++row)
        rows.insert(schema.tables[row].id, row);
    for (int child = 0; child < schema.tables.size(); ++child) {
        for (const ForeignKey &fk : schema.tables[child].foreignKeys) {
            const int parent = rows.value(fk.targetTable, -1);
            if (parent < 0 || parent == child || g.children[parent].contains(child))
                continue;
            g.children[parent] << child;
            g.parents[child] << parent;
        }
    }
    return g;
}

void LayeredGraph::breakCycles()
{
    enum State { Unvisited, OnStack, Done };
    QList<State> state(size, Unvisited);
    QList<std::pair<int, int>> backEdges;
    const auto visit = [&](auto &&self, int node) -> void {
        state[node] = OnStack;
        for (int child : children[node]) {
            if (state[child] == OnStack)
                backEdges << std::pair(node, child);
            else if (state[child] == Unvisited)
                self(self, child);
        }
        state[node] = Done;
    };
    for (int node = 0; node < size; ++node) {
        if (state[node] == Unvisited)
            visit(visit, node);
    }
    for (const auto &[parent, child] : backEdges) {
        children[parent].removeAll(child);
        parents[child].removeAll(parent);
    }
}

QList<QList<int>> LayeredGraph::orderedLayers(const QList<int> &nodes) const
{
    QList<int> height(size, -1);
    const auto measure = [&](auto &&self, int node) -> int {
        if (height[node] >= 0)
            return height[node];
        int h = 0;
        for (int child : children[node])
            h = std::max(h, self(self, child) + 1);
        return height[node] = h;
    };
    int top = 0;
    for (int node : nodes)
        top = std::max(top, measure(measure, node));
    QList<int> layerOf(size, -1);
    Layers layers(nodes.isEmpty() ? 0 : top + 1);
    for (int node : nodes) {
        layerOf[node] = top - height[node];
        layers[layerOf[node]] << node;
    }

    // Alternating down and up sweeps; keeps the best ordering seen, so the result never gets worse.
    Layers best = layers;
    int bestCrossings = crossings(*this, layers, layerOf);
    for (int sweep = 0; sweep < 8 && bestCrossings > 0; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int step = 1; step < layers.size(); ++step) {
            const int index = down ? step : int(layers.size()) - 1 - step;
            sortByBarycentre(layers[index], relativePositions(size, layers), down ? parents : children);
        }
        if (const int c = crossings(*this, layers, layerOf); c < bestCrossings) {
            best = layers;
            bestCrossings = c;
        }
    }
    return best;
}

} // namespace tw::model
