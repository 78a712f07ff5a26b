// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/relationpainter.h"

#include "views/diagram/diagramtheme.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tw::views::relationpainter {
namespace {

constexpr double kBendRadius = 6;

QPointF unit(const QPointF &from, const QPointF &to)
{
    const QLineF line(from, to);
    return line.length() > 0 ? (to - from) / line.length() : QPointF(1, 0);
}

// The marks at one end. @p end lies on the card outline; @p inward points from the line into the card.
void paintEnd(QPainter *painter, const QPointF &end, const QPointF &inward, bool many, bool optional, bool mandatory)
{
    const QPointF normal(-inward.y(), inward.x());
    if (many) { // the crow's foot: three prongs spreading onto the card edge
        const QPointF apex = end - inward * 11;
        painter->drawLine(apex, end + normal * 6);
        painter->drawLine(apex, end);
        painter->drawLine(apex, end - normal * 6);
    } else {
        const QPointF bar = end - inward * 6;
        painter->drawLine(bar + normal * 5.5, bar - normal * 5.5);
    }
    if (mandatory) {
        const QPointF bar = end - inward * 11 - inward * (many ? 3 : 0);
        painter->drawLine(bar + normal * 5.5, bar - normal * 5.5);
    }
    if (optional) {
        const QPointF centre = end - inward * (many ? 17 : 14);
        painter->save();
        painter->setBrush(diagramtheme::canvasColor());
        painter->drawEllipse(centre, 3.5, 3.5);
        painter->restore();
    }
}

} // namespace

QPainterPath linePath(const QPolygonF &route)
{
    QPainterPath path;
    if (route.isEmpty())
        return path;
    path.moveTo(route.first());
    for (int i = 1; i + 1 < route.size(); ++i) {
        const QPointF &corner = route[i];
        const double inLength = QLineF(route[i - 1], corner).length();
        const double outLength = QLineF(corner, route[i + 1]).length();
        const double r = std::min({kBendRadius, inLength / 2, outLength / 2});
        path.lineTo(corner - unit(route[i - 1], corner) * r);
        path.quadTo(corner, corner + unit(corner, route[i + 1]) * r);
    }
    path.lineTo(route.last());
    return path;
}

void paint(QPainter *painter, const QPolygonF &route, const Cardinality &cardinality, bool highlighted)
{
    if (route.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = highlighted ? diagramtheme::relationHighlightColor() : diagramtheme::relationColor();
    painter->setPen(QPen(color, highlighted ? 2.0 : 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(linePath(route));

    painter->setPen(QPen(color, 1.4, Qt::SolidLine, Qt::RoundCap));
    // Child end: zero-or-many, or zero-or-one for a unique key.
    paintEnd(painter, route.first(), unit(route[1], route[0]), cardinality.childMany, true, false);
    // Parent end: exactly one, or zero-or-one when the key columns may be NULL.
    const qsizetype n = route.size();
    paintEnd(painter, route[n - 1], unit(route[n - 2], route[n - 1]), false, cardinality.parentOptional,
             !cardinality.parentOptional);
}

void paintSketch(QPainter *painter, const QPolygonF &route, bool highlighted)
{
    if (route.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor color = highlighted ? diagramtheme::relationHighlightColor() : diagramtheme::relationColor();
    QPen pen(color, highlighted ? 2 : 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPolyline(route);
}

} // namespace tw::views::relationpainter
