// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"
#include "views/diagram/cardgrid.h"
#include "views/diagram/connectiondrag.h"
#include "views/diagram/edgerouter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

class QUndoCommand;

namespace tw::model {
class SchemaDocument;
struct Table;
} // namespace tw::model

namespace tw::views {

class RelationItem;
class TableCardItem;
class ViewCardItem;

/// The diagram of one document: a TableCardItem per table and a RelationItem per foreign key. Items are created,
/// updated and removed **only** in the handlers of the document's signals; every user action (drag, drop,
/// arrange, menu) becomes a command on the document's undo stack, whose signals then update the items.
///
/// Moves: positions are recorded on press and one command for the whole selection is pushed on release (its
/// first redo finds the cards already in place). Dragging from a column row onto a card creates a foreign key.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(model::SchemaDocument *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    model::SchemaDocument *document() const { return m_document; }
    TableCardItem *card(const model::Id &tableId) const { return m_cards.value(tableId); }
    const QHash<model::Id, TableCardItem *> &cards() const { return m_cards; }
    /// The line of the foreign key @p foreignKeyId.
    RelationItem *relation(const model::Id &foreignKeyId) const { return m_relations.value(foreignKeyId); }
    const QHash<model::Id, RelationItem *> &relations() const { return m_relations; }
    /// The card of the database view @p viewId.
    ViewCardItem *viewCard(const model::Id &viewId) const { return m_viewCards.value(viewId); }
    const QHash<model::Id, ViewCardItem *> &viewCards() const { return m_viewCards; }

    /// The selected tables, in schema order.
    QList<model::Id> selectedTableIds() const;
    /// The selected database views, in schema order.
    QList<model::Id> selectedViewIds() const;
    void selectTables(const QList<model::Id> &tableIds);

    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    void setRouterStyle(EdgeRouter::Style style);
    /// Marks the cards of tables whose live database differs: @p linesByTable maps a table name in lower case to
    /// the differences found for it (DriftReport lines); tables not in it are unmarked. Empty clears every mark.
    void showDrift(const QHash<QString, QStringList> &linesByTable);
    /// The table cards by place, for the lines to find the cards in their way.
    const CardGrid &cardGrid() const { return m_cardGrid; }
    /// Puts @p card at its current scene bounding rectangle in cardGrid() (the card calls this when it moves,
    /// resizes or enters the scene), or takes it out.
    void placeCardInGrid(const TableCardItem *card);
    void removeCardFromGrid(const TableCardItem *card);
    /// The bounding rectangle of all cards (empty when there are none).
    QRectF cardsBoundingRect() const;

    /// Lays out every table with model::autoLayout, shaped for the view's viewport, as one undoable command.
    /// False when nothing moves.
    bool autoLayout();
    bool alignSelected(Qt::Alignment alignment);
    bool distributeSelected(Qt::Orientation orientation);
    /// Moves the selection by @p delta; consecutive nudges of the same cards merge into one undo step.
    bool nudgeSelected(const QPointF &delta);
    /// Removes the selected tables (with the foreign keys pointing at them) and views as one undo step.
    bool removeSelected();
    /// Junction table between the two selected tables, placed between them; false unless exactly two are.
    bool createManyToManyFromSelection();
    bool createManyToMany(const model::Id &a, const model::Id &b);

    /// Asks the user a yes/no question and says whether they agreed.
    using Question = std::function<bool(const QString &question)>;
    /// What a relationship drag asks before it changes the dragged column's type to the key's (`comment` text onto
    /// `products.id`): by default a message box over the view; tests answer it themselves.
    void setRetypeQuestion(Question question) { m_askRetype = std::move(question); }

Q_SIGNALS:
    void tableActivated(const tw::model::Id &tableId);
    /// A column's row on a card was double-clicked.
    void columnActivated(const tw::model::Id &tableId, const tw::model::Id &columnId);
    /// A view's card was double-clicked: the window opens the view editor.
    void viewActivated(const tw::model::Id &viewId);
    void selectedTablesChanged(const QList<tw::model::Id> &tableIds);
    /// autoLayout() moved the cards: the view fits the new arrangement.
    void laidOut();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    void clearItems();
    void addCard(const model::Id &tableId);
    void removeCard(const model::Id &tableId);
    void addViewCard(const model::Id &viewId);
    void removeViewCard(const model::Id &viewId);
    /// The table or view card with @p id, as a plain item (for moves).
    QGraphicsItem *anyCard(const model::Id &id) const;
    /// Brings the card, its own foreign-key lines and the lines pointing at it in line with the document.
    void syncTable(const model::Id &tableId);
    void syncRelationsOf(const model::Id &tableId);
    void addRelation(const model::Id &childTableId, const model::Id &foreignKeyId);
    void removeRelation(const model::Id &foreignKeyId);
    void applyLayout(const QList<model::Id> &ids);
    void reassignLanes();
    void onSelectionChanged();

    TableCardItem *cardAt(const QPointF &scenePos) const;
    bool showsRows(const QGraphicsSceneMouseEvent *event) const;
    bool pushPositions(const QMap<model::Id, QPointF> &positions, bool mergeable = false);
    QMap<model::Id, QRectF> selectedCardRects() const;
    void finishConnection(const QPointF &scenePos);
    bool agreesToRetype(const model::Table &child, const model::Id &columnId, const model::Table &parent,
                        const model::Id &keyId) const;
    void chooseColor(const QList<model::Id> &tableIds);

    model::SchemaDocument *m_document;
    QHash<model::Id, TableCardItem *> m_cards;
    QHash<QString, QStringList> m_driftByTable; ///< see showDrift()
    QHash<model::Id, RelationItem *> m_relations;
    QHash<model::Id, ViewCardItem *> m_viewCards;
    CardGrid m_cardGrid;
    std::unique_ptr<EdgeRouter> m_router;
    ConnectionDrag m_connection;
    QMap<model::Id, QPointF> m_pressPositions;
    const QUndoCommand *m_lastNudge = nullptr;
    bool m_snapToGrid = false;
    bool m_rebuilding = false;
    Question m_askRetype; ///< see setRetypeQuestion()
};

} // namespace tw::views
