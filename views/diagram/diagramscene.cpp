// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramscene.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"
#include "views/diagram/diagramarrange.h"
#include "views/diagram/noteitem.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"
#include "views/diagram/viewcarditem.h"

#include <QSet>

namespace tw::views {

using model::Id;
using model::SchemaDocument;

DiagramScene::DiagramScene(SchemaDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_router(EdgeRouter::create(EdgeRouter::Style::Orthogonal))
    , m_connection(this)
{
    connect(document, &SchemaDocument::projectReset, this, &DiagramScene::rebuild);
    connect(document, &SchemaDocument::tableInserted, this, [this](const Id &id) {
        addCard(id);
        syncTable(id);
        for (const model::Table &other : m_document->schema().tables) // keys that waited for this table
            syncRelationsOf(other.id);
        reassignLanesSoon();
    });
    connect(document, &SchemaDocument::aboutToRemoveTable, this, [this](const Id &id) { removeCard(id); });
    connect(document, &SchemaDocument::tableChanged, this, &DiagramScene::syncTable);
    connect(document, &SchemaDocument::tableReplaced, this, &DiagramScene::syncTable);
    const auto itemEdited = [this](const Id &tableId) {
        syncTable(tableId);
        reassignLanesSoon();
    };
    connect(document, &SchemaDocument::itemInserted, this, itemEdited);
    connect(document, &SchemaDocument::itemRemoved, this, itemEdited);
    connect(document, &SchemaDocument::itemMoved, this, itemEdited);
    connect(document, &SchemaDocument::itemChanged, this, itemEdited);
    connect(document, &SchemaDocument::layoutChanged, this, &DiagramScene::applyLayout);
    connect(document, &SchemaDocument::notesChanged, this, &DiagramScene::syncNotes);
    connect(document, &SchemaDocument::subDiagramsChanged, this, &DiagramScene::onSubDiagramsChanged);
    connect(document, &SchemaDocument::activeDiagramChanged, this, &DiagramScene::rebuild);
    connect(document, &SchemaDocument::viewInserted, this, &DiagramScene::addViewCard);
    connect(document, &SchemaDocument::aboutToRemoveView, this, &DiagramScene::removeViewCard);
    connect(document, &SchemaDocument::viewChanged, this, [this](const Id &id) {
        if (ViewCardItem *card = m_viewCards.value(id))
            card->refresh();
    });
    connect(document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        clearItems();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    blockSignals(true);
    m_connection.end();
    clearItems();
}

void DiagramScene::clearItems()
{
    m_connection.end();
    m_pressPositions.clear();
    m_pressNotePositions.clear();
    // Each hash is emptied before its items go: deleting a selected item emits selectionChanged(), whose handler
    // reads the hashes (switching diagram views rebuilds with cards selected).
    qDeleteAll(std::exchange(m_relations, {})); // before the cards they are attached to
    qDeleteAll(std::exchange(m_cards, {}));
    qDeleteAll(std::exchange(m_viewCards, {}));
    qDeleteAll(std::exchange(m_notes, {}));
}

void DiagramScene::rebuild()
{
    clearItems();
    m_lastNudge = nullptr;
    const QList<model::Table> &tables = m_document->schema().tables;
    for (qsizetype row = 0; row < tables.size(); ++row)
        addCard(tables[row].id, row);
    m_rebuilding = true;
    for (const model::Table &table : m_document->schema().tables)
        syncRelationsOf(table.id);
    m_rebuilding = false;
    for (const model::View &view : m_document->schema().views)
        addViewCard(view.id);
    syncNotes(m_document->layout().notes.keys());
    // A big diagram's cards are drawn at once and its lines a moment later, when the worker has routed them.
    reassignLanesSoon();
    Q_EMIT selectedTablesChanged({});
}

void DiagramScene::addCard(const Id &tableId, qsizetype row)
{
    const model::DiagramLayout &layout = m_document->layout();
    const Id diagram = m_document->activeDiagram();
    const QList<model::Table> &tables = m_document->schema().tables;
    if (row < 0 || row >= tables.size() || tables[row].id != tableId)
        row = m_document->schema().tableRow(tableId);
    if (m_cards.contains(tableId) || row < 0 || !layout.shows(diagram, tableId))
        return;
    auto *card = new TableCardItem(m_document, tableId, row);
    card->setSnapToGrid(m_snapToGrid);
    card->setModelPosition(layout.position(diagram, tableId));
    addItem(card);
    m_cards.insert(tableId, card);
}

void DiagramScene::addViewCard(const Id &viewId)
{
    const model::DiagramLayout &layout = m_document->layout();
    const Id diagram = m_document->activeDiagram();
    if (m_viewCards.contains(viewId) || !m_document->schema().view(viewId) || !layout.shows(diagram, viewId))
        return;
    auto *card = new ViewCardItem(m_document, viewId);
    card->setSnapToGrid(m_snapToGrid);
    card->setModelPosition(layout.position(diagram, viewId));
    addItem(card);
    m_viewCards.insert(viewId, card);
}

void DiagramScene::removeViewCard(const Id &viewId)
{
    if (!m_viewCards.contains(viewId))
        return;
    m_pressPositions.clear();
    delete m_viewCards.take(viewId);
}

QGraphicsItem *DiagramScene::anyCard(const Id &id) const
{
    if (TableCardItem *card = m_cards.value(id))
        return card;
    return m_viewCards.value(id);
}

void DiagramScene::removeCard(const Id &tableId)
{
    TableCardItem *card = m_cards.value(tableId);
    if (!card)
        return;
    m_connection.end();
    m_pressPositions.clear();
    for (RelationItem *relation : QList<RelationItem *>(card->relations()))
        removeRelation(relation->foreignKeyId());
    m_cards.remove(tableId);
    delete card;
}

void DiagramScene::showDrift(const QHash<QString, QStringList> &linesByTable)
{
    m_driftByTable = linesByTable;
    for (TableCardItem *card : std::as_const(m_cards)) {
        const model::Table *table = card->table();
        card->setDriftLines(table ? m_driftByTable.value(table->name.toLower()) : QStringList());
    }
}

void DiagramScene::syncTable(const Id &tableId)
{
    TableCardItem *card = m_cards.value(tableId);
    if (!card)
        return;
    card->refresh();
    if (!m_driftByTable.isEmpty() && card->table())
        card->setDriftLines(m_driftByTable.value(card->table()->name.toLower()));
    syncRelationsOf(tableId);
    // Incoming lines attach to rows that may have moved or been renamed.
    for (RelationItem *relation : card->relations())
        relation->refresh();
}

// The lines of @p tableId's own foreign keys: one per key whose target table has a card. A line needs both cards,
// so a table without a card has none, and the card's own list holds every line of its keys (no scan of all lines).
void DiagramScene::syncRelationsOf(const Id &tableId)
{
    TableCardItem *card = m_cards.value(tableId);
    if (!card)
        return;
    const model::Table *table = card->table();
    QSet<Id> wanted;
    if (table) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (m_cards.contains(fk.targetTable))
                wanted.insert(fk.id);
        }
    }
    for (RelationItem *relation : QList<RelationItem *>(card->relations())) {
        if (relation->childTableId() != tableId)
            continue;
        const model::ForeignKey *fk = table ? model::findById(table->foreignKeys, relation->foreignKeyId()) : nullptr;
        // A key retargeted at another table needs a new line.
        if (!wanted.contains(relation->foreignKeyId()) || fk->targetTable != relation->parentCard()->tableId())
            removeRelation(relation->foreignKeyId());
    }
    for (const Id &fkId : std::as_const(wanted)) {
        if (!m_relations.contains(fkId))
            addRelation(tableId, fkId);
        else
            m_relations.value(fkId)->refresh();
    }
}

void DiagramScene::addRelation(const Id &childTableId, const Id &foreignKeyId)
{
    TableCardItem *child = m_cards.value(childTableId);
    const model::Table *table = child ? child->table() : nullptr;
    const model::ForeignKey *fk = table ? model::findById(table->foreignKeys, foreignKeyId) : nullptr;
    TableCardItem *parent = fk ? m_cards.value(fk->targetTable) : nullptr;
    if (!child || !parent)
        return;
    auto *relation = new RelationItem(m_document, childTableId, foreignKeyId, child, parent, m_router.get());
    addItem(relation);
    if (!m_rebuilding)           // a rebuild routes every line once, in reassignLanes(), when all cards are there
        relation->updateRoute(); // now that it can see the other cards
    m_relations.insert(foreignKeyId, relation);
}

void DiagramScene::removeRelation(const Id &foreignKeyId)
{
    delete m_relations.take(foreignKeyId);
}

void DiagramScene::applyLayout(const QList<Id> &ids)
{
    const Id diagram = m_document->activeDiagram();
    for (const Id &id : ids) {
        if (TableCardItem *card = m_cards.value(id)) {
            card->setModelPosition(m_document->layout().position(diagram, id));
            card->refresh();
            for (RelationItem *relation : card->relations())
                relation->updateRoute();
        } else if (ViewCardItem *view = m_viewCards.value(id)) {
            view->setModelPosition(m_document->layout().position(diagram, id));
            view->refresh();
        }
    }
    reassignLanesSoon();
}

namespace {

/// The lines in the order lanes are assigned in (their foreign keys').
QList<RelationItem *> relationsInLaneOrder(const QHash<Id, RelationItem *> &relations)
{
    QList<RelationItem *> items = relations.values();
    std::sort(items.begin(), items.end(),
              [](const RelationItem *a, const RelationItem *b) { return a->foreignKeyId() < b->foreignKeyId(); });
    return items;
}

/// Every line's route after assigning the lanes of @p ends (which it writes). Only cards are obstacles and none
/// moves here, so the ends still hold: a line that keeps lane 0 takes the route assignLanes already made, the
/// others are routed once more in their lane. Touches no item: it runs on a worker too.
QList<QPolygonF> routesInLanes(QList<RouteEnds> &ends, const EdgeRouter &router)
{
    QList<QPolygonF> routes;
    assignLanes(ends, router, &routes);
    for (qsizetype i = 0; i < ends.size(); ++i) {
        if (ends[i].lane != 0)
            routes[i] = router.route(ends[i]);
    }
    return routes;
}

} // namespace

void DiagramScene::reassignLanes()
{
    // Every line, not just those of moved cards: a card may have moved into (or out of) another line's way.
    m_lanes.discard();
    const QList<RelationItem *> items = relationsInLaneOrder(m_relations);
    QList<RouteEnds> ends;
    ends.reserve(items.size());
    for (const RelationItem *relation : items)
        ends << relation->routeEnds();
    const QList<QPolygonF> routes = routesInLanes(ends, *m_router);
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i]->setRoute(ends[i].lane, routes[i]);
}

