// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;

namespace tw::views {

class DiagramScene;

/// The overview's picture of a big diagram: each card a rectangle under a strip of its header colour, each note and
/// view card a rectangle, each relationship line a sketch (relationpainter::paintSketch). At the few pixels a card
/// has in the overview this is what the cards themselves would show, at a fraction of the cost: two thousand
/// cards and lines in a few milliseconds, in scene coordinates.
void paintOverviewSketch(QPainter *painter, const DiagramScene &scene);

} // namespace tw::views
