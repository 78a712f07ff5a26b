// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/uniqueconstraintsmodel.h"

#include "model/itemmodels/columnlist.h"

namespace tw::model {

UniqueConstraintsModel::UniqueConstraintsModel(SchemaDocument *document, QObject *parent)
    : TableItemModel(document, TableCollection::UniqueConstraints, parent)
{
}

int UniqueConstraintsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant UniqueConstraintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableItemModel::headerData(section, orientation, role);
    return section == Name ? tr("Name") : tr("Columns");
}

Qt::ItemFlags UniqueConstraintsModel::flags(const QModelIndex &index) const
{
    return TableItemModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant UniqueConstraintsModel::itemData(const Table &table, int row, int field, int role) const
{
    const UniqueConstraint &constraint = table.uniqueConstraints.at(row);
    if (role == ChoicesRole)
        return field == Columns ? QVariant(columnlist::choices(&table)) : QVariant();
    if (role == Qt::ToolTipRole && field == Name && constraint.name.isEmpty())
        return tr("Empty: drizzle names the constraint automatically");
    if (field == Name && (role == Qt::DisplayRole || role == Qt::EditRole))
        return constraint.name;
    if (field == Columns && role == Qt::DisplayRole)
        return columnlist::names(table, constraint.columns).join(QStringLiteral(", "));
    if (field == Columns && role == Qt::EditRole)
        return columnlist::names(table, constraint.columns);
    return {};
}

bool UniqueConstraintsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Table *t = table();
    if (!t || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    UniqueConstraint constraint = t->uniqueConstraints.at(index.row());
    if (index.column() == Name) {
        constraint.name = value.toString().trimmed();
        return editor().changeItem(tableId(), constraint, EditAspect::Name);
    }
    const std::optional<QList<Id>> ids = columnlist::idsFromNames(*t, value);
    if (!ids)
        return false;
    constraint.columns = *ids;
    return editor().changeItem(tableId(), constraint, EditAspect::Definition);
}

int UniqueConstraintsModel::addItem()
{
    if (!table())
        return -1;
    return editor().addItem(tableId(), UniqueConstraint{}).isNull() ? -1 : rowCount() - 1;
}

} // namespace tw::model
