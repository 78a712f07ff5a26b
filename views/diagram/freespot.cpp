// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/freespot.h"

#include "views/diagram/diagramitemtypes.h"
#include "views/diagram/diagramtheme.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QList>

#include <algorithm>
#include <cmath>

namespace tw::views {
namespace {

/// Room kept free around a new card, so that its lines and its neighbours' stay apart.
constexpr double kMargin = 30;
/// How far (in grid steps of two cells) the search looks in each direction.
constexpr int kReach = 40;

bool isFree(const QGraphicsScene &scene, const QRectF &rect)
{
    const QList<QGraphicsItem *> found = scene.items(rect, Qt::IntersectsItemShape);
    return std::none_of(found.cbegin(), found.cend(), [](const QGraphicsItem *item) {
        return item->type() == TableCardItemType || item->type() == ViewCardItemType ||
               item->type() == RelationItemType;
    });
}

} // namespace

QPointF findFreeSpot(const QGraphicsScene &scene, const QPointF &preferred, const QSizeF &size, const QRectF &visible)
{
    const double step = 2 * diagramtheme::kGridSize;
    const QPointF origin(std::round(preferred.x() / step) * step, std::round(preferred.y() / step) * step);
    QList<QPointF> candidates;
    candidates.reserve((2 * kReach + 1) * (2 * kReach + 1));
    for (int dy = -kReach; dy <= kReach; ++dy) {
        for (int dx = -kReach; dx <= kReach; ++dx)
            candidates << origin + QPointF(dx * step, dy * step);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&origin](const QPointF &a, const QPointF &b) {
        const QPointF da = a - origin;
        const QPointF db = b - origin;
        return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
    });
    const auto room = [&size](const QPointF &topLeft) {
        return QRectF(topLeft, size).adjusted(-kMargin, -kMargin, kMargin, kMargin);
    };
    for (bool insideOnly : {true, false}) {
        for (const QPointF &candidate : std::as_const(candidates)) {
            if (insideOnly && !visible.contains(QRectF(candidate, size)))
                continue;
            if (isFree(scene, room(candidate)))
                return candidate;
        }
    }
    return origin;
}

} // namespace tw::views
