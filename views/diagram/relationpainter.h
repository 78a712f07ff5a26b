// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/diagram/relationcardinality.h"

#include <QPolygonF>

class QPainter;
class QPainterPath;

namespace tw::views {

/// Draws a routed relationship line with rounded bends and its crow's-foot marks at both ends.
namespace relationpainter {

/// The line as a path with the bends rounded off.
QPainterPath linePath(const QPolygonF &route);
/// @p route starts at the child (foreign-key) card and ends at the parent (referenced) card.
void paint(QPainter *painter, const QPolygonF &route, const Cardinality &cardinality, bool highlighted);
/// Below this scale the marks would be a few pixels wide: the line is drawn as a sketch.
constexpr double kSketchBelowScale = 0.3;
/// The line alone, one pixel wide (two when highlighted), neither rounded nor antialiased: what a diagram fitted to
/// the window and the overview draw, two thousand lines a frame.
void paintSketch(QPainter *painter, const QPolygonF &route, bool highlighted);

} // namespace relationpainter
} // namespace tw::views
