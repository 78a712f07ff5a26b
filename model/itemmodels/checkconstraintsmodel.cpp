// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/checkconstraintsmodel.h"

namespace tw::model {

CheckConstraintsModel::CheckConstraintsModel(SchemaDocument *document, QObject *parent)
    : TableItemModel(document, TableCollection::CheckConstraints, parent)
{
}

int CheckConstraintsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant CheckConstraintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableItemModel::headerData(section, orientation, role);
    return section == Name ? tr("Name") : tr("Expression");
}

Qt::ItemFlags CheckConstraintsModel::flags(const QModelIndex &index) const
{
    return TableItemModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant CheckConstraintsModel::itemData(const Table &table, int row, int field, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const CheckConstraint &check = table.checkConstraints.at(row);
    return field == Name ? check.name : check.expression;
}

bool CheckConstraintsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Table *t = table();
    if (!t || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    CheckConstraint check = t->checkConstraints.at(index.row());
    (index.column() == Name ? check.name : check.expression) = value.toString().trimmed();
    return editor().changeItem(tableId(), check, index.column() == Name ? EditAspect::Name : EditAspect::Definition);
}

int CheckConstraintsModel::addItem()
{
    const Table *t = table();
    if (!t)
        return -1;
    CheckConstraint check;
    check.name = unusedName(uniquenames::Kind::CheckConstraint, t->name + QStringLiteral("_check"));
    return editor().addItem(tableId(), check).isNull() ? -1 : rowCount() - 1;
}

} // namespace tw::model
