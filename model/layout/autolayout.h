// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QMap>
#include <QPointF>
#include <QSizeF>

namespace tw::model {

struct Schema;
struct Table;

/// Spacing and wrapping of autoLayout(). All lengths are in scene units (pixels at 100 % zoom).
struct AutoLayoutOptions
{
    double horizontalSpacing = 80; ///< between neighbouring cards of one layer
    double verticalSpacing = 70;   ///< between the bottom of one layer and the top of the next
    double maxRowWidth = 2400;     ///< a layer wider than this wraps onto further rows
    QPointF origin;                ///< top-left of the laid-out diagram
};

/// The card size the diagram will roughly draw for @p table, without fonts: for callers that have no scene
/// (the CLI's `tablewright layout`). Header plus one row per column; width from the longest name/type text.
QSizeF estimatedCardSize(const Table &table);

/// FK-aware layered layout: referenced tables (parents) sit above the tables that reference them. Layers come
/// from longest-path layering on the foreign-key graph (self-references ignored, cycles broken at back edges of a
/// depth-first search in schema order); barycentre sweeps order each layer to reduce crossings; cards are spaced
/// evenly and each layer is centred. Views (no edges) form a last row. Pure and deterministic: the same input
/// gives the same positions. @p cardSizes gives each card's size; missing ones use estimatedCardSize().
/// Returns the top-left position of every table and view of @p schema.
QMap<Id, QPointF> autoLayout(const Schema &schema, const QMap<Id, QSizeF> &cardSizes,
                             const AutoLayoutOptions &options = {});

} // namespace tw::model
