// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/compoundedits.h"

#include "model/commands/addremovecommand.h"
#include "model/commands/changelayoutcommand.h"
#include "model/commands/compoundcommand.h"
#include "model/commands/replacevaluecommand.h"
#include "model/document/schemadocument.h"
#include "model/schema/tablecopy.h"

#include <algorithm>

namespace tw::model::compoundedits {
namespace {

// The QUndoCommand parent owns the children it is given at construction.
void addLayoutChild(SchemaDocument *document, const Id &id, const std::optional<TableLayout> &layout,
                    QUndoCommand *parent)
{
    new ChangeLayoutCommand(document, LayoutAspect::Whole, {{id, layout}}, false, parent);
}

bool foreignKeyUses(const ForeignKey &fk, const Id &ownerId, const Id &tableId, const Id &columnId)
{
    return (ownerId == tableId && fk.columns.contains(columnId)) ||
           (fk.targetTable == tableId && fk.targetColumns.contains(columnId));
}

void dropIndexParts(SchemaDocument *document, const Table &table, const Id &columnId, QUndoCommand *parent)
{
    for (const Index &index : table.indexes) {
        Index adjusted = index;
        adjusted.parts.removeIf([&columnId](const IndexPart &part) { return part.column == columnId; });
        if (adjusted.parts.size() == index.parts.size())
            continue;
        if (adjusted.parts.isEmpty() || index.unique)
            new AddRemoveItemCommand<Index>(document, table.id, index.id, parent);
        else
            new ChangeItemCommand<Index>(document, {table.id, index.id}, adjusted, EditAspect::Whole, false, parent);
    }
}

// First every foreign key that points at a removed table from another table (self-references leave with their
// table), then each layout item and table: the project stays consistent after every step, and on undo.
void addTablesRemoval(SchemaDocument *document, const QList<Id> &tableIds, QUndoCommand *parent)
{
    for (const Table &other : document->schema().tables) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (fk.targetTable != other.id && tableIds.contains(fk.targetTable))
                new AddRemoveItemCommand<ForeignKey>(document, other.id, fk.id, parent);
        }
    }
    for (const Id &tableId : tableIds) {
        if (document->layout().items.contains(tableId))
            addLayoutChild(document, tableId, std::nullopt, parent);
        new AddRemoveTableCommand(document, Id(), tableId, parent);
    }
}

QString plural(qsizetype count)
{
    return count == 1 ? QString() : QStringLiteral("s");
}

// "Remove table users", "Remove view v", "Remove 3 tables", "Remove 2 tables and 1 view".
QString removalText(const Schema &schema, const QList<Id> &tableIds, const QList<Id> &viewIds)
{
    if (tableIds.size() == 1 && viewIds.isEmpty())
        return QStringLiteral("Remove table %1").arg(schema.table(tableIds.first())->name);
    if (viewIds.size() == 1 && tableIds.isEmpty())
        return QStringLiteral("Remove view %1").arg(schema.view(viewIds.first())->name);
    const QString tables = QStringLiteral("%1 table%2").arg(tableIds.size()).arg(plural(tableIds.size()));
    const QString views = QStringLiteral("%1 view%2").arg(viewIds.size()).arg(plural(viewIds.size()));
    if (viewIds.isEmpty())
        return QStringLiteral("Remove ") + tables;
    if (tableIds.isEmpty())
        return QStringLiteral("Remove ") + views;
    return QStringLiteral("Remove %1 and %2").arg(tables, views);
}

} // namespace

std::unique_ptr<DocumentCommand> addTable(SchemaDocument *document, Table table, const TableLayout &layout, int row)
{
    const Id id = table.id;
    auto command = std::make_unique<CompoundCommand>(document, QStringLiteral("Add table %1").arg(table.name));
    new AddRemoveTableCommand(document, Id(), std::move(table), row, command.get());
    addLayoutChild(document, id, layout, command.get());
    return command;
}