void DiagramScene::reassignLanesSoon()
{
    if (m_relations.size() < m_backgroundLanesFrom) {
        reassignLanes();
        return;
    }
    // What the worker needs, read here: the lines' ends and every card's place. It finds each line's obstacles in
    // the list of cards (the grid belongs to this thread), in the order the grid would give them.
    struct Line
    {
        Id key;
        const QGraphicsItem *child;
        const QGraphicsItem *parent;
    };
    QList<Line> lines;
    QList<RouteEnds> ends;
    for (const RelationItem *relation : relationsInLaneOrder(m_relations)) {
        lines << Line{relation->foreignKeyId(), relation->childCard(), relation->parentCard()};
        ends << relation->routeEndsWithoutObstacles();
    }
    QList<RelationItem::ObstacleCard> cards;
    for (const CardGrid::Placed &placed : m_cardGrid.inOrder()) {
        cards << RelationItem::ObstacleCard{placed.card, placed.rect,
                                            static_cast<const TableCardItem *>(placed.card)->sceneCardRect()};
    }
    m_lanes.run([this, lines, ends, cards, style = m_router->style()]() mutable -> model::LatestOnly::Delivery {
        for (qsizetype i = 0; i < lines.size(); ++i)
            RelationItem::addObstacles(ends[i], lines[i].child, lines[i].parent, cards);
        const QList<QPolygonF> routes = routesInLanes(ends, *EdgeRouter::create(style));
        return [this, lines, ends, routes] {
            // Lines removed meanwhile are skipped; a newer edit's pass replaces this one (LatestOnly).
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (RelationItem *relation = m_relations.value(lines[i].key))
                    relation->setRoute(ends[i].lane, routes[i]);
            }
        };
    });
}

