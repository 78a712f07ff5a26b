// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/indexesmodel.h"

#include "model/itemmodels/columnlist.h"
#include "model/schema/uniquenames.h"

namespace tw::model {
namespace {

QList<Id> columnsOf(const QList<IndexPart> &parts)
{
    QList<Id> columns;
    for (const IndexPart &part : parts) {
        if (!part.isExpression())
            columns << part.column;
    }
    return columns;
}

} // namespace

IndexesModel::IndexesModel(SchemaDocument *document, QObject *parent)
    : TableItemModel(document, TableCollection::Indexes, parent)
{
}

int IndexesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant IndexesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableItemModel::headerData(section, orientation, role);
    static const QStringList headers = {tr("Name"), tr("Columns / expressions"), tr("Unique"), tr("Where")};
    return headers.value(section);
}

Qt::ItemFlags IndexesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableItemModel::flags(index);
    if (!index.isValid())
        return f;
    return f | (index.column() == Unique ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QString IndexesModel::partsText(const Table &table, const QList<IndexPart> &parts)
{
    QStringList terms;
    for (const IndexPart &part : parts)
        terms << (part.isExpression() ? part.expression : table.columnNames({part.column}).value(0));
    return terms.join(QStringLiteral(", "));
}

QList<IndexPart> IndexesModel::partsFromText(const Table &table, const QString &text)
{
    QList<IndexPart> parts;
    for (const QString &term : columnlist::splitTopLevel(text)) {
        const Column *column = table.columnNamed(term);
        parts << (column ? IndexPart::ofColumn(column->id) : IndexPart::ofExpression(term));
    }
    return parts;
}

QVariant IndexesModel::itemData(const Table &table, int row, int field, int role) const
{
    const Index &index = table.indexes.at(row);
    if (role == Qt::CheckStateRole)
        return field == Unique ? QVariant(index.unique ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == ChoicesRole)
        return field == Parts ? QVariant(columnlist::choices(&table)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (field) {
    case Name:
        return index.name;
    case Parts:
        return partsText(table, index.parts);
    case Where:
        return index.where;
    default:
        return {};
    }
}

bool IndexesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Table *t = table();
    if (!t || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Index item = t->indexes.at(index.row());
    EditAspect aspect = EditAspect::Definition;
    if (index.column() == Unique) {
        if (role != Qt::CheckStateRole)
            return false;
        item.unique = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Name) {
        item.name = value.toString().trimmed();
        aspect = EditAspect::Name;
    } else if (index.column() == Parts) {
        const QList<IndexPart> parts = partsFromText(*t, value.toString());
        // A name nobody chose follows the columns (`users_idx` becomes `users_email_idx`); a chosen one stays.
        if (uniquenames::isColumnsIndexName(*t, columnsOf(item.parts), item.name))
            item.name = uniquenames::columnsIndexName(schema(), *t, columnsOf(parts));
        item.parts = parts;
    } else if (index.column() == Where) {
        item.where = value.toString().trimmed();
    }
    return editor().changeItem(tableId(), item, aspect);
}

int IndexesModel::addItem()
{
    const Table *t = table();
    if (!t)
        return -1;
    Index index;
    // Numbered (`posts_idx_1`) until columns are picked: then the index is named after them.
    index.name = unusedName(uniquenames::Kind::Index, t->name + QStringLiteral("_idx"));
    return editor().addItem(tableId(), index).isNull() ? -1 : rowCount() - 1;
}

} // namespace tw::model
