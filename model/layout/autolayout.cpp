// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layout/autolayout.h"

#include "model/layout/layeredgraph.h"
#include "model/schema/schema.h"

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

// The fitted view keeps this margin around the cards (the view's render margin).
constexpr double kFitMargin = 40;
// A layout with one more band must fit at a zoom this much larger to be chosen: a snake reads worse.
constexpr double kBandPenalty = 0.6;
// Wrap lengths tried grow by this factor from the longest card to no wrapping at all.
constexpr double kWrapStep = 1.15;

// Lengths along the two axes of a direction: `along` runs from layer to layer, `across` along one layer.
struct Extent
{
    double across = 0;
    double along = 0;
};

// One line of cards of a layer (a layer too long for the wrap length takes several).
struct Line
{
    QList<int> nodes;
    Extent extent;
};

// A layer (or the closing group of unrelated tables, or of views) wrapped into lines.
struct Block
{
    QList<Line> lines;
    Extent extent;
};

struct Spacing
{
    double card = 0;  // between cards of one line
    double line = 0;  // between the lines of one block
    double layer = 0; // between blocks of one band
    double band = 0;  // between bands
};

// A candidate: the wrap length, where bands break, and the size it takes.
struct Arrangement
{
    LayoutDirection direction = LayoutDirection::TopToBottom;
    double wrap = 0;
    QList<QList<int>> bands; // indices of blocks
    Extent extent;
    double score = -1;
};

class Placer
{
public:
    Placer(const Schema &schema, const QMap<Id, QSizeF> &cardSizes, const AutoLayoutOptions &options)
        : m_schema(schema)
        , m_options(options)
    {
        for (int node = 0; node < int(schema.tables.size() + schema.views.size()); ++node)
            m_sizes << sizeOf(cardSizes, node);
    }

    Id idOf(int node) const
    {
        const int tableCount = int(m_schema.tables.size());
        return node < tableCount ? m_schema.tables[node].id : m_schema.views[node - tableCount].id;
    }

    Extent extentOf(int node, LayoutDirection direction) const
    {
        const QSizeF size = m_sizes[node];
        return direction == LayoutDirection::LeftToRight ? Extent{size.height(), size.width()}
                                                         : Extent{size.width(), size.height()};
    }

    Spacing spacing(LayoutDirection direction) const
    {
        // Left to right, lines leave a card's side and need room across the layer gap; cards of one column
        // only need room for their titles to separate.
        if (direction == LayoutDirection::LeftToRight)
            return {m_options.cardSpacing * 0.6, m_options.cardSpacing, m_options.layerSpacing * 1.3,
                    m_options.layerSpacing};
        return {m_options.cardSpacing, m_options.cardSpacing * 0.6, m_options.layerSpacing,
                m_options.layerSpacing * 1.5};
    }

    QList<Block> wrap(const QList<QList<int>> &groups, LayoutDirection direction, double length) const
    {
        const Spacing gap = spacing(direction);
        QList<Block> blocks;
        for (const QList<int> &group : groups) {
            // As many lines as filling each up to the wrap length takes; the cards are then dealt to the lines in
            // turn, so that the layer's order (which keeps crossings low) runs along every line alike instead of
            // the first cards of the order filling the first line.
            int lineCount = 0;
            double filled = 0;
            for (int node : group) {
                const double across = extentOf(node, direction).across;
                if (lineCount == 0 || filled + gap.card + across > length) {
                    ++lineCount;
                    filled = across;
                } else {
                    filled += gap.card + across;
                }
            }
            Block block;
            block.lines.resize(lineCount);
            for (int i = 0; i < group.size(); ++i) {
                const Extent e = extentOf(group[i], direction);
                Line &line = block.lines[i % lineCount];
                line.extent.across += (line.nodes.isEmpty() ? 0 : gap.card) + e.across;
                line.extent.along = std::max(line.extent.along, e.along);
                line.nodes << group[i];
            }
            for (const Line &line : std::as_const(block.lines)) {
                block.extent.across = std::max(block.extent.across, line.extent.across);
                block.extent.along += (&line == &block.lines.first() ? 0 : gap.line) + line.extent.along;
            }
            blocks << block;
        }
        return blocks;
    }

    // Fills bands with blocks until the next block would make a band longer than @p bandLength.
    Arrangement bandsOf(const QList<Block> &blocks, LayoutDirection direction, double bandLength) const
    {
        const Spacing gap = spacing(direction);
        Arrangement result;
        result.direction = direction;
        double along = 0;
        double across = 0;
        const auto closeBand = [&] {
            result.extent.along = std::max(result.extent.along, along);
            result.extent.across += (result.bands.size() > 1 ? gap.band : 0) + across;
        };
        for (int i = 0; i < blocks.size(); ++i) {
            const Extent e = blocks[i].extent;
            if (result.bands.isEmpty() || along + gap.layer + e.along > bandLength) {
                if (!result.bands.isEmpty())
                    closeBand();
                result.bands << QList<int>();
                along = -gap.layer;
                across = 0;
            }
            result.bands.last() << i;
            along += gap.layer + e.along;
            across = std::max(across, e.across);
        }
        if (!result.bands.isEmpty())
            closeBand();
        const double width = (direction == LayoutDirection::LeftToRight ? result.extent.along : result.extent.across);
        const double height = (direction == LayoutDirection::LeftToRight ? result.extent.across : result.extent.along);
        const double zoom = std::min(m_options.aspectRatio / (width + 2 * kFitMargin), 1.0 / (height + 2 * kFitMargin));
        result.score = zoom * std::pow(kBandPenalty, double(result.bands.size() - 1));
        return result;
    }

