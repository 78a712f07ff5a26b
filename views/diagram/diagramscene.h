// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/latestonly.h"
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

class QMenu;
class QUndoCommand;

namespace tw::model {
class SchemaDocument;
struct Table;
} // namespace tw::model

namespace tw::views {

class NoteItem;
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
    /// From this many lines on, the lanes of every line are assigned on a worker thread after an edit (the lines of
    /// the edited or moved cards are routed at once) and when the diagram is built (its lines appear when routed):
    /// at 2,000 lines the pass takes a tenth of a second.
    static constexpr int kBackgroundLanesFrom = 300;
    void setBackgroundLanesFrom(int lines) { m_backgroundLanesFrom = lines; }
    /// Whether a lane pass runs on the worker.
    bool isAssigningLanes() const { return m_lanes.busy(); }
    /// Assigns the lanes now if a pass is still running, so that what is drawn next (an export) has them.
    void settleLanes();
    /// The card of the database view @p viewId.
    ViewCardItem *viewCard(const model::Id &viewId) const { return m_viewCards.value(viewId); }
    const QHash<model::Id, ViewCardItem *> &viewCards() const { return m_viewCards; }

    /// The notes on the shown diagram, by note id.
    NoteItem *note(const model::Id &noteId) const { return m_notes.value(noteId); }
    const QHash<model::Id, NoteItem *> &notes() const { return m_notes; }
    /// The selected notes, in id order.
    QList<model::Id> selectedNoteIds() const;
    /// A note with its top-left at @p scenePos on the shown diagram, opened for typing when @p edit (one undo step).
    model::Id addNote(const QPointF &scenePos, bool edit = true);
    /// A diagram view named @p name of the selected tables and views, then shown (one undo step). Null id when
    /// nothing is selected or the name is empty.
    model::Id newViewFromSelection(const QString &name);
    /// Asks for a name, then newViewFromSelection(). False when nothing is selected or the user cancels.
    bool promptNewViewFromSelection();

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
    /// The card of the schema's first table that is shown (where reading starts); a null rect when none is.
    QRectF firstCardRect() const;

    /// Lays out every table with model::autoLayout, shaped for the view's viewport, as one undoable command.
    /// False when nothing moves.
    bool autoLayout();
    bool alignSelected(Qt::Alignment alignment);
    bool distributeSelected(Qt::Orientation orientation);
    /// Moves the selection by @p delta; consecutive nudges of the same cards merge into one undo step.
    bool nudgeSelected(const QPointF &delta);
    /// Removes the selected tables (with the foreign keys pointing at them), views and notes as one undo step.
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
    /// @p row, when known, is the table's row in the schema (a rebuild adds thousands of cards).
    void addCard(const model::Id &tableId, qsizetype row = -1);
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
    /// After the shown diagram view changed (cards joined or left it, moved in it): cards, lines and positions.
    void syncShownCards();
    void syncNotes(const QList<model::Id> &noteIds);
    void onSubDiagramsChanged(const QList<model::Id> &ids);
    void recordPressPositions();
    /// Cards and notes dragged, arranged or nudged on the shown diagram: one command.
    bool pushMoves(const QMap<model::Id, QPointF> &cards, const QMap<model::Id, QPointF> &notes,
                   bool mergeable = false);
    void showNoteMenu(NoteItem *note, const QPoint &screenPos, QWidget *parent);
    void addSubDiagramActions(QMenu *menu, const QList<model::Id> &selected);
    /// Every line's lane and route, now.
    void reassignLanes();
    /// The same after an edit or a rebuild: on the worker from kBackgroundLanesFrom lines on.
    void reassignLanesSoon();
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
    QHash<model::Id, NoteItem *> m_notes;
    QMap<model::Id, QPointF> m_pressNotePositions;
    CardGrid m_cardGrid;
    std::unique_ptr<EdgeRouter> m_router;
    ConnectionDrag m_connection;
    QMap<model::Id, QPointF> m_pressPositions;
    const QUndoCommand *m_lastNudge = nullptr;
    bool m_snapToGrid = false;
    bool m_rebuilding = false;
    Question m_askRetype; ///< see setRetypeQuestion()
    int m_backgroundLanesFrom = kBackgroundLanesFrom;
    model::LatestOnly m_lanes{this};
};

} // namespace tw::views
