// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layout/autolayout.h"

#include "model/schema/schema.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::model {
namespace {

// The same metrics the diagram's cards use at 100 % zoom, approximated without a font.
constexpr double kHeaderHeight = 34;
constexpr double kRowHeight = 22;
constexpr double kBottomPadding = 6;
constexpr double kCharWidth = 7.2;
constexpr double kMinWidth = 160;
constexpr double kMaxWidth = 420;

// Nodes are indices: tables in schema order, then views. Edges point from parent (referenced) to child.
struct Graph
{
    int size = 0;
    QList<QList<int>> children;
    QList<QList<int>> parents;
};

Graph buildGraph(const Schema &schema)
{
    Graph g;
    g.size = int(schema.tables.size() + schema.views.size());
    g.children.resize(g.size);
    g.parents.resize(g.size);
    for (int child = 0; child < schema.tables.size(); ++child) {
        for (const ForeignKey &fk : schema.tables[child].foreignKeys) {
            const int parent = int(schema.tableRow(fk.targetTable));
            if (parent < 0 || parent == child || g.children[parent].contains(child))
                continue;
            g.children[parent] << child;
            g.parents[child] << parent;
        }
    }
    return g;
}

// Removes the back edges a depth-first search (in node order) meets, which leaves an acyclic graph.
void breakCycles(Graph &g)
{
    enum State { Unvisited, OnStack, Done };
    QList<State> state(g.size, Unvisited);
    QList<std::pair<int, int>> backEdges;
    const auto visit = [&](auto &&self, int node) -> void {
        state[node] = OnStack;
        for (int child : g.children[node]) {
            if (state[child] == OnStack)
                backEdges << std::pair(node, child);
            else if (state[child] == Unvisited)
                self(self, child);
        }
        state[node] = Done;
    };
    for (int node = 0; node < g.size; ++node) {
        if (state[node] == Unvisited)
            visit(visit, node);
    }
    for (const auto &[parent, child] : backEdges) {
        g.children[parent].removeAll(child);
        g.parents[child].removeAll(parent);
    }
}

// Longest path measured from the sinks, then flipped: a parent sits directly above its nearest layer of
// children instead of floating at the top when it has no parents itself.
QList<int> layerOf(const Graph &g)
{
    QList<int> height(g.size, -1);
    const auto measure = [&](auto &&self, int node) -> int {
        if (height[node] >= 0)
            return height[node];
        int h = 0;
        for (int child : g.children[node])
            h = std::max(h, self(self, child) + 1);
        return height[node] = h;
    };
    int top = 0;
    for (int node = 0; node < g.size; ++node)
        top = std::max(top, measure(measure, node));
    QList<int> layer(g.size);
    for (int node = 0; node < g.size; ++node)
        layer[node] = top - height[node];
    return layer;
}

using Layers = QList<QList<int>>;

// Each node's relative position (0..1) inside its layer: layers of different widths become comparable.
QList<double> relativePositions(const Graph &g, const Layers &layers)
{
    QList<double> position(g.size, 0.5);
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

int crossings(const Graph &g, const Layers &layers)
{
    const QList<double> position = relativePositions(g, layers);
    QList<std::pair<int, int>> edges;
    for (int parent = 0; parent < g.size; ++parent) {
        for (int child : g.children[parent])
            edges << std::pair(parent, child);
    }
    int count = 0;
    for (int i = 0; i < edges.size(); ++i) {
        for (int j = i + 1; j < edges.size(); ++j) {
            const auto [a1, b1] = edges[i];
            const auto [a2, b2] = edges[j];
            if (a1 != a2 && b1 != b2 && (position[a1] - position[a2]) * (position[b1] - position[b2]) < 0)
                ++count;
        }
    }
    return count;
}

// Alternating down and up sweeps; keeps the best ordering seen, so the result never gets worse.
void orderLayers(const Graph &g, Layers &layers)
{
    Layers best = layers;
    int bestCrossings = crossings(g, layers);
    for (int sweep = 0; sweep < 8 && bestCrossings > 0; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int step = 1; step < layers.size(); ++step) {
            const int index = down ? step : int(layers.size()) - 1 - step;
            sortByBarycentre(layers[index], relativePositions(g, layers), down ? g.parents : g.children);
        }
        if (const int c = crossings(g, layers); c < bestCrossings) {
            best = layers;
            bestCrossings = c;
        }
    }
    layers = best;
}

QSizeF sizeOf(const QMap<Id, QSizeF> &cardSizes, const Schema &schema, int node)
{
    const int tableCount = int(schema.tables.size());
    const Id id = node < tableCount ? schema.tables[node].id : schema.views[node - tableCount].id;
    if (cardSizes.contains(id))
        return cardSizes.value(id);
    if (node < tableCount)
        return estimatedCardSize(schema.tables[node]);
    Table asTable;
    asTable.name = schema.views[node - tableCount].name;
    return estimatedCardSize(asTable);
}

} // namespace

