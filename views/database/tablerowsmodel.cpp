// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/tablerowsmodel.h"

#include "database/inspector/databaseinspector.h"
#include "views/database/resulttablemodel.h"

#include <climits>

namespace tw::views {

TableRowsModel::TableRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TableRowsModel::setInspector(database::DatabaseInspector *inspector)
{
    beginResetModel();
    m_inspector = inspector;
    m_query = {};
    m_columns.clear();
    m_rowCount = 0;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

QString TableRowsModel::setTable(const QString &table)
{
    beginResetModel();
    m_query = {};
    m_columns.clear();
    m_rowCount = 0;
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesRead = 0;
    m_lastError.clear();
    if (m_inspector && !table.isEmpty()) {
        const auto described = m_inspector->describe(table);
        if (!described) {
            m_lastError = described.error();
        } else {
            m_query.table = described.value().name;
            m_query.keyColumn = m_inspector->rowKeyColumn(described.value());
            for (const database::LiveColumn &c : described.value().columns)
                m_columns << c.name;
            m_query.filterColumns = m_columns;
        }
    }
    endResetModel();
    if (!m_query.table.isEmpty())
        reload();
    return m_lastError;
}

void TableRowsModel::setFilterText(const QString &text)
{
    if (m_query.filterText == text)
        return;
    m_query.filterText = text;
    reload();
}

void TableRowsModel::refresh()
{
    reload();
}

void TableRowsModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_rowCount = 0;
    if (m_inspector && !m_query.table.isEmpty()) {
        const auto counted = m_inspector->countRows(m_query);
        if (counted) {
            m_rowCount = int(std::min<qint64>(counted.value(), INT_MAX));
            m_lastError.clear();
        } else {
            m_lastError = counted.error();
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
}

void TableRowsModel::reportError(const QString &message) const
{
    m_lastError = message;
    // data() is const and may run inside a paint: tell the view after it is done.
    QMetaObject::invokeMethod(const_cast<TableRowsModel *>(this), "errorOccurred", Qt::QueuedConnection,
                              Q_ARG(QString, message));
}

const QList<QVariantList> *TableRowsModel::pageFor(int row) const
{
    const qint64 page = row / kPageSize;
    const auto cached = m_pages.constFind(page);
    if (cached != m_pages.cend()) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
        return &cached.value();
    }
    if (!m_inspector)
        return nullptr;
    const auto read = m_inspector->page(m_query, page * kPageSize, kPageSize);
    ++m_pagesRead;
    if (!read) {
        reportError(read.error());
        return nullptr;
    }
    if (m_pageOrder.size() >= kCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(page);
    return &m_pages.insert(page, read.value().rows).value();
}

int TableRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TableRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != Qt::TextAlignmentRole)
        return {};
    const QList<QVariantList> *page = pageFor(index.row());
    if (!page)
        return {};
    const int offset = m_query.keyColumn.isEmpty() ? 0 : 1;
    const QVariantList row = page->value(index.row() % kPageSize);
    return cellData(row.value(index.column() + offset), role);
}

QVariant TableRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_columns.value(section);
}

bool TableRowsModel::isEditable() const
{
    return m_inspector && m_inspector->isWriting() && !m_query.keyColumn.isEmpty();
}

Qt::ItemFlags TableRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool TableRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable())
        return false;
    const QList<QVariantList> *page = pageFor(index.row());
    if (!page)
        return false;
    const QVariant key = page->value(index.row() % kPageSize).value(0);
    const QString error =
        m_inspector->updateCell(m_query.table, m_query.keyColumn, key, m_columns.value(index.column()), value);
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        return false;
    }
    const qint64 pageIndex = index.row() / kPageSize;
    m_pages.remove(pageIndex);
    m_pageOrder.removeOne(pageIndex);
    Q_EMIT dataChanged(index, index);
    return true;
}

void TableRowsModel::sort(int column, Qt::SortOrder order)
{
    const QString sortColumn = column >= 0 ? m_columns.value(column) : QString();
    const bool descending = order == Qt::DescendingOrder;
    if (sortColumn == m_query.sortColumn && descending == m_query.descending)
        return;
    m_query.sortColumn = sortColumn;
    m_query.descending = descending;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

} // namespace tw::views
