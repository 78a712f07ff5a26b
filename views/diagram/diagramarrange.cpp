// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramarrange.h"

#include <QList>

#include <algorithm>

namespace tw::views::diagramarrange {

QMap<model::Id, QPointF> align(const QMap<model::Id, QRectF> &cards, Qt::Alignment alignment)
{
    QMap<model::Id, QPointF> positions;
    if (cards.isEmpty())
        return positions;
    QRectF bounds;
    for (const QRectF &rect : cards)
        bounds = bounds.isNull() ? rect : bounds.united(rect);
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        QPointF p = it.value().topLeft();
        const QSizeF size = it.value().size();
        if (alignment & Qt::AlignLeft)
            p.setX(bounds.left());
        else if (alignment & Qt::AlignRight)
            p.setX(bounds.right() - size.width());
        else if (alignment & Qt::AlignHCenter)
            p.setX(bounds.center().x() - size.width() / 2);
        if (alignment & Qt::AlignTop)
            p.setY(bounds.top());
        else if (alignment & Qt::AlignBottom)
            p.setY(bounds.bottom() - size.height());
        else if (alignment & Qt::AlignVCenter)
            p.setY(bounds.center().y() - size.height() / 2);
        positions.insert(it.key(), p);
    }
    return positions;
}

QMap<model::Id, QPointF> distribute(const QMap<model::Id, QRectF> &cards, Qt::Orientation orientation)
{
    QMap<model::Id, QPointF> positions;
    for (auto it = cards.cbegin(); it != cards.cend(); ++it)
        positions.insert(it.key(), it.value().topLeft());
    if (cards.size() < 3)
        return positions;
    const bool horizontal = orientation == Qt::Horizontal;
    QList<model::Id> order = cards.keys();
    std::stable_sort(order.begin(), order.end(), [&](const model::Id &a, const model::Id &b) {
        return horizontal ? cards[a].left() < cards[b].left() : cards[a].top() < cards[b].top();
    });
    const QRectF &first = cards[order.first()];
    const QRectF &last = cards[order.last()];
    double occupied = 0;
    for (const model::Id &id : order)
        occupied += horizontal ? cards[id].width() : cards[id].height();
    const double span = horizontal ? last.right() - first.left() : last.bottom() - first.top();
    const double gap = (span - occupied) / double(order.size() - 1);
    double cursor = horizontal ? first.left() : first.top();
    for (const model::Id &id : order) {
        QPointF &p = positions[id];
        (horizontal ? p.rx() : p.ry()) = cursor;
        cursor += (horizontal ? cards[id].width() : cards[id].height()) + gap;
    }
    return positions;
}

} // namespace tw::views::diagramarrange
