// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/tableitemmodel.h"

#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"
#include "model/schema/naming.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

#include <type_traits>

namespace tw::model {
namespace {

const QString kRowMimeType = QStringLiteral("application/x-tablewright-item-row");

// Calls @p f with a value of the item type that @p collection holds.
template<typename F>
decltype(auto) withItemType(TableCollection collection, F &&f)
{
    switch (collection) {
    case TableCollection::Columns:
        return f(std::type_identity<Column>{});
    case TableCollection::Indexes:
        return f(std::type_identity<Index>{});
    case TableCollection::ForeignKeys:
        return f(std::type_identity<ForeignKey>{});
    case TableCollection::UniqueConstraints:
        return f(std::type_identity<UniqueConstraint>{});
    case TableCollection::CheckConstraints:
        break;
    }
    return f(std::type_identity<CheckConstraint>{});
}

} // namespace

TableItemModel::TableItemModel(SchemaDocument *document, TableCollection collection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_collection(collection)
{
    connectDocument();
}

void TableItemModel::connectDocument()
{
    SchemaDocument *d = m_document;
    connect(d, &SchemaDocument::aboutToInsertItem, this, [this](const Id &t, TableCollection c, int row) {
        if (isMine(t, c))
            beginInsertRows({}, row, row);
    });
    connect(d, &SchemaDocument::itemInserted, this, [this](const Id &t, TableCollection c) {
        if (isMine(t, c))
            endInsertRows();
    });
    connect(d, &SchemaDocument::aboutToRemoveItem, this, [this](const Id &t, TableCollection c, const Id &, int row) {
        if (isMine(t, c))
            beginRemoveRows({}, row, row);
    });
    connect(d, &SchemaDocument::itemRemoved, this, [this](const Id &t, TableCollection c) {
        if (isMine(t, c))
            endRemoveRows();
    });
    connect(d, &SchemaDocument::aboutToMoveItem, this, [this](const Id &t, TableCollection c, int from, int to) {
        if (isMine(t, c))
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(d, &SchemaDocument::itemMoved, this, [this](const Id &t, TableCollection c) {
        if (isMine(t, c))
            endMoveRows();
    });
    // Cells show names of columns and tables held elsewhere, so any other change may alter what a row says.
    connect(d, &SchemaDocument::itemChanged, this, &TableItemModel::refreshAllRows);
    connect(d, &SchemaDocument::tableChanged, this, &TableItemModel::refreshAllRows);
    connect(d, &SchemaDocument::aboutToReplaceTable, this, [this](const Id &t) {
        if (t == m_tableId && m_present)
            beginResetModel();
    });
    connect(d, &SchemaDocument::tableReplaced, this, [this](const Id &t) {
        if (t == m_tableId && m_present)
            endResetModel();
        else
            refreshAllRows();
    });
    connect(d, &SchemaDocument::aboutToRemoveTable, this, [this](const Id &t) {
        if (t == m_tableId && m_present)
            beginResetModel();
    });
    connect(d, &SchemaDocument::tableRemoved, this, [this](const Id &t) {
        if (t == m_tableId && m_present) {
            m_present = false;
            endResetModel();
        }
    });
    connect(d, &SchemaDocument::tableInserted, this, [this](const Id &t) {
        if (t == m_tableId && !m_present)
            resetTo(t);
    });
    connect(d, &SchemaDocument::projectReset, this, [this] { resetTo(m_tableId); });
}

bool TableItemModel::isMine(const Id &tableId, TableCollection collection) const
{
    return m_present && collection == m_collection && tableId == m_tableId;
}

void TableItemModel::refreshAllRows()
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

void TableItemModel::resetTo(const Id &tableId)
{
    beginResetModel();
    m_tableId = tableId;
    m_present = !tableId.isNull() && m_document->schema().table(tableId) != nullptr;
    endResetModel();
}

void TableItemModel::setTableId(const Id &tableId)
{
    resetTo(tableId);
}

const Table *TableItemModel::table() const
{
    return m_present ? m_document->schema().table(m_tableId) : nullptr;
}

Id TableItemModel::itemId(int row) const
{
    const Table *t = table();
    if (!t || row < 0 || row >= rowCount())
        return {};
    return withItemType(m_collection, [&](auto type) { return itemsOf<typename decltype(type)::type>(*t)[row].id; });
}

int TableItemModel::rowOf(const Id &itemId) const
{
    const Table *t = table();
    if (!t)
        return -1;
    return withItemType(m_collection,
                        [&](auto type) { return int(indexOfId(itemsOf<typename decltype(type)::type>(*t), itemId)); });
}

bool TableItemModel::removeItemAt(int row)
{
    const Id id = itemId(row);
    if (id.isNull())
        return false;
    return withItemType(m_collection,
                        [&](auto type) { return editor().removeItem<typename decltype(type)::type>(m_tableId, id); });
}

bool TableItemModel::moveItem(int from, int to)
{
    const Id id = itemId(from);
    if (id.isNull() || to < 0 || to >= rowCount() || to == from)
        return false;
    return withItemType(m_collection,
                        [&](auto type) { return editor().moveItem<typename decltype(type)::type>(m_tableId, id, to); });
}

int TableItemModel::rowCount(const QModelIndex &parent) const
{
    const Table *t = parent.isValid() ? nullptr : table();
    if (!t)
        return 0;
    return withItemType(m_collection,
                        [&](auto type) { return int(itemsOf<typename decltype(type)::type>(*t).size()); });
}

QVariant TableItemModel::data(const QModelIndex &index, int role) const
{
    const Table *t = table();
    if (!t || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return itemId(index.row()).toString();
    if ((role == Qt::BackgroundRole || role == Qt::ToolTipRole) && !m_findings.isEmpty())
        return findingData(itemId(index.row()), itemData(*t, index.row(), index.column(), role), role);
    return itemData(*t, index.row(), index.column(), role);
}

void TableItemModel::setFindings(const Findings &findings)
{
    QHash<Id, Findings> byItem;
    for (const Finding &finding : findings) {
        if (!finding.location.item.isNull())
            byItem[finding.location.item] << finding;
    }
    if (byItem == m_findings)
        return;
    m_findings = std::move(byItem);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole});
}

QVariant TableItemModel::findingData(const Id &itemId, const QVariant &own, int role) const
{
    const auto found = m_findings.constFind(itemId);
    if (found == m_findings.cend())
        return own;
    const bool error = std::any_of(found->cbegin(), found->cend(), [](const Finding &f) { return f.isError(); });
    if (role == Qt::BackgroundRole)
        return error ? QColor(220, 38, 38, 48) : QColor(217, 119, 6, 40);
    QStringList lines;
    if (!own.toString().isEmpty())
        lines << own.toString();
    for (const Finding &finding : *found)
        lines << (finding.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(finding.message);
    return lines.join(u'\n');
}

Qt::ItemFlags TableItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

bool TableItemModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    // One item per command; Qt's destination is the row before which it lands.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    return moveItem(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
}

Qt::DropActions TableItemModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TableItemModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TableItemModel::mimeTypes() const
{
    return {kRowMimeType};
}

QMimeData *TableItemModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !table())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << m_tableId.toString() << int(m_collection) << indexes.first().row();
    auto *mime = new QMimeData;
    mime->setData(kRowMimeType, bytes);
    return mime;
}

// The row being dragged, when the drag comes from this table's list; -1 otherwise.
int TableItemModel::sourceRowOf(const QMimeData *data) const
{
    if (!data || !data->hasFormat(kRowMimeType))
        return -1;
    QByteArray bytes = data->data(kRowMimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    QString table;
    int collection = -1;
    int row = -1;
    stream >> table >> collection >> row;
    if (table != m_tableId.toString() || collection != int(m_collection) || row < 0 || row >= rowCount())
        return -1;
    return row;
}

bool TableItemModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && sourceRowOf(data) >= 0;
}

bool TableItemModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const int source = sourceRowOf(data);
    if (action != Qt::MoveAction || source < 0)
        return false;
    // row -1: dropped onto an item (parent) or below the last one.
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    moveRows({}, source, 1, {}, before);
    // Answering false keeps the view from removing the source row itself: the move command already moved it.
    return false;
}

const Schema &TableItemModel::schema() const
{
    return m_document->schema();
}

QString TableItemModel::unusedName(uniquenames::Kind kind, const QString &stem) const
{
    return uniquenames::unusedName(m_document->schema(), kind, stem, uniquenames::Numbering::Always, tableId());
}

} // namespace tw::model