void DiagramScene::settleLanes()
{
    if (m_lanes.busy())
        reassignLanes();
}

void DiagramScene::onSelectionChanged()
{
    for (RelationItem *relation : std::as_const(m_relations))
        relation->update(); // lines of selected cards are highlighted
    Q_EMIT selectedTablesChanged(selectedTableIds());
}

QList<Id> DiagramScene::selectedTableIds() const
{
    QList<Id> ids;
    for (const model::Table &table : m_document->schema().tables) {
        if (const TableCardItem *card = m_cards.value(table.id); card && card->isSelected())
            ids << table.id;
    }
    return ids;
}

QList<Id> DiagramScene::selectedViewIds() const
{
    QList<Id> ids;
    for (const model::View &view : m_document->schema().views) {
        if (const ViewCardItem *card = m_viewCards.value(view.id); card && card->isSelected())
            ids << view.id;
    }
    return ids;
}

void DiagramScene::selectTables(const QList<Id> &tableIds)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const Id &id : tableIds) {
        if (TableCardItem *card = m_cards.value(id))
            card->setSelected(true);
    }
    blocker.unblock();
    onSelectionChanged();
}

void DiagramScene::setSnapToGrid(bool snap)
{
    m_snapToGrid = snap;
    for (TableCardItem *card : std::as_const(m_cards))
        card->setSnapToGrid(snap);
    for (ViewCardItem *card : std::as_const(m_viewCards))
        card->setSnapToGrid(snap);
}