QSizeF estimatedCardSize(const Table &table)
{
    qsizetype longest = table.name.size() + 4;
    for (const Column &column : table.columns)
        longest = std::max(longest, column.name.size() + column.sqlTypeText().size() + 8);
    const double width = std::clamp(double(longest) * kCharWidth + 24, kMinWidth, kMaxWidth);
    return {width, kHeaderHeight + double(table.columns.size()) * kRowHeight + kBottomPadding};
}

QMap<Id, QPointF> autoLayout(const Schema &schema, const QMap<Id, QSizeF> &cardSizes, const AutoLayoutOptions &options)
{
    Graph g = buildGraph(schema);
    breakCycles(g);
    const QList<int> layer = layerOf(g);
    Layers layers(g.size == 0 ? 0 : *std::max_element(layer.cbegin(), layer.cend()) + 1);
    for (int node = 0; node < int(schema.tables.size()); ++node)
        layers[layer[node]] << node;
    orderLayers(g, layers);
    if (!schema.views.isEmpty()) {
        layers << QList<int>();
        for (int node = int(schema.tables.size()); node < g.size; ++node)
            layers.last() << node;
    }

    // Wrap wide layers into rows, then centre every row on the widest one.
    QList<QList<int>> rows;
    for (const QList<int> &nodes : std::as_const(layers)) {
        double width = 0;
        rows << QList<int>();
        for (int node : nodes) {
            const double w = sizeOf(cardSizes, schema, node).width();
            if (!rows.last().isEmpty() && width + w > options.maxRowWidth) {
                rows << QList<int>();
                width = 0;
            }
            rows.last() << node;
            width += w + options.horizontalSpacing;
        }
    }
    const auto rowWidth = [&](const QList<int> &row) {
        double w = 0;
        for (int node : row)
            w += sizeOf(cardSizes, schema, node).width();
        return w + options.horizontalSpacing * double(std::max<qsizetype>(0, row.size() - 1));
    };
    double widest = 0;
    for (const QList<int> &row : std::as_const(rows))
        widest = std::max(widest, rowWidth(row));

    QMap<Id, QPointF> positions;
    double y = options.origin.y();
    for (const QList<int> &row : std::as_const(rows)) {
        double x = options.origin.x() + (widest - rowWidth(row)) / 2;
        double height = 0;
        for (int node : row) {
            const QSizeF size = sizeOf(cardSizes, schema, node);
            const int tableCount = int(schema.tables.size());
            const Id id = node < tableCount ? schema.tables[node].id : schema.views[node - tableCount].id;
            positions.insert(id, QPointF(std::round(x), std::round(y)));
            x += size.width() + options.horizontalSpacing;
            height = std::max(height, size.height());
        }
        y += height + options.verticalSpacing;
    }
    return positions;
}

} // namespace tw::model
