// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QMap>
#include <QPointF>
#include <QSizeF>

namespace tw::model {

struct Schema;
struct Table;

/// How autoLayout() arranges the layers of the foreign-key graph.
enum class LayoutDirection {
    Fit,         ///< whichever of the two below, wrapped, fits the aspect ratio at the larger zoom
    TopToBottom, ///< parents above children, one row of cards per layer
    LeftToRight, ///< parents left of children, one column of cards per layer
};

/// Spacing and shape of autoLayout(). All lengths are in scene units (pixels at 100 % zoom).
struct AutoLayoutOptions
{
    double cardSpacing = 60;  ///< between neighbouring cards of one layer (and between the lines of a wrapped layer)
    double layerSpacing = 90; ///< between one layer and the next: the room relationship lines run in
    /// Width / height of the area the diagram is shown in (the view's viewport; 16:10 for a typical window):
    /// layers wrap, and runs of layers break into bands side by side, until the diagram has about this shape.
    double aspectRatio = 1.6;
    LayoutDirection direction = LayoutDirection::Fit;
    QPointF origin; ///< top-left of the laid-out diagram
};

/// The card size the diagram will roughly draw for @p table, without fonts: for callers that have no scene
/// (the CLI's `tablewright layout`). Header plus one row per column; width from the longest name/type text.
QSizeF estimatedCardSize(const Table &table);

/// FK-aware layered layout: referenced tables (parents) come before the tables that reference them, above
/// them or to their left. Layers come from longest-path layering on the foreign-key graph (self-references ignored,
/// cycles broken at back edges of a depth-first search in schema order); barycentre sweeps order each layer to
/// keep crossings low. To use the viewport well, a layer too long for the aspect ratio wraps onto further lines and
/// a run of layers too long breaks into bands placed side by side; of every direction, wrap and break tried, the
/// one whose fitted zoom is largest wins (each extra band must earn its place: a band costs readability). Tables
/// without any relationship, then views, come last, wrapped the same way. Pure and deterministic: the same input
/// gives the same positions; cards never overlap. @p cardSizes gives each card's size; missing ones use
/// estimatedCardSize(). Returns the top-left position of every table and view of @p schema.
QMap<Id, QPointF> autoLayout(const Schema &schema, const QMap<Id, QSizeF> &cardSizes,
                             const AutoLayoutOptions &options = {});

} // namespace tw::model
