// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/schemadocument.h"

#include "model/schema/idlookup.h"

#include <QUndoStack>

namespace tw::model {
namespace {

bool isInsertRow(qsizetype row, qsizetype size)
{
    return row >= 0 && row <= size;
}

bool isRow(qsizetype row, qsizetype size)
{
    return row >= 0 && row < size;
}

template<typename T>
bool canInsert(const QList<T> &items, int row, const Id &id)
{
    return !id.isNull() && isInsertRow(row, items.size()) && indexOfId(items, id) < 0;
}

} // namespace

SchemaDocument::SchemaDocument(QObject *parent)
    : SchemaDocument(Project{}, parent)
{
}

SchemaDocument::SchemaDocument(Project project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(std::make_unique<QUndoStack>())
{
    connect(m_undoStack.get(), &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

// The stack goes first: its commands point at this document, and none of them may outlive it.
SchemaDocument::~SchemaDocument()
{
    // QUndoStack's destructor clears the stack, which emits cleanChanged: no listener may hear that as
    // modifiedChanged and call back into a stack (and a document) that is being destroyed.
    m_undoStack->disconnect(this);
    m_undoStack.reset();
}

void SchemaDocument::setFilePath(const QString &filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    Q_EMIT filePathChanged(m_filePath);
}

void SchemaDocument::resetProject(Project project)
{
    // Clear first: the commands on the stack describe the old project and must never run against the new one.
    m_undoStack->clear();
    m_project = std::move(project);
    m_activeDiagram = Id();
    Q_EMIT projectReset();
}

void SchemaDocument::setActiveDiagram(const Id &diagram)
{
    const Id wanted = m_project.layout.subDiagrams.contains(diagram) ? diagram : Id();
    if (wanted == m_activeDiagram)
        return;
    m_activeDiagram = wanted;
    Q_EMIT activeDiagramChanged(m_activeDiagram);
}

bool SchemaDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void SchemaDocument::markSaved()
{
    m_undoStack->setClean();
}

SchemaDocument::ChangeGroup::ChangeGroup(SchemaDocument *document)
    : m_document(document)
{
    ++m_document->m_groupDepth;
}

SchemaDocument::ChangeGroup::~ChangeGroup()
{
    m_document->endChangeGroup();
}

void SchemaDocument::endChangeGroup()
{
    if (--m_groupDepth == 0 && m_schemaChangePending) {
        m_schemaChangePending = false;
        Q_EMIT schemaChanged();
    }
}

void SchemaDocument::schemaModified()
{
    if (m_groupDepth > 0) {
        m_schemaChangePending = true;
        return;
    }
    Q_EMIT schemaChanged();
}

bool SchemaDocument::insertTable(CommandKey, int row, const Table &table)
{
    if (!canInsert(m_project.schema.tables, row, table.id))
        return false;
    Q_EMIT aboutToInsertTable(row);
    m_project.schema.tables.insert(row, table);
    Q_EMIT tableInserted(table.id, row);
    schemaModified();
    return true;
}

std::optional<Table> SchemaDocument::removeTable(CommandKey, const Id &tableId)
{
    const int row = int(m_project.schema.tableRow(tableId));
    if (row < 0)
        return std::nullopt;
    Q_EMIT aboutToRemoveTable(tableId, row);
    Table removed = m_project.schema.tables.takeAt(row);
    Q_EMIT tableRemoved(tableId, row);
    schemaModified();
    return removed;
}

bool SchemaDocument::moveTable(CommandKey, int from, int to)
{
    QList<Table> &tables = m_project.schema.tables;
    if (!isRow(from, tables.size()) || !isRow(to, tables.size()))
        return false;
    if (from == to)
        return true;
    const Id id = tables[from].id;
    Q_EMIT aboutToMoveTable(id, from, to);
    tables.move(from, to);
    Q_EMIT tableMoved(id, from, to);
    schemaModified();
    return true;
}

bool SchemaDocument::replaceTable(CommandKey, const Table &table)
{
    Table *current = m_project.schema.table(table.id);
    if (!current)
        return false;
    Q_EMIT aboutToReplaceTable(table.id);
    *current = table;
    Q_EMIT tableReplaced(table.id);
    schemaModified();
    return true;
}

bool SchemaDocument::setTableAttributes(CommandKey, const Id &tableId, const TableAttributes &attributes)
{
    Table *table = m_project.schema.table(tableId);
    if (!table)
        return false;
    attributes.applyTo(*table);
    Q_EMIT tableChanged(tableId);
    schemaModified();
    return true;
}

bool SchemaDocument::insertView(CommandKey, int row, const View &view)
{
    if (!canInsert(m_project.schema.views, row, view.id))
        return false;
    Q_EMIT aboutToInsertView(row);
    m_project.schema.views.insert(row, view);
    Q_EMIT viewInserted(view.id, row);
    schemaModified();
    return true;
}

std::optional<View> SchemaDocument::removeView(CommandKey, const Id &viewId)
{
    const int row = int(m_project.schema.viewRow(viewId));
    if (row < 0)
        return std::nullopt;
    Q_EMIT aboutToRemoveView(viewId, row);
    View removed = m_project.schema.views.takeAt(row);
    Q_EMIT viewRemoved(viewId, row);
    schemaModified();
    return removed;
}

bool SchemaDocument::moveView(CommandKey, int from, int to)
{
    QList<View> &views = m_project.schema.views;
    if (!isRow(from, views.size()) || !isRow(to, views.size()))
        return false;
    if (from == to)
        return true;
    const Id id = views[from].id;
    Q_EMIT aboutToMoveView(id, from, to);
    views.move(from, to);
    Q_EMIT viewMoved(id, from, to);
    schemaModified();
    return true;
}

bool SchemaDocument::replaceView(CommandKey, const View &view)
{
    const qsizetype row = m_project.schema.viewRow(view.id);
    if (row < 0)
        return false;
    m_project.schema.views[row] = view;
    Q_EMIT viewChanged(view.id);
    schemaModified();
    return true;
}

template<TableItem T>
bool SchemaDocument::insertItem(CommandKey, const Id &tableId, int row, const T &item)
{
    Table *table = m_project.schema.table(tableId);
    if (!table || !canInsert(itemsOf<T>(*table), row, item.id))
        return false;
    constexpr TableCollection collection = tableCollectionOf<T>();
    Q_EMIT aboutToInsertItem(tableId, collection, row);
    itemsOf<T>(*table).insert(row, item);
    Q_EMIT itemInserted(tableId, collection, item.id, row);
    schemaModified();
    return true;
}

template<TableItem T>
std::optional<T> SchemaDocument::removeItem(CommandKey, const Id &tableId, const Id &itemId)
{
    Table *table = m_project.schema.table(tableId);
    const int row = table ? int(indexOfId(itemsOf<T>(*table), itemId)) : -1;
    if (row < 0)
        return std::nullopt;
    constexpr TableCollection collection = tableCollectionOf<T>();
    Q_EMIT aboutToRemoveItem(tableId, collection, itemId, row);
    T removed = itemsOf<T>(*table).takeAt(row);
    Q_EMIT itemRemoved(tableId, collection, itemId, row);
    schemaModified();
    return removed;
}

template<TableItem T>
bool SchemaDocument::moveItem(CommandKey, const Id &tableId, int from, int to)
{
    Table *table = m_project.schema.table(tableId);
    if (!table)
        return false;
    QList<T> &items = itemsOf<T>(*table);
    if (!isRow(from, items.size()) || !isRow(to, items.size()))
        return false;
    if (from == to)
        return true;
    constexpr TableCollection collection = tableCollectionOf<T>();
    Q_EMIT aboutToMoveItem(tableId, collection, from, to);
    items.move(from, to);
    Q_EMIT itemMoved(tableId, collection, from, to);
    schemaModified();
    return true;
}

template<TableItem T>
bool SchemaDocument::replaceItem(CommandKey, const Id &tableId, const T &item)
{
    Table *table = m_project.schema.table(tableId);
    T *current = table ? findById(itemsOf<T>(*table), item.id) : nullptr;
    if (!current)
        return false;
    *current = item;
    Q_EMIT itemChanged(tableId, tableCollectionOf<T>(), item.id);
    schemaModified();
    return true;
}

#define TW_INSTANTIATE_ITEM_MUTATIONS(T)                                                                               \
    template bool SchemaDocument::insertItem<T>(CommandKey, const Id &, int, const T &);                               \
    template std::optional<T> SchemaDocument::removeItem<T>(CommandKey, const Id &, const Id &);                       \
    template bool SchemaDocument::moveItem<T>(CommandKey, const Id &, int, int);                                       \
    template bool SchemaDocument::replaceItem<T>(CommandKey, const Id &, const T &);

TW_INSTANTIATE_ITEM_MUTATIONS(Column)
TW_INSTANTIATE_ITEM_MUTATIONS(Index)
TW_INSTANTIATE_ITEM_MUTATIONS(ForeignKey)
TW_INSTANTIATE_ITEM_MUTATIONS(UniqueConstraint)
TW_INSTANTIATE_ITEM_MUTATIONS(CheckConstraint)
#undef TW_INSTANTIATE_ITEM_MUTATIONS

void SchemaDocument::setLayoutItems(CommandKey, const QMap<Id, std::optional<TableLayout>> &items)
{
    if (items.isEmpty())
        return;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (it.value())
            m_project.layout.items.insert(it.key(), *it.value());
        else
            m_project.layout.items.remove(it.key());
    }
    Q_EMIT layoutChanged(items.keys());
}

void SchemaDocument::setDiagramParts(CommandKey, const QMap<Id, std::optional<DiagramNote>> &notes,
                                     const QMap<Id, std::optional<SubDiagram>> &subDiagrams)
{
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (it.value())
            m_project.layout.notes.insert(it.key(), *it.value());
        else
            m_project.layout.notes.remove(it.key());
    }
    for (auto it = subDiagrams.cbegin(); it != subDiagrams.cend(); ++it) {
        if (it.value())
            m_project.layout.subDiagrams.insert(it.key(), *it.value());
        else
            m_project.layout.subDiagrams.remove(it.key());
    }
    // The shown view went (deleted, or its creation undone): show all tables before anyone hears of the change.
    if (!m_activeDiagram.isNull() && !m_project.layout.subDiagrams.contains(m_activeDiagram))
        setActiveDiagram(Id());
    if (!subDiagrams.isEmpty())
        Q_EMIT subDiagramsChanged(subDiagrams.keys());
    if (!notes.isEmpty())
        Q_EMIT notesChanged(notes.keys());
}

void SchemaDocument::setSettings(CommandKey, const ProjectSettings &settings)
{
    m_project.settings = settings;
    Q_EMIT settingsChanged();
}

void SchemaDocument::setBaseline(CommandKey, const Baseline &baseline)
{
    m_project.baseline = baseline;
    Q_EMIT baselineChanged();
}

void SchemaDocument::setFills(CommandKey, const QList<ColumnFill> &fills)
{
    m_project.fills = fills;
    Q_EMIT fillsChanged();
}

void SchemaDocument::setSourceState(const SourceState &state)
{
    if (state == m_project.source)
        return;
    m_project.source = state;
    Q_EMIT sourceStateChanged();
}

} // namespace tw::model
