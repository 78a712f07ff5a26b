// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QColor>
#include <QMap>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace tw::model {

/// A text box on the diagram (what pgModeler calls a textbox and dbdiagram a note): plain, multi-line text the team
/// reads beside the cards. Layout, not schema: a note never reaches the differ, migrations or code export.
struct DiagramNote
{
    static constexpr double kDefaultWidth = 220;
    static constexpr double kDefaultHeight = 100;

    QPointF position; ///< top-left corner in scene coordinates
    QSizeF size{kDefaultWidth, kDefaultHeight};
    QString text;
    QColor color; ///< invalid: the theme's note colour
    Id diagram;   ///< the SubDiagram the note sits on; null: the diagram of all tables

    friend bool operator==(const DiagramNote &, const DiagramNote &) = default;
};

/// A diagram view: a named subset of the project's tables (and database views) with positions of its own, for a
/// schema too big for one picture. Moving a card here moves it only here; the schema is the same everywhere. Its
/// members are the keys of @c positions.
struct SubDiagram
{
    QString name;
    QMap<Id, QPointF> positions; ///< table or view id -> top-left of its card on this diagram

    friend bool operator==(const SubDiagram &, const SubDiagram &) = default;
};

} // namespace tw::model
