// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/table.h"

#include "model/schema/idlookup.h"
#include "model/schema/naming.h"

#include <algorithm>

namespace tw::model {
namespace {

bool sameSet(QList<Id> a, QList<Id> b)
{
    if (a.size() != b.size())
        return false;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

QString Table::effectiveTsName() const
{
    return tsName.isEmpty() ? naming::camelCaseFromSnake(name) : tsName;
}

const Column *Table::column(const Id &columnId) const
{
    return findById(columns, columnId);
}
Column *Table::column(const Id &columnId)
{
    return findById(columns, columnId);
}
qsizetype Table::columnRow(const Id &columnId) const
{
    return indexOfId(columns, columnId);
}

const Column *Table::columnNamed(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (naming::sqlNamesEqual(c.name, columnName))
            return &c;
    }
    return nullptr;
}

QList<Id> Table::primaryKeyColumns() const
{
    if (primaryKey)
        return primaryKey->columns;
    QList<Id> ids;
    for (const Column &c : columns) {
        if (c.primaryKey)
            ids << c.id;
    }
    return ids;
}

bool Table::isUniqueKey(const QList<Id> &columnIds) const
{
    if (columnIds.isEmpty())
        return false;
    if (sameSet(columnIds, primaryKeyColumns()))
        return true;
    if (columnIds.size() == 1) {
        if (const Column *c = column(columnIds.first()); c && c->unique)
            return true;
    }
    for (const UniqueConstraint &u : uniqueConstraints) {
        if (sameSet(columnIds, u.columns))
            return true;
    }
    for (const Index &index : indexes) {
        if (!index.unique || !index.where.isEmpty())
            continue;
        QList<Id> indexed;
        for (const IndexPart &part : index.parts) {
            if (part.isExpression())
                break;
            indexed << part.column;
        }
        if (indexed.size() == index.parts.size() && sameSet(columnIds, indexed))
            return true;
    }
    return false;
}

QStringList Table::columnNames(const QList<Id> &columnIds) const
{
    QStringList names;
    for (const Id &id : columnIds) {
        const Column *c = column(id);
        names << (c ? c->name : QStringLiteral("?"));
    }
    return names;
}

} // namespace tw::model
