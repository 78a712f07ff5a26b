// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/cardgrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tw::views {
namespace {

int cellIndex(double coordinate)
{
    // Far-off coordinates share the outermost cells instead of overflowing.
    const double cell = std::floor(coordinate / CardGrid::kCellSize);
    return int(
        std::clamp(cell, double(std::numeric_limits<int>::min() / 2), double(std::numeric_limits<int>::max() / 2)));
}

} // namespace

CardGrid::Cells CardGrid::cellsOf(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    return {cellIndex(r.left()), cellIndex(r.top()), cellIndex(r.right()), cellIndex(r.bottom())};
}

void CardGrid::addToCells(const QGraphicsItem *card, const Cells &cells)
{
    for (int column = cells.left; column <= cells.right; ++column) {
        for (int row = cells.top; row <= cells.bottom; ++row)
            m_cells[key(column, row)] << card;
    }
}

void CardGrid::removeFromCells(const QGraphicsItem *card, const Cells &cells)
{
    for (int column = cells.left; column <= cells.right; ++column) {
        for (int row = cells.top; row <= cells.bottom; ++row) {
            const auto it = m_cells.find(key(column, row));
            if (it == m_cells.end())
                continue;
            it->removeOne(card);
            if (it->isEmpty())
                m_cells.erase(it);
        }
    }
}

void CardGrid::insert(const QGraphicsItem *card, const QRectF &sceneRect)
{
    const Cells cells = cellsOf(sceneRect);
    const auto it = m_entries.find(card);
    if (it == m_entries.end()) {
        m_entries.insert(card, Entry{sceneRect, cells, m_nextOrder++});
        addToCells(card, cells);
        return;
    }
    const Cells old = it->cells;
    it->rect = sceneRect;
    it->cells = cells;
    if (old.left != cells.left || old.top != cells.top || old.right != cells.right || old.bottom != cells.bottom) {
        removeFromCells(card, old);
        addToCells(card, cells);
    }
}

void CardGrid::remove(const QGraphicsItem *card)
{
    const auto it = m_entries.find(card);
    if (it == m_entries.end())
        return;
    removeFromCells(card, it->cells);
    m_entries.erase(it);
}

void CardGrid::clear()
{
    m_entries.clear();
    m_cells.clear();
}

QList<const QGraphicsItem *> CardGrid::intersecting(const QRectF &area) const
{
    QList<std::pair<quint64, const QGraphicsItem *>> found;
    const auto consider = [&](const QGraphicsItem *card, const Entry &entry) {
        if (area.intersects(entry.rect))
            found.append({entry.order, card});
    };
    const Cells range = cellsOf(area);
    const double cellCount = (double(range.right) - range.left + 1) * (double(range.bottom) - range.top + 1);
    if (cellCount > double(m_entries.size())) {
        // An area wider than the cards are many: looking at every card is cheaper than at every cell.
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            consider(it.key(), it.value());
    } else {
        for (int column = range.left; column <= range.right; ++column) {
            for (int row = range.top; row <= range.bottom; ++row) {
                const auto cell = m_cells.constFind(key(column, row));
                if (cell == m_cells.cend())
                    continue;
                for (const QGraphicsItem *card : *cell) {
                    const Entry &entry = *m_entries.constFind(card);
                    // A card spanning several cells is looked at in the first cell it shares with the area only.
                    if (column == std::max(range.left, entry.cells.left) && row == std::max(range.top, entry.cells.top))
                        consider(card, entry);
                }
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const QGraphicsItem *> cards;
    cards.reserve(found.size());
    for (const auto &entry : std::as_const(found))
        cards << entry.second;
    return cards;
}

QList<CardGrid::Placed> CardGrid::inOrder() const
{
    QList<std::pair<quint64, Placed>> ordered;
    ordered.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        ordered.append({it.value().order, Placed{it.key(), it.value().rect}});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<Placed> cards;
    cards.reserve(ordered.size());
    for (const auto &entry : std::as_const(ordered))
        cards << entry.second;
    return cards;
}

} // namespace tw::views
