// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/resulttablemodel.h"

#include "database/inspector/texttable.h"

#include <QColor>
#include <QPalette>

namespace tw::views {

QVariant cellData(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return database::TextTable::cellText(value);
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        return value.isNull() || value.typeId() == QMetaType::QByteArray ? QVariant() : QVariant(value.toString());
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        const bool number = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    default:
        return {};
    }
}

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::setResult(const database::QueryResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ResultTableModel::clear()
{
    setResult({});
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return cellData(m_result.rows.at(index.row()).value(index.column()), role);
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_result.columns.value(section);
}

} // namespace tw::views
