// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/apply/rehearsalmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tw::views {

using migrations::TableRehearsal;

RehearsalModel::RehearsalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RehearsalModel::setReport(const migrations::RehearsalReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int RehearsalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.tables.size());
}

int RehearsalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RehearsalModel::count(const TableRehearsal &table, int column)
{
    switch (column) {
    case RowsBeforeColumn:
        return table.rowsBefore;
    case RowsAfterColumn:
        return table.rowsAfter;
    case DeletedColumn:
        return table.rowsDeleted;
    case NulledColumn:
        return table.valuesNulled;
    case DroppedColumn:
        return table.valuesDropped;
    case ViolationsColumn:
        return table.foreignKeyViolations;
    default:
        return -1;
    }
}

QVariant RehearsalModel::displayData(const TableRehearsal &table, int column) const
{
    if (column == TableColumn) {
        if (!table.renamedTo.isEmpty())
            return tr("%1 \u2192 %2").arg(table.table, table.renamedTo);
        if (table.rowsBefore < 0)
            return tr("%1 (new)").arg(table.table);
        if (table.rowsAfter < 0)
            return tr("%1 (dropped)").arg(table.table);
        return table.table;
    }
    const qint64 n = count(table, column);
    return n < 0 ? QStringLiteral("\u2014") : migrations::formatCount(n);
}

QVariant RehearsalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRehearsal &table = m_report.tables.at(index.row());
    const bool losesData = table.losesData();
    const bool broken = table.foreignKeyViolations > 0;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(table, index.column());
    case CountRole:
        return index.column() == TableColumn ? QVariant() : QVariant(count(table, index.column()));
    case LosesDataRole:
        return losesData;
    case Qt::TextAlignmentRole:
        return index.column() == TableColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (broken || losesData)
            return QBrush(broken ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xec, 0xc7));
        return {};
    case Qt::ForegroundRole:
        if (broken || losesData)
            return QBrush(QColor(0x5c, 0x1a, 0x1a));
        return {};
    case Qt::FontRole:
        if (losesData || broken) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (broken)
            return tr("%n row(s) reference missing rows: the real apply is refused", nullptr,
                      int(table.foreignKeyViolations));
        if (table.rowsBefore > 0 && table.rowsAfter < 0)
            return tr("The table is dropped with its rows");
        if (losesData)
            return tr("Rows or values of this table are lost");
        return {};
    default:
        return {};
    }
}

QVariant RehearsalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn:
        return tr("Table");
    case RowsBeforeColumn:
        return tr("Rows before");
    case RowsAfterColumn:
        return tr("Rows after");
    case DeletedColumn:
        return tr("Deleted");
    case NulledColumn:
        return tr("Set to NULL");
    case DroppedColumn:
        return tr("Values dropped");
    case ViolationsColumn:
        return tr("FK violations");
    default:
        return {};
    }
}

} // namespace tw::views
