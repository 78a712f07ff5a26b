// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/layout/diagramlayout.h"
#include "model/schema/table.h"
#include "views/diagram/tablecarditem.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace tw::views {

/// Draws a table card and measures it; TableCardItem delegates here so that geometry/hits and pixels stay apart.
namespace tablecardpainter {

struct CardState
{
    TableCardItem::Detail detail = TableCardItem::Detail::Full;
    bool selected = false;
    bool dropHighlighted = false;
    bool drifted = false; ///< the live database differs from the project here (amber outline)
    QColor headerColor;   ///< invalid: the theme's default for the table name
};

/// The width the card needs for its title and rows, clamped to the theme's bounds.
/// What a row shows as the column's type: its drizzle mode where it has one (`timestamp`, `boolean`, `json`), as
/// the schema.ts declares it, `enum` for a text enum, else the SQL type (`integer`, `text(255)`). The tooltip adds
/// the storage type.
QString typeText(const model::Column &column);
double preferredWidth(const model::Table &table);
/// Header plus one row per column plus padding.
double height(const model::Table &table);
void paint(QPainter *painter, const QRectF &rect, const model::Table &table, const CardState &state);
/// The text shown as a row's tooltip: type, flags, default and the referenced column of a foreign key.
QString rowToolTip(const model::Table &table, int row);

} // namespace tablecardpainter
} // namespace tw::views
