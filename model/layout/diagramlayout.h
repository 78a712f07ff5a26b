// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/layout/diagramparts.h"
#include "model/schema/id.h"

#include <QColor>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace tw::model {

/// Where a table's card sits on the diagram. Not schema: moving a card never reaches the differ.
struct TableLayout
{
    QPointF position;
    double width = 0; ///< 0: as wide as the content needs
    QColor color;     ///< invalid: the theme's default
    QString group;    ///< optional group name (a domain for code export); empty: none

    friend bool operator==(const TableLayout &, const TableLayout &) = default;
};

/// The diagram section of a project: one TableLayout per table id (and per view id), the notes on the canvas and
/// the diagram views. All three share the section's one id-keyed map in the project file.
struct DiagramLayout
{
    QMap<Id, TableLayout> items;
    QMap<Id, DiagramNote> notes;
    QMap<Id, SubDiagram> subDiagrams;

    /// The layout of @p id, or a default one at the origin.
    TableLayout item(const Id &id) const { return items.value(id); }
    /// The non-empty groups in use, each once, sorted case-insensitively.
    QStringList groups() const;
    /// Where the card of @p id sits on diagram @p diagram (null: the diagram of all tables). A card of a diagram
    /// view that never got a position of its own sits where it sits on the main diagram.
    QPointF position(const Id &diagram, const Id &id) const;
    /// Whether diagram @p diagram shows the card of @p id: the main diagram shows every card.
    bool shows(const Id &diagram, const Id &id) const;

    friend bool operator==(const DiagramLayout &, const DiagramLayout &) = default;
};

} // namespace tw::model
