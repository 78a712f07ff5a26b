// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7renames.h"

namespace tw::migrations {
namespace {

const QString kTable = QStringLiteral("table");
const QString kName = QStringLiteral("name");
const QString kColumns = QStringLiteral("columns");
const QString kNameExplicit = QStringLiteral("nameExplicit");
const QString kEntityType = QStringLiteral("entityType");

JsonValue strings(const QStringList &list)
{
    JsonValue array = JsonValue::array();
    for (const QString &s : list)
        array.append(s);
    return array;
}

JsonValue nullable(const QString &text, bool isNull)
{
    return isNull ? JsonValue() : JsonValue(text);
}

/// An entity of @p table: drizzle-kit's key order starts with `table, name`.
JsonValue tableEntity(const QString &table, const QString &name)
{
    JsonValue json = JsonValue::object();
    json.insert(kTable, table);
    json.insert(kName, name);
    return json;
}

void add(JsonValue &ddl, JsonValue entity, const QString &type)
{
    entity.insert(kEntityType, type);
    ddl.append(std::move(entity));
}

void addColumns(JsonValue &ddl, const TableDefinition &table)
{
    for (const ColumnDefinition &column : table.columns) {
        JsonValue json = tableEntity(table.name, column.name);
        json.insert(QStringLiteral("type"), column.type);
        json.insert(QStringLiteral("notNull"), column.notNull);
        json.insert(QStringLiteral("autoincrement"), column.autoincrement);
        json.insert(QStringLiteral("default"), nullable(column.defaultSql.value_or(QString()), !column.defaultSql));
        JsonValue generated;
        if (column.generatedExpression) {
            generated = JsonValue::object();
            generated.insert(QStringLiteral("as"), *column.generatedExpression);
            generated.insert(QStringLiteral("type"),
                             column.generatedStored ? QStringLiteral("stored") : QStringLiteral("virtual"));
        }
        json.insert(QStringLiteral("generated"), generated);
        add(ddl, json, kColumns);
    }
}

void addIndexes(JsonValue &ddl, const TableDefinition &table)
{
    for (const IndexDefinition &index : table.indexes) {
        JsonValue terms = JsonValue::array();
        for (const IndexTerm &term : index.terms) {
            JsonValue json = JsonValue::object();
            json.insert(QStringLiteral("value"), term.text);
            json.insert(QStringLiteral("isExpression"), term.isExpression);
            terms.append(json);
        }
        JsonValue json = tableEntity(table.name, index.name);
        json.insert(kColumns, terms);
        json.insert(QStringLiteral("isUnique"), index.unique);
        json.insert(QStringLiteral("where"), nullable(index.where, index.where.isEmpty()));
        json.insert(QStringLiteral("origin"), QStringLiteral("manual"));
        add(ddl, json, QStringLiteral("indexes"));
    }
}

void addForeignKeys(JsonValue &ddl, const TableDefinition &table)
{
    for (const ForeignKeyDefinition &fk : table.foreignKeys) {
        JsonValue json = tableEntity(table.name, fk.name);
        json.insert(kColumns, strings(fk.columns));
        json.insert(QStringLiteral("tableTo"), fk.targetTable);
        json.insert(QStringLiteral("columnsTo"), strings(fk.targetColumns));
        json.insert(QStringLiteral("onUpdate"), model::referentialActionName(fk.onUpdate).toUpper());
        json.insert(QStringLiteral("onDelete"), model::referentialActionName(fk.onDelete).toUpper());
        json.insert(kNameExplicit, fk.nameExplicit);
        add(ddl, json, QStringLiteral("fks"));
    }
}

QStringList primaryKeyColumns(const TableDefinition &table)
{
    if (!table.compositePrimaryKey.isEmpty())
        return table.compositePrimaryKey;
    for (const ColumnDefinition &column : table.columns) {
        if (column.primaryKey)
            return {column.name};
    }
    return {};
}

/// drizzle-kit lists the keys declared by tables (`primaryKey({...})`) before those declared by columns.
void addPrimaryKeys(JsonValue &ddl, const QList<TableDefinition> &tables, bool tableLevel)
{
    for (const TableDefinition &table : tables) {
        const QStringList columns = primaryKeyColumns(table);
        if (columns.isEmpty() || (columns.size() > 1 || table.primaryKeyOnTable) != tableLevel)
            continue;
        const QString name = table.primaryKeyName.isEmpty() ? table.name + QStringLiteral("_pk") : table.primaryKeyName;
        JsonValue json = tableEntity(table.name, name);
        json.insert(kColumns, strings(columns));
        json.insert(kNameExplicit, table.primaryKeyNameExplicit);
        add(ddl, json, QStringLiteral("pks"));
    }
}

/// drizzle-kit lists the tables' `unique()`s before the columns' `.unique()`s.
void addUniques(JsonValue &ddl, const QList<TableDefinition> &tables, bool fromColumn)
{
    for (const TableDefinition &table : tables) {
        for (const UniqueDefinition &unique : table.uniques) {
            if (unique.fromColumn != fromColumn)
                continue;
            JsonValue json = tableEntity(table.name, unique.name);
            json.insert(kColumns, strings(unique.columns));
            json.insert(kNameExplicit, unique.nameExplicit);
            add(ddl, json, QStringLiteral("uniques"));
        }
    }
}

void addChecks(JsonValue &ddl, const TableDefinition &table)
{
    for (const CheckDefinition &check : table.checks) {
        JsonValue json = tableEntity(table.name, check.name);
        json.insert(QStringLiteral("value"), check.expression);
        add(ddl, json, QStringLiteral("checks"));
    }
}

void addViews(JsonValue &ddl, const QList<ViewDefinition> &views)
{
    for (const ViewDefinition &view : views) {
        JsonValue json = JsonValue::object();
        json.insert(kName, view.name);
        json.insert(QStringLiteral("definition"), nullable(view.definition, view.definition.isEmpty()));
        json.insert(QStringLiteral("isExisting"), view.isExisting);
        json.insert(QStringLiteral("error"), JsonValue());
        add(ddl, json, QStringLiteral("views"));
    }
}

JsonValue ddlJson(const SchemaDefinition &schema)
{
    JsonValue ddl = JsonValue::array();
    for (const TableDefinition &table : schema.tables) {
        JsonValue json = JsonValue::object();
        json.insert(kName, table.name);
        add(ddl, json, QStringLiteral("tables"));
    }
    for (const TableDefinition &table : schema.tables)
        addColumns(ddl, table);
    for (const TableDefinition &table : schema.tables)
        addIndexes(ddl, table);
    for (const TableDefinition &table : schema.tables)
        addForeignKeys(ddl, table);
    addPrimaryKeys(ddl, schema.tables, true);
    addPrimaryKeys(ddl, schema.tables, false);
    addUniques(ddl, schema.tables, false);
    addUniques(ddl, schema.tables, true);
    for (const TableDefinition &table : schema.tables)
        addChecks(ddl, table);
    addViews(ddl, schema.views);
    return ddl;
}

} // namespace

QByteArray SnapshotV7Writer::write(const SnapshotV7 &snapshot)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("version"), QStringLiteral("7"));
    json.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
    json.insert(QStringLiteral("id"), snapshot.id);
    json.insert(QStringLiteral("prevIds"), strings(snapshot.prevIds));
    json.insert(QStringLiteral("ddl"), ddlJson(snapshot.ddl));
    json.insert(QStringLiteral("renames"), strings(SnapshotV7Renames::format(snapshot.renames)));
    return JsonText::stringify(json);
}

} // namespace tw::migrations
