// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/foreignkeysmodel.h"

#include "model/document/schemadocument.h"
#include "model/itemmodels/columnlist.h"

#include <algorithm>

namespace tw::model {

ForeignKeysModel::ForeignKeysModel(SchemaDocument *document, QObject *parent)
    : TableItemModel(document, TableCollection::ForeignKeys, parent)
{
}

int ForeignKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant ForeignKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableItemModel::headerData(section, orientation, role);
    static const QStringList headers = {tr("Name"),           tr("Columns"),   tr("References"),
                                        tr("Target columns"), tr("On delete"), tr("On update")};
    return headers.value(section);
}

Qt::ItemFlags ForeignKeysModel::flags(const QModelIndex &index) const
{
    return TableItemModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant ForeignKeysModel::itemData(const Table &table, int row, int field, int role) const
{
    const ForeignKey &key = table.foreignKeys.at(row);
    const Schema &schema = document()->schema();
    const Table *target = schema.table(key.targetTable);
    if (role == ChoicesRole) {
        switch (field) {
        case Columns:
            return columnlist::choices(&table);
        case TargetTable: {
            QStringList names;
            for (const Table &t : schema.tables)
                names << t.name;
            return names;
        }
        case TargetColumns:
            return columnlist::choices(target);
        case OnDelete:
        case OnUpdate:
            return referentialActionNames();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && field == Name && key.name.isEmpty())
        return tr("Empty: drizzle names the key automatically");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (field) {
    case Name:
        return key.name;
    case Columns: {
        const QStringList names = columnlist::names(table, key.columns);
        return edit ? QVariant(names) : QVariant(names.join(QStringLiteral(", ")));
    }
    case TargetTable:
        return target ? target->name : QString();
    case TargetColumns: {
        const QStringList names = target ? columnlist::names(*target, key.targetColumns) : QStringList();
        return edit ? QVariant(names) : QVariant(names.join(QStringLiteral(", ")));
    }
    case OnDelete:
        return referentialActionName(key.onDelete);
    case OnUpdate:
        return referentialActionName(key.onUpdate);
    default:
        return {};
    }
}

bool ForeignKeysModel::applyValue(const Table &table, ForeignKey &key, int field, const QVariant &value) const
{
    const Schema &schema = document()->schema();
    switch (field) {
    case Name:
        key.name = value.toString().trimmed();
        return true;
    case Columns: {
        const std::optional<QList<Id>> ids = columnlist::idsFromNames(table, value);
        if (ids)
            key.columns = *ids;
        return ids.has_value();
    }
    case TargetTable: {
        const Table *target = schema.tableNamed(value.toString().trimmed());
        if (!target)
            return false;
        if (target->id != key.targetTable) {
            key.targetTable = target->id;
            key.targetColumns = target->primaryKeyColumns();
        }
        return true;
    }
    case TargetColumns: {
        const Table *target = schema.table(key.targetTable);
        const std::optional<QList<Id>> ids = target ? columnlist::idsFromNames(*target, value) : std::nullopt;
        if (ids)
            key.targetColumns = *ids;
        return ids.has_value();
    }
    case OnDelete:
    case OnUpdate: {
        const std::optional<ReferentialAction> action = referentialActionFromName(value.toString());
        if (action)
            (field == OnDelete ? key.onDelete : key.onUpdate) = *action;
        return action.has_value();
    }
    default:
        return false;
    }
}

bool ForeignKeysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Table *t = table();
    if (!t || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    ForeignKey key = t->foreignKeys.at(index.row());
    if (!applyValue(*t, key, index.column(), value))
        return false;
    return editor().changeItem(tableId(), key, index.column() == Name ? EditAspect::Name : EditAspect::Definition);
}

int ForeignKeysModel::addItem()
{
    const Table *t = table();
    if (!t)
        return -1;
    // A new key starts at the primary key of the first other table (or of itself when alone); the user picks.
    const QList<Table> &tables = document()->schema().tables;
    const auto other = std::find_if(tables.begin(), tables.end(), [&](const Table &c) { return c.id != t->id; });
    const Table &target = other != tables.end() ? *other : *t;
    ForeignKey key;
    key.targetTable = target.id;
    key.targetColumns = target.primaryKeyColumns();
    return editor().addItem(tableId(), key).isNull() ? -1 : rowCount() - 1;
}

} // namespace tw::model
