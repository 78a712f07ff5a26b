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
        const QColor header =
            diagramtheme::headerColor(layout.item(card->tableId()).color, table ? table->name : QString());
        const double height = std::min(diagramtheme::kHeaderHeight, rect.height());
        painter->fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), height)), header);
    }
    for (const ViewCardItem *card : scene.viewCards())
        painter->fillRect(card->sceneCardRect(), diagramtheme::cardColor());
    for (const NoteItem *note : scene.notes())
        painter->fillRect(note->sceneNoteRect(), diagramtheme::noteColor());
    painter->restore();
}

} // namespace tw::views
