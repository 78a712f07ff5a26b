// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rebuild/schemaevolution.h"

#include "migrations/rebuild/sqlidentifiers.h"

namespace tw::migrations {
namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

void renamed(QStringList &names, const QString &from, const QString &to)
{
    for (QString &name : names) {
        if (SchemaEvolution::sameName(name, from))
            name = to;
    }
}

void removeTable(SchemaDefinition &schema, const QString &name)
{
    schema.tables.removeIf([&](const TableDefinition &t) { return SchemaEvolution::sameName(t.name, name); });
}

void renameTable(SchemaDefinition &schema, const RenameTable &op)
{
    for (TableDefinition &t : schema.tables) {
        if (SchemaEvolution::sameName(t.name, op.from))
            t.name = op.to;
        for (ForeignKeyDefinition &fk : t.foreignKeys) {
            if (SchemaEvolution::sameName(fk.table, op.from))
                fk.table = op.to;
            if (SchemaEvolution::sameName(fk.targetTable, op.from))
                fk.targetTable = op.to;
        }
        for (IndexDefinition &index : t.indexes) {
            if (SchemaEvolution::sameName(index.table, op.from))
                index.table = op.to;
        }
    }
    for (ViewDefinition &v : schema.views)
        v.definition = SqlIdentifiers::renamed(v.definition, op.from, op.to);
}

void renameColumn(SchemaDefinition &schema, const RenameColumn &op)
{
    TableDefinition *table = SchemaEvolution::table(schema, op.table);
    if (!table)
        return;
    for (ColumnDefinition &c : table->columns) {
        if (SchemaEvolution::sameName(c.name, op.from))
            c.name = op.to;
    }
    for (TableDefinition &t : schema.tables) {
        for (ForeignKeyDefinition &fk : t.foreignKeys) {
            if (SchemaEvolution::sameName(fk.table, op.table))
                renamed(fk.columns, op.from, op.to);
            if (SchemaEvolution::sameName(fk.targetTable, op.table))
                renamed(fk.targetColumns, op.from, op.to);
        }
    }
    for (IndexDefinition &index : table->indexes) {
        for (IndexTerm &term : index.terms) {
            if (!term.isExpression && SchemaEvolution::sameName(term.text, op.from))
                term.text = op.to;
        }
    }
}

void addColumn(SchemaDefinition &schema, const AddColumn &op)
{
    TableDefinition *table = SchemaEvolution::table(schema, op.table);
    if (!table)
        return;
    table->columns << op.column;
    if (op.reference)
        table->foreignKeys << *op.reference;
}

void dropColumn(SchemaDefinition &schema, const DropColumn &op)
{
    TableDefinition *table = SchemaEvolution::table(schema, op.table);
    if (!table)
        return;
    table->columns.removeIf([&](const ColumnDefinition &c) { return SchemaEvolution::sameName(c.name, op.column); });
}

void rebuildTable(SchemaDefinition &schema, const RebuildTable &op)
{
    TableDefinition rebuilt = op.table;
    rebuilt.indexes.clear(); // the CreateIndex operations that follow add them back
    if (TableDefinition *table = SchemaEvolution::table(schema, op.table.name))
        *table = rebuilt;
    else
        schema.tables << rebuilt;
}

} // namespace

bool SchemaEvolution::sameName(const QString &a, const QString &b)
{
    // Qt folds case one code point for one: names of different lengths never match.
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

TableDefinition *SchemaEvolution::table(SchemaDefinition &schema, const QString &name)
{
    for (TableDefinition &t : schema.tables) {
        if (sameName(t.name, name))
            return &t;
    }
    return nullptr;
}

const TableDefinition *SchemaEvolution::table(const SchemaDefinition &schema, const QString &name)
{
    for (const TableDefinition &t : schema.tables) {
        if (sameName(t.name, name))
            return &t;
    }
    return nullptr;
}

void SchemaEvolution::apply(SchemaDefinition &schema, const Operation &operation)
{
    std::visit(Overloaded{
                   [&](const CreateTable &op) {
                       TableDefinition created = op.table;
                       created.indexes.clear();
                       schema.tables << created;
                   },
                   [&](const DropTable &op) { removeTable(schema, op.table); },
                   [&](const RenameTable &op) { renameTable(schema, op); },
                   [&](const RenameColumn &op) { renameColumn(schema, op); },
                   [&](const AddColumn &op) { addColumn(schema, op); },
                   [&](const DropColumn &op) { dropColumn(schema, op); },
                   [&](const RebuildTable &op) { rebuildTable(schema, op); },
                   [&](const CreateIndex &op) {
                       if (TableDefinition *t = table(schema, op.index.table))
                           t->indexes << op.index;
                   },
                   [&](const DropIndex &op) {
                       for (TableDefinition &t : schema.tables)
                           t.indexes.removeIf([&](const IndexDefinition &i) { return sameName(i.name, op.name); });
                   },
                   [&](const CreateView &op) {
                       schema.views << ViewDefinition{{}, op.name, {}, op.definition, false};
                   },
                   [&](const DropView &op) {
                       schema.views.removeIf([&](const ViewDefinition &v) { return sameName(v.name, op.name); });
                   },
               },
               operation);
}

} // namespace tw::migrations
