// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/branches/operationreplay.h"

#include <algorithm>
#include <variant>

namespace tw::migrations {
namespace {

template<typename T>
void removeNamed(QList<T> &list, const QString &name)
{
    list.removeIf([&name](const T &item) { return item.name == name; });
}

TableDefinition *tableNamed(SchemaDefinition &schema, const QString &name)
{
    for (TableDefinition &t : schema.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

void dropTable(SchemaDefinition &schema, const QString &name)
{
    removeNamed(schema.tables, name);
    for (TableDefinition &t : schema.tables)
        t.foreignKeys.removeIf([&name](const ForeignKeyDefinition &fk) { return fk.targetTable == name; });
}

void addTable(SchemaDefinition &schema, const TableDefinition &table)
{
    dropTable(schema, table.name);
    schema.tables << table;
}

void renameTable(SchemaDefinition &schema, const RenameTable &op)
{
    if (TableDefinition *t = tableNamed(schema, op.from)) {
        t->name = op.to;
        for (IndexDefinition &index : t->indexes)
            index.table = op.to;
        for (ForeignKeyDefinition &fk : t->foreignKeys)
            fk.table = op.to;
    }
    for (TableDefinition &t : schema.tables) {
        for (ForeignKeyDefinition &fk : t.foreignKeys) {
            if (fk.targetTable == op.from)
                fk.targetTable = op.to;
        }
    }
}

void renameIn(QStringList &columns, const QString &from, const QString &to)
{
    std::replace(columns.begin(), columns.end(), from, to);
}

void renameColumn(SchemaDefinition &schema, const RenameColumn &op)
{
    TableDefinition *t = tableNamed(schema, op.table);
    if (!t)
        return;
    for (ColumnDefinition &c : t->columns) {
        if (c.name == op.from)
            c.name = op.to;
    }
    for (IndexDefinition &index : t->indexes) {
        for (IndexTerm &term : index.terms) {
            if (!term.isExpression && term.text == op.from)
                term.text = op.to;
        }
    }
    renameIn(t->compositePrimaryKey, op.from, op.to);
    for (UniqueDefinition &unique : t->uniques)
        renameIn(unique.columns, op.from, op.to);
    for (ForeignKeyDefinition &fk : t->foreignKeys)
        renameIn(fk.columns, op.from, op.to);
    for (TableDefinition &other : schema.tables) {
        for (ForeignKeyDefinition &fk : other.foreignKeys) {
            if (fk.targetTable == op.table)
                renameIn(fk.targetColumns, op.from, op.to);
        }
    }
}

void addColumn(SchemaDefinition &schema, const AddColumn &op)
{
    TableDefinition *t = tableNamed(schema, op.table);
    if (!t)
        return;
    removeNamed(t->columns, op.column.name);
    t->columns << op.column;
    if (op.reference) {
        removeNamed(t->foreignKeys, op.reference->name);
        t->foreignKeys << *op.reference;
    }
}

void createIndex(SchemaDefinition &schema, const IndexDefinition &index)
{
    if (TableDefinition *t = tableNamed(schema, index.table)) {
        removeNamed(t->indexes, index.name);
        t->indexes << index;
    }
}

void createView(SchemaDefinition &schema, const CreateView &op)
{
    removeNamed(schema.views, op.name);
    ViewDefinition view;
    view.name = op.name;
    view.definition = op.definition;
    schema.views << view;
}

void replay(SchemaDefinition &schema, const Operation &operation)
{
    std::visit(
        [&schema](const auto &op) {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, CreateTable>) {
                addTable(schema, op.table);
            } else if constexpr (std::is_same_v<T, RebuildTable>) {
                addTable(schema, op.table);
            } else if constexpr (std::is_same_v<T, DropTable>) {
                dropTable(schema, op.table);
            } else if constexpr (std::is_same_v<T, RenameTable>) {
                renameTable(schema, op);
            } else if constexpr (std::is_same_v<T, RenameColumn>) {
                renameColumn(schema, op);
            } else if constexpr (std::is_same_v<T, AddColumn>) {
                addColumn(schema, op);
            } else if constexpr (std::is_same_v<T, DropColumn>) {
                if (TableDefinition *t = tableNamed(schema, op.table))
                    removeNamed(t->columns, op.column);
            } else if constexpr (std::is_same_v<T, CreateIndex>) {
                createIndex(schema, op.index);
            } else if constexpr (std::is_same_v<T, DropIndex>) {
                if (TableDefinition *t = tableNamed(schema, op.table))
                    removeNamed(t->indexes, op.name);
            } else if constexpr (std::is_same_v<T, CreateView>) {
                createView(schema, op);
            } else {
                removeNamed(schema.views, op.name);
            }
        },
        operation);
}

} // namespace

SchemaDefinition OperationReplay::replayed(SchemaDefinition schema, const QList<Operation> &operations)
{
    for (const Operation &operation : operations)
        replay(schema, operation);
    return schema;
}

} // namespace tw::migrations
