// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/overviewsketch.h"

#include "model/document/schemadocument.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/noteitem.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/relationpainter.h"
#include "views/diagram/tablecarditem.h"
#include "views/diagram/viewcarditem.h"

#include <QPainter>

namespace tw::views {

namespace {

/// The header strip's height in scene units, as the card draws its title bar.
constexpr double kHeaderHeight = 30;

} // namespace

void paintOverviewSketch(QPainter *painter, const DiagramScene &scene)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const RelationItem *relation : scene.relations()) {
        const bool highlighted = relation->childCard()->isSelected() || relation->parentCard()->isSelected();
        relationpainter::paintSketch(painter, relation->route(), highlighted);
    }
    painter->setPen(Qt::NoPen);
    const model::DiagramLayout &layout = scene.document()->layout();
    for (const TableCardItem *card : scene.cards()) {
        const QRectF rect = card->sceneCardRect();
        painter->fillRect(rect, card->isSelected() ? diagramtheme::selectionColor() : diagramtheme::cardColor());
        const model::Table *table = card->table();
        QColor header = layout.item(card->tableId()).color;
        if (!header.isValid())
            header = diagramtheme::defaultHeaderColor(table ? table->name : QString());
        painter->fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), std::min(kHeaderHeight, rect.height()))), header);
    }
    for (const ViewCardItem *card : scene.viewCards())
        painter->fillRect(card->sceneCardRect(), diagramtheme::cardColor());
    for (const NoteItem *note : scene.notes())
        painter->fillRect(note->sceneNoteRect(), diagramtheme::noteColor());
    painter->restore();
}

} // namespace tw::views
