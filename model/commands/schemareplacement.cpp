// SPDX-License-Identifier: GPL-3.0-or-later
// compoundedits::replaceSchema: one undo step that turns the document's schema into another one.
#include "model/commands/addremovecommand.h"
#include "model/commands/changelayoutcommand.h"
#include "model/commands/compoundcommand.h"
#include "model/commands/compoundedits.h"
#include "model/commands/movecommand.h"
#include "model/commands/replacevaluecommand.h"
#include "model/document/schemadocument.h"
#include "model/layout/autolayout.h"
#include "model/schema/idlookup.h"

#include <algorithm>
#include <limits>

namespace tw::model::compoundedits {
namespace {

using LayoutChanges = QMap<Id, std::optional<TableLayout>>;

// What the tables and the views have in common here: a list access, a replace command and a list in Schema.
struct TableKind
{
    using Access = TableListAccess;
    using Replace = ReplaceTableCommand;
    static const QList<Table> &of(const Schema &schema) { return schema.tables; }
};

struct ViewKind
{
    using Access = ViewListAccess;
    using Replace = ChangeViewCommand;
    static const QList<View> &of(const Schema &schema) { return schema.views; }
};

template<typename Kind>
QList<Id> idsOf(const Schema &schema)
{
    QList<Id> ids;
    for (const auto &element : Kind::of(schema))
        ids << element.id;
    return ids;
}

template<typename Kind>
void removeMissing(SchemaDocument *document, const Schema &target, QUndoCommand *parent)
{
    for (const auto &element : Kind::of(document->schema())) {
        if (indexOfId(Kind::of(target), element.id) < 0)
            new AddRemoveCommand<typename Kind::Access>(document, Id(), element.id, parent);
    }
}

template<typename Kind>
void replaceChanged(SchemaDocument *document, const Schema &target, QUndoCommand *parent)
{
    for (const auto &element : Kind::of(target)) {
        const auto *current = findById(Kind::of(document->schema()), element.id);
        if (current && !(*current == element))
            new typename Kind::Replace(document, ValueKey{Id(), element.id}, element, EditAspect::Whole, false, parent);
    }
}

// After the removals the list holds the kept elements in their old order: new ones go in at their final rows,
// then moves put the kept ones in the target's order. @p order simulates the list as the children leave it.
template<typename Kind>
void addAndReorder(SchemaDocument *document, const Schema &target, QUndoCommand *parent)
{
    const QList<Id> targetIds = idsOf<Kind>(target);
    QList<Id> order;
    for (const Id &id : idsOf<Kind>(document->schema())) {
        if (targetIds.contains(id))
            order << id;
    }
    const auto &elements = Kind::of(target);
    for (int row = 0; row < elements.size(); ++row) {
        if (order.contains(elements[row].id))
            continue;
        const int at = std::min(row, int(order.size()));
        new AddRemoveCommand<typename Kind::Access>(document, Id(), elements[row], at, parent);
        order.insert(at, elements[row].id);
    }
    for (int row = 0; row < targetIds.size(); ++row) {
        const int from = int(order.indexOf(targetIds[row]));
        if (from == row)
            continue;
        new MoveCommand<typename Kind::Access>(document, Id(), targetIds[row], row, parent);
        order.move(from, row);
    }
}

QSizeF cardSize(const Schema &schema, const Id &id)
{
    const Table *table = schema.table(id);
    return table ? estimatedCardSize(*table) : QSizeF(240, 120);
}

// New cards go in a row below everything already on the diagram; with nothing there, the whole schema is laid out.
LayoutChanges placeNewCards(const SchemaDocument &document, const Schema &target, const QList<Id> &newIds)
{
    LayoutChanges placed;
    const QList<Id> kept = idsOf<TableKind>(target) + idsOf<ViewKind>(target);
    QList<Id> laidOut;
    for (const Id &id : kept) {
        if (!newIds.contains(id) && document.layout().items.contains(id))
            laidOut << id;
    }
    if (laidOut.isEmpty()) {
        const QMap<Id, QPointF> positions = autoLayout(target, {});
        for (const Id &id : newIds)
            placed.insert(id, TableLayout{positions.value(id), 0, {}, {}});
        return placed;
    }
    constexpr double kSpacing = 80;
    double left = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (const Id &id : std::as_const(laidOut)) {
        const QPointF position = document.layout().item(id).position;
        left = std::min(left, position.x());
        bottom = std::max(bottom, position.y() + cardSize(document.schema(), id).height());
    }
    double x = left;
    for (const Id &id : newIds) {
        placed.insert(id, TableLayout{QPointF(x, bottom + kSpacing), 0, {}, {}});
        x += cardSize(target, id).width() + kSpacing;
    }
    return placed;
}

} // namespace

std::unique_ptr<DocumentCommand> replaceSchema(SchemaDocument *document, const Schema &schema, const QString &text)
{
    const Schema &current = document->schema();
    if (current == schema)
        return nullptr;
    auto command = std::make_unique<CompoundCommand>(document, text);
    LayoutChanges removedLayout;
    QList<Id> newIds;
    for (const Id &id : idsOf<TableKind>(current) + idsOf<ViewKind>(current)) {
        if (!schema.table(id) && !schema.view(id) && document->layout().items.contains(id))
            removedLayout.insert(id, std::nullopt);
    }
    for (const Id &id : idsOf<TableKind>(schema) + idsOf<ViewKind>(schema)) {
        if (!current.table(id) && !current.view(id))
            newIds << id;
    }
    // Layout items leave before their tables and come after them, as in removeTable() and addTable().
    if (!removedLayout.isEmpty())
        new ChangeLayoutCommand(document, LayoutAspect::Whole, removedLayout, false, command.get());
    removeMissing<ViewKind>(document, schema, command.get());
    removeMissing<TableKind>(document, schema, command.get());
    replaceChanged<TableKind>(document, schema, command.get());
    replaceChanged<ViewKind>(document, schema, command.get());
    addAndReorder<TableKind>(document, schema, command.get());
    addAndReorder<ViewKind>(document, schema, command.get());
    const LayoutChanges placed = placeNewCards(*document, schema, newIds);
    if (!placed.isEmpty())
        new ChangeLayoutCommand(document, LayoutAspect::Whole, placed, false, command.get());
    return command;
}

} // namespace tw::model::compoundedits