    // Tries every wrap length and band break of @p direction; returns the best arrangement and its blocks.
    std::pair<Arrangement, QList<Block>> best(const QList<QList<int>> &groups, LayoutDirection direction) const
    {
        double longestCard = 1;
        double allInOneLine = 0;
        for (const QList<int> &group : groups) {
            for (int node : group) {
                const Extent e = extentOf(node, direction);
                longestCard = std::max(longestCard, e.across);
                allInOneLine += e.across + spacing(direction).card;
            }
        }
        std::pair<Arrangement, QList<Block>> winner;
        for (double length = longestCard;; length *= kWrapStep) {
            const bool last = length >= allInOneLine;
            const QList<Block> blocks = wrap(groups, direction, last ? allInOneLine : length);
            double longestBlock = 0;
            double allInOneBand = 0;
            for (const Block &block : blocks) {
                longestBlock = std::max(longestBlock, block.extent.along);
                allInOneBand += block.extent.along + spacing(direction).layer;
            }
            for (double band = allInOneBand;; band /= kWrapStep) {
                Arrangement candidate = bandsOf(blocks, direction, std::max(band, longestBlock));
                candidate.wrap = length;
                if (candidate.score > winner.first.score)
                    winner = {candidate, blocks};
                if (band <= longestBlock)
                    break;
            }
            if (last)
                break;
        }
        return winner;
    }

    QMap<Id, QPointF> place(const Arrangement &arrangement, const QList<Block> &blocks) const
    {
        const Spacing gap = spacing(arrangement.direction);
        QMap<Id, QPointF> positions;
        double bandStart = 0;
        for (const QList<int> &band : arrangement.bands) {
            double bandAcross = 0;
            for (int b : band)
                bandAcross = std::max(bandAcross, blocks[b].extent.across);
            double along = 0;
            for (int b : band) {
                const Block &block = blocks[b];
                double lineAlong = along;
                for (const Line &line : block.lines) {
                    double across = bandStart + (bandAcross - line.extent.across) / 2;
                    for (int node : line.nodes) {
                        positions.insert(idOf(node), point(arrangement.direction, across, lineAlong));
                        across += extentOf(node, arrangement.direction).across + gap.card;
                    }
                    lineAlong += line.extent.along + gap.line;
                }
                along += block.extent.along + gap.layer;
            }
            bandStart += bandAcross + gap.band;
        }
        return positions;
    }

private:
    QSizeF sizeOf(const QMap<Id, QSizeF> &cardSizes, int node) const
    {
        const Id id = idOf(node);
        if (const auto it = cardSizes.constFind(id); it != cardSizes.cend())
            return *it;
        const int tableCount = int(m_schema.tables.size());
        if (node < tableCount)
            return estimatedCardSize(m_schema.tables[node]);
        Table asTable;
        asTable.name = m_schema.views[node - tableCount].name;
        return estimatedCardSize(asTable);
    }

    QPointF point(LayoutDirection direction, double across, double along) const
    {
        const QPointF p = direction == LayoutDirection::LeftToRight ? QPointF(along, across) : QPointF(across, along);
        return QPointF(std::round(m_options.origin.x() + p.x()), std::round(m_options.origin.y() + p.y()));
    }

    const Schema &m_schema;
    const AutoLayoutOptions &m_options;
    QList<QSizeF> m_sizes;
};

// The layers of the connected tables, then the unrelated tables, then the views: the groups a direction wraps.
QList<QList<int>> groupsOf(const Schema &schema)
{
    LayeredGraph graph = LayeredGraph::of(schema);
    QList<int> connected;
    QList<int> unrelated;
    for (int node = 0; node < int(schema.tables.size()); ++node)
        (graph.isolated(node) ? unrelated : connected) << node;
    graph.breakCycles();
    QList<QList<int>> groups = graph.orderedLayers(connected);
    if (!unrelated.isEmpty())
        groups << unrelated;
    if (!schema.views.isEmpty()) {
        groups << QList<int>();
        for (int node = int(schema.tables.size()); node < graph.size; ++node)
            groups.last() << node;
    }
    return groups;
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
    const QList<QList<int>> groups = groupsOf(schema);
    if (groups.isEmpty())
        return {};
    const Placer placer(schema, cardSizes, options);
    std::pair<Arrangement, QList<Block>> chosen;
    for (LayoutDirection direction : {LayoutDirection::TopToBottom, LayoutDirection::LeftToRight}) {
        if (options.direction != LayoutDirection::Fit && options.direction != direction)
            continue;
        auto candidate = placer.best(groups, direction);
        if (candidate.first.score > chosen.first.score)
            chosen = std::move(candidate);
    }
    return placer.place(chosen.first, chosen.second);
}

} // namespace tw::model