void DiagramScene::setRouterStyle(EdgeRouter::Style style)
{
    if (m_router->style() == style)
        return;
    std::unique_ptr<EdgeRouter> old = std::exchange(m_router, EdgeRouter::create(style));
    for (RelationItem *relation : std::as_const(m_relations))
        relation->setRouter(m_router.get());
    reassignLanes();
}

void DiagramScene::placeCardInGrid(const TableCardItem *card)
{
    m_cardGrid.insert(card, card->sceneBoundingRect());
}

void DiagramScene::removeCardFromGrid(const TableCardItem *card)
{
    m_cardGrid.remove(card);
}

QRectF DiagramScene::firstCardRect() const
{
    for (const model::Table &table : m_document->schema().tables) {
        if (const TableCardItem *card = m_cards.value(table.id))
            return card->sceneCardRect();
    }
    return {};
}

QRectF DiagramScene::cardsBoundingRect() const
{
    QRectF bounds;
    for (const TableCardItem *card : m_cards)
        bounds = bounds.isNull() ? card->sceneCardRect() : bounds.united(card->sceneCardRect());
    for (const ViewCardItem *card : m_viewCards)
        bounds = bounds.isNull() ? card->sceneCardRect() : bounds.united(card->sceneCardRect());
    for (const NoteItem *note : m_notes)
        bounds = bounds.isNull() ? note->sceneNoteRect() : bounds.united(note->sceneNoteRect());
    return bounds;
}

QMap<Id, QRectF> DiagramScene::selectedCardRects() const
{
    QMap<Id, QRectF> rects;
    for (const Id &id : selectedTableIds())
        rects.insert(id, m_cards.value(id)->sceneCardRect());
    return rects;
}

bool DiagramScene::alignSelected(Qt::Alignment alignment)
{
    return pushPositions(diagramarrange::align(selectedCardRects(), alignment));
}

bool DiagramScene::distributeSelected(Qt::Orientation orientation)
{
    return pushPositions(diagramarrange::distribute(selectedCardRects(), orientation));
}

bool DiagramScene::removeSelected()
{
    const QList<Id> ids = selectedTableIds() + selectedViewIds() + selectedNoteIds();
    return !ids.isEmpty() && model::SchemaEditor(m_document).removeTablesAndViews(ids);
}

bool DiagramScene::createManyToManyFromSelection()
{
    const QList<Id> ids = selectedTableIds();
    return ids.size() == 2 && createManyToMany(ids[0], ids[1]);
}

bool DiagramScene::createManyToMany(const Id &a, const Id &b)
{
    const TableCardItem *first = m_cards.value(a);
    const TableCardItem *second = m_cards.value(b);
    if (!first || !second)
        return false;
    // Centred between the two cards and below the lower one, where a child belongs in the layered layout.
    const QRectF ra = first->sceneCardRect();
    const QRectF rb = second->sceneCardRect();
    const double x = (ra.center().x() + rb.center().x()) / 2 - 110;
    const double y = std::max(ra.bottom(), rb.bottom()) + 60;
    const Id junction = model::SchemaEditor(m_document).addManyToMany(a, b, QPointF(std::round(x), std::round(y)));
    if (!junction.isNull())
        selectTables({junction});
    return !junction.isNull();
}

} // namespace tw::views
