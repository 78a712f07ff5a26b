// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/schemaeditor.h"

#include "model/commands/addremovecommand.h"
#include "model/commands/changediagrampartscommand.h"
#include "model/commands/changelayoutcommand.h"
#include "model/commands/compoundedits.h"
#include "model/commands/diagrameditor.h"
#include "model/commands/movecommand.h"
#include "model/commands/replacevaluecommand.h"
#include "model/document/schemadocument.h"

#include <QUndoStack>

#include <algorithm>

namespace tw::model {
namespace {

template<typename T>
void giveIds(QList<T> &items)
{
    for (T &item : items) {
        if (item.id.isNull())
            item.id = Id::generate();
    }
}

bool isInsertRow(int row, qsizetype size)
{
    return row >= -1 && row <= size;
}

} // namespace

SchemaEditor::SchemaEditor(SchemaDocument *document)
    : m_document(document)
{
}

bool SchemaEditor::push(std::unique_ptr<QUndoCommand> command)
{
    if (!command || command->isObsolete())
        return false;
    m_document->undoStack()->push(command.release());
    return true;
}

// Tables, views, notes and diagram views share the layout map of the file, so an id must be unique across all.
bool SchemaEditor::isIdTaken(const Id &id) const
{
    return m_document->schema().table(id) || m_document->schema().view(id) || m_document->layout().notes.contains(id) ||
           m_document->layout().subDiagrams.contains(id);
}

// Layout items exist for tables and views only; anything else would leave an orphan item in the file.
bool SchemaEditor::areLaidOut(const QList<Id> &ids) const
{
    return std::all_of(ids.cbegin(), ids.cend(), [this](const Id &id) {
        return m_document->schema().table(id) || m_document->schema().view(id);
    });
}

Id SchemaEditor::addTable(Table table, QPointF position, int row)
{
    if (table.id.isNull())
        table.id = Id::generate();
    if (isIdTaken(table.id) || !isInsertRow(row, m_document->schema().tables.size()))
        return {};
    giveIds(table.columns);
    giveIds(table.indexes);
    giveIds(table.foreignKeys);
    giveIds(table.uniqueConstraints);
    giveIds(table.checkConstraints);
    const Id id = table.id;
    TableLayout layout;
    layout.position = position;
    auto command = compoundedits::addTable(m_document, std::move(table), layout, row);
    DiagramEditor::joinActiveDiagram(m_document, {{id, position}}, command.get());
    return push(std::move(command)) ? id : Id();
}

bool SchemaEditor::removeTablesAndViews(const QList<Id> &ids)
{
    QList<Id> cards = ids;
    ChangeDiagramPartsCommand::Notes notes;
    cards.removeIf([this, &notes](const Id &id) {
        const bool isNote = m_document->layout().notes.contains(id);
        if (isNote)
            notes.insert(id, std::nullopt);
        return isNote;
    });
    if (cards.isEmpty())
        return DiagramEditor(m_document).removeNotes(notes.keys());
    auto command = compoundedits::removeTablesAndViews(m_document, cards);
    if (command && !notes.isEmpty())
        new ChangeDiagramPartsCommand(m_document, notes, {}, command->text(), false, command.get());
    return push(std::move(command));
}

QList<Id> SchemaEditor::duplicateTables(const QList<Id> &tableIds, QPointF offset)
{
    QList<Id> copies;
    auto command = compoundedits::duplicateTables(m_document, tableIds, offset, &copies);
    QMap<Id, QPointF> positions; // on the shown view, beside the originals there
    for (qsizetype i = 0; command && i < copies.size(); ++i)
        positions.insert(copies[i], m_document->layout().position(m_document->activeDiagram(), tableIds[i]) + offset);
    DiagramEditor::joinActiveDiagram(m_document, positions, command.get());
    return push(std::move(command)) ? copies : QList<Id>();
}

QList<Id> SchemaEditor::pasteTables(const QList<Table> &tables, const QList<TableLayout> &layout)
{
    auto command = compoundedits::pasteTables(m_document, tables, layout);
    QList<Id> ids;
    QMap<Id, QPointF> positions; // a paste into a diagram view joins it
    for (qsizetype i = 0; command && i < tables.size(); ++i) {
        ids << tables[i].id;
        positions.insert(tables[i].id, layout[i].position);
    }
    if (command)
        DiagramEditor::joinActiveDiagram(m_document, positions, command.get());
    return push(std::move(command)) ? ids : QList<Id>();
}

bool SchemaEditor::changeTableAttributes(const Id &tableId, const TableAttributes &attributes, EditAspect aspect,
                                         bool mergeable)
{
    return push(std::make_unique<ChangeTableAttributesCommand>(m_document, ValueKey{Id(), tableId}, attributes, aspect,
                                                               mergeable));
}

bool SchemaEditor::replaceSchema(const Schema &schema, const QString &text)
{
    return push(compoundedits::replaceSchema(m_document, schema, text));
}

Id SchemaEditor::addView(View view, QPointF position, int row)
{
    if (view.id.isNull())
        view.id = Id::generate();
    if (isIdTaken(view.id) || !isInsertRow(row, m_document->schema().views.size()))
        return {};
    const Id id = view.id;
    TableLayout layout;
    layout.position = position;
    auto command = compoundedits::addView(m_document, std::move(view), layout, row);
    DiagramEditor::joinActiveDiagram(m_document, {{id, position}}, command.get());
    return push(std::move(command)) ? id : Id();
}

bool SchemaEditor::changeView(const View &view, EditAspect aspect, bool mergeable)
{
    return push(std::make_unique<ChangeViewCommand>(m_document, ValueKey{Id(), view.id}, view, aspect, mergeable));
}

template<TableItem T>
Id SchemaEditor::addItem(const Id &tableId, T item, int row)
{
    const Table *table = m_document->schema().table(tableId);
    if (!table || !isInsertRow(row, itemsOf<T>(*table).size()))
        return {};
    if (item.id.isNull())
        item.id = Id::generate();
    if (indexOfId(itemsOf<T>(*table), item.id) >= 0)
        return {};
    const Id id = item.id;
    return push(std::make_unique<AddRemoveItemCommand<T>>(m_document, tableId, std::move(item), row)) ? id : Id();
}

template<TableItem T>
bool SchemaEditor::removeItem(const Id &tableId, const Id &itemId)
{
    if constexpr (std::is_same_v<T, Column>)
        return push(compoundedits::removeColumn(m_document, tableId, itemId));
    else
        return push(std::make_unique<AddRemoveItemCommand<T>>(m_document, tableId, itemId));
}

template<TableItem T>
bool SchemaEditor::moveItem(const Id &tableId, const Id &itemId, int to)
{
    return push(std::make_unique<MoveItemCommand<T>>(m_document, tableId, itemId, to));
}

template<TableItem T>
bool SchemaEditor::changeItem(const Id &tableId, const T &item, EditAspect aspect, bool mergeable)
{
    return push(
        std::make_unique<ChangeItemCommand<T>>(m_document, ValueKey{tableId, item.id}, item, aspect, mergeable));
}

bool SchemaEditor::addRelationship(const RelationshipDraft &draft)
{
    return push(compoundedits::addRelationship(m_document, draft));
}

Id SchemaEditor::addManyToMany(const Id &a, const Id &b, QPointF position)
{
    const Table *first = m_document->schema().table(a);
    const Table *second = m_document->schema().table(b);
    std::optional<Table> junction =
        first && second ? junctionTable(m_document->schema(), *first, *second) : std::nullopt;
    return junction ? addTable(std::move(*junction), position) : Id();
}

#define TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS(T)                                                                        \
    template Id SchemaEditor::addItem<T>(const Id &, T, int);                                                          \
    template bool SchemaEditor::removeItem<T>(const Id &, const Id &);                                                 \
    template bool SchemaEditor::moveItem<T>(const Id &, const Id &, int);                                              \
    template bool SchemaEditor::changeItem<T>(const Id &, const T &, EditAspect, bool);

TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS(Column)
TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS(Index)
TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS(ForeignKey)
TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS(UniqueConstraint)
TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS(CheckConstraint)
#undef TW_INSTANTIATE_EDITOR_ITEM_FUNCTIONS

bool SchemaEditor::moveLayoutItems(const QMap<Id, QPointF> &positions, bool mergeable)
{
    if (!areLaidOut(positions.keys()))
        return false;
    return push(ChangeLayoutCommand::moveItems(m_document, positions, mergeable));
}

bool SchemaEditor::setLayoutColor(const QList<Id> &ids, const QColor &color)
{
    if (!areLaidOut(ids))
        return false;
    return push(ChangeLayoutCommand::colorItems(m_document, ids, color));
}

bool SchemaEditor::setLayoutGroup(const QList<Id> &ids, const QString &group)
{
    if (!areLaidOut(ids))
        return false;
    return push(ChangeLayoutCommand::groupItems(m_document, ids, group));
}

bool SchemaEditor::changeSettings(const ProjectSettings &settings)
{
    return push(std::make_unique<ChangeSettingsCommand>(m_document, ValueKey{}, settings));
}

bool SchemaEditor::setBaseline(const Baseline &baseline)
{
    return push(std::make_unique<ChangeBaselineCommand>(m_document, ValueKey{}, baseline));
}

bool SchemaEditor::recordGeneratedBaseline(const Baseline &baseline)
{
    ChangeBaselineCommand record(m_document, ValueKey{}, baseline);
    if (record.isObsolete())
        return false;
    record.redo();
    m_document->undoStack()->resetClean(); // no stack index is the saved state any more
    return true;
}

bool SchemaEditor::setFills(const QList<ColumnFill> &fills)
{
    return push(std::make_unique<ChangeFillsCommand>(m_document, ValueKey{}, fills));
}

} // namespace tw::model
