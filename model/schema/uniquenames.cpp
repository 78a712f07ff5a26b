// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/uniquenames.h"

#include "model/schema/naming.h"
#include "model/schema/schema.h"

#include <algorithm>

namespace tw::model::uniquenames {
namespace {

template<typename List, typename NameOf>
bool anyNamed(const List &list, const QString &name, NameOf nameOf)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const auto &element) { return naming::sqlNamesEqual(nameOf(element), name); });
}

bool isIndexNameTaken(const Table &table, const QString &name)
{
    for (const Column &column : table.columns) {
        if (column.unique && naming::sqlNamesEqual(columnUniqueIndexName(table, column), name))
            return true;
    }
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (naming::sqlNamesEqual(uniqueConstraintIndexName(table, unique), name))
            return true;
    }
    return anyNamed(table.indexes, name, [](const Index &index) { return index.name; });
}

// Tables and views are exported as `export const <tsName>`; a new one derives its TypeScript name from the SQL one.
bool isExportTaken(const Schema &schema, const QString &name)
{
    const QString tsName = naming::camelCaseFromSnake(name);
    return std::any_of(schema.tables.cbegin(), schema.tables.cend(),
                       [&](const Table &table) { return table.effectiveTsName() == tsName; }) ||
           std::any_of(schema.views.cbegin(), schema.views.cend(),
                       [&](const View &view) { return view.effectiveTsName() == tsName; });
}

bool isColumnNameTaken(const Table *table, const QString &name)
{
    if (!table)
        return false;
    const QString tsName = naming::camelCaseFromSnake(name);
    return std::any_of(table->columns.cbegin(), table->columns.cend(), [&](const Column &column) {
        return naming::sqlNamesEqual(column.name, name) || column.effectiveTsName() == tsName;
    });
}

bool isTaken(const Schema &schema, Kind kind, const Id &tableId, const QString &name)
{
    switch (kind) {
    case Kind::Table:
    case Kind::View:
        return isSchemaNameTaken(schema, name) || isExportTaken(schema, name);
    case Kind::Index:
        return isSchemaNameTaken(schema, name);
    case Kind::Column:
        return isColumnNameTaken(schema.table(tableId), name);
    case Kind::CheckConstraint: {
        const Table *table = schema.table(tableId);
        return table && anyNamed(table->checkConstraints, name, [](const CheckConstraint &c) { return c.name; });
    }
    }
    return false;
}

} // namespace

QString unusedName(const Schema &schema, Kind kind, const QString &stem, Numbering numbering, const Id &tableId)
{
    return firstFreeName(
        stem, [&](const QString &name) { return isTaken(schema, kind, tableId, name); }, QStringLiteral("_"),
        numbering);
}

bool isSchemaNameTaken(const Schema &schema, const QString &name)
{
    return anyNamed(schema.tables, name, [](const Table &table) { return table.name; }) ||
           anyNamed(schema.views, name, [](const View &view) { return view.name; }) ||
           std::any_of(schema.tables.cbegin(), schema.tables.cend(),
                       [&](const Table &table) { return isIndexNameTaken(table, name); });
}

QString firstFreeName(const QString &stem, const std::function<bool(const QString &)> &isTaken,
                      const QString &separator, Numbering numbering)
{
    if (numbering == Numbering::WhenTaken && !isTaken(stem))
        return stem;
    for (int n = numbering == Numbering::Always ? 1 : 2;; ++n) {
        const QString name = stem + separator + QString::number(n);
        if (!isTaken(name))
            return name;
    }
}

namespace {

QString columnsIndexStem(const Table &table, const QList<Id> &columns)
{
    QStringList words{table.name};
    words << table.columnNames(columns);
    return words.join(QLatin1Char('_')) + QLatin1String("_idx");
}

} // namespace

QString columnsIndexName(const Schema &schema, const Table &table, const QList<Id> &columns)
{
    return unusedName(schema, Kind::Index, columnsIndexStem(table, columns));
}

bool isColumnsIndexName(const Table &table, const QList<Id> &columns, const QString &name)
{
    const QString stem = columnsIndexStem(table, columns);
    if (name == stem)
        return true;
    if (!name.startsWith(stem + QLatin1Char('_')))
        return false;
    bool number = false;
    name.mid(stem.size() + 1).toInt(&number);
    return number;
}

QString columnUniqueIndexName(const Table &table, const Column &column)
{
    return table.name + QLatin1Char('_') + column.name + QLatin1String("_unique");
}

QString uniqueConstraintIndexName(const Table &table, const UniqueConstraint &unique)
{
    if (!unique.name.isEmpty())
        return unique.name;
    return table.name + QLatin1Char('_') + table.columnNames(unique.columns).join(QLatin1Char('_')) +
           QLatin1String("_unique");
}

} // namespace tw::model::uniquenames
