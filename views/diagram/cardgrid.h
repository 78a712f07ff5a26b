// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

class QGraphicsItem;

namespace tw::views {

/// A uniform grid over the scene bounding rectangles of the table cards, so that a relationship line finds the
/// cards near it without asking the scene's index (which also holds every line, and is rebuilt as lines move).
/// intersecting() answers what QGraphicsScene::items(area, Qt::IntersectsItemBoundingRect) would, restricted to
/// the cards and in the same order: the card added last first (cards share one z value).
class CardGrid
{
public:
    static constexpr double kCellSize = 512;

    /// Adds @p card with its scene bounding rectangle, or moves it there if it is already in the grid (keeping
    /// its place in the order).
    void insert(const QGraphicsItem *card, const QRectF &sceneRect);
    void remove(const QGraphicsItem *card);
    void clear();
    bool contains(const QGraphicsItem *card) const { return m_entries.contains(card); }
    qsizetype size() const { return m_entries.size(); }

    /// The cards whose rectangle intersects @p area (QRectF::intersects: touching edges do not count), the card
    /// added last first.
    QList<const QGraphicsItem *> intersecting(const QRectF &area) const;

    struct Placed
    {
        const QGraphicsItem *card;
        QRectF rect;
    };
    /// Every card with its rectangle, in intersecting()'s order: what a worker thread searches instead of the grid.
    QList<Placed> inOrder() const;

private:
    struct Cells
    {
        int left, top, right, bottom; ///< inclusive cell coordinates
    };
    struct Entry
    {
        QRectF rect;
        Cells cells;
        quint64 order;
    };

    static Cells cellsOf(const QRectF &rect);
    static quint64 key(int column, int row) { return (quint64(quint32(column)) << 32) | quint32(row); }
    void addToCells(const QGraphicsItem *card, const Cells &cells);
    void removeFromCells(const QGraphicsItem *card, const Cells &cells);

    QHash<const QGraphicsItem *, Entry> m_entries;
    QHash<quint64, QList<const QGraphicsItem *>> m_cells;
    quint64 m_nextOrder = 0;
};

} // namespace tw::views