std::unique_ptr<DocumentCommand> duplicateTables(SchemaDocument *document, const QList<Id> &tableIds, QPointF offset,
                                                 QList<Id> *copies)
{
    if (tableIds.isEmpty())
        return nullptr;
    const QString text =
        tableIds.size() == 1 && document->schema().table(tableIds.first())
            ? QStringLiteral("Duplicate table %1").arg(document->schema().table(tableIds.first())->name)
            : QStringLiteral("Duplicate %1 tables").arg(tableIds.size());
    auto command = std::make_unique<CompoundCommand>(document, text);
    Schema withCopies = document->schema(); // each copy's names are free of the copies before it too
    for (const Id &id : tableIds) {
        const Table *original = document->schema().table(id);
        if (!original)
            return nullptr;
        Table copy = copiedTable(*original, withCopies);
        withCopies.tables << copy;
        TableLayout layout = document->layout().item(id); // the original's colour, group and width too
        layout.position += offset;
        if (copies)
            *copies << copy.id;
        const Id copyId = copy.id;
        new AddRemoveTableCommand(document, Id(), std::move(copy), -1, command.get());
        addLayoutChild(document, copyId, layout, command.get());
    }
    return command;
}

std::unique_ptr<DocumentCommand> pasteTables(SchemaDocument *document, const QList<Table> &tables,
                                             const QList<TableLayout> &layout)
{
    if (tables.isEmpty() || tables.size() != layout.size())
        return nullptr;
    const QString text = tables.size() == 1 ? QStringLiteral("Paste table %1").arg(tables.first().name)
                                            : QStringLiteral("Paste %1 tables").arg(tables.size());
    auto command = std::make_unique<CompoundCommand>(document, text);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        new AddRemoveTableCommand(document, Id(), tables[i], -1, command.get());
        addLayoutChild(document, tables[i].id, layout[i], command.get());
    }
    return command;
}

std::unique_ptr<DocumentCommand> removeTablesAndViews(SchemaDocument *document, const QList<Id> &ids)
{
    const Schema &schema = document->schema();
    QList<Id> tableIds;
    QList<Id> viewIds;
    for (const Id &id : ids) {
        if (tableIds.contains(id) || viewIds.contains(id))
            continue;
        if (schema.table(id))
            tableIds << id;
        else if (schema.view(id))
            viewIds << id;
        else
            return nullptr;
    }
    if (ids.isEmpty())
        return nullptr;
    auto command = std::make_unique<CompoundCommand>(document, removalText(schema, tableIds, viewIds));
    addTablesRemoval(document, tableIds, command.get());
    for (const Id &viewId : std::as_const(viewIds)) {
        if (document->layout().items.contains(viewId))
            addLayoutChild(document, viewId, std::nullopt, command.get());
        new AddRemoveViewCommand(document, Id(), viewId, command.get());
    }
    return command;
}

std::unique_ptr<DocumentCommand> addView(SchemaDocument *document, View view, const TableLayout &layout, int row)
{
    const Id id = view.id;
    auto command = std::make_unique<CompoundCommand>(document, QStringLiteral("Add view %1").arg(view.name));
    new AddRemoveViewCommand(document, Id(), std::move(view), row, command.get());
    addLayoutChild(document, id, layout, command.get());
    return command;
}

std::unique_ptr<DocumentCommand> removeColumn(SchemaDocument *document, const Id &tableId, const Id &columnId)
{
    const Table *table = document->schema().table(tableId);
    const Column *column = table ? table->column(columnId) : nullptr;
    if (!column)
        return nullptr;
    auto command = std::make_unique<CompoundCommand>(
        document, QStringLiteral("Remove column %1 from %2").arg(column->name, table->name));
    for (const Table &other : document->schema().tables) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (foreignKeyUses(fk, other.id, tableId, columnId))
                new AddRemoveItemCommand<ForeignKey>(document, other.id, fk.id, command.get());
        }
    }
    dropIndexParts(document, *table, columnId, command.get());
    for (const UniqueConstraint &unique : table->uniqueConstraints) {
        if (unique.columns.contains(columnId))
            new AddRemoveItemCommand<UniqueConstraint>(document, tableId, unique.id, command.get());
    }
    if (table->primaryKey && table->primaryKey->columns.contains(columnId)) {
        TableAttributes attributes = TableAttributes::of(*table);
        attributes.primaryKey->columns.removeAll(columnId);
        if (attributes.primaryKey->columns.isEmpty())
            attributes.primaryKey.reset();
        new ChangeTableAttributesCommand(document, {Id(), tableId}, attributes, EditAspect::PrimaryKey, false,
                                         command.get());
    }
    new AddRemoveItemCommand<Column>(document, tableId, columnId, command.get());
    return command;
}

} // namespace tw::model::compoundedits
