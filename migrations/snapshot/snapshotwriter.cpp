// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotwriter.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/drizzlenames.h"
#include "migrations/snapshot/snapshotcolumn.h"

#include <algorithm>

namespace tw::migrations {
namespace {

using model::Column;
using model::Id;
using model::Schema;
using model::Table;
using JsonResult = model::Result<JsonValue>;

const QString kName = QStringLiteral("name");
const QString kColumns = QStringLiteral("columns");

/// Builds one snapshot; the first problem met is kept and ends the writing.
class Writer
{
public:
    explicit Writer(const Schema &schema)
        : m_tables(schema.tablesById())
    {
    }

    JsonValue tables(const QList<const Table *> &tables);
    JsonValue views(const QList<const model::View *> &views);
    const JsonValue &internal() const { return m_internalIndexes; }
    const QString &error() const { return m_error; }

private:
    JsonValue table(const Table &table);
    JsonValue columns(const Table &table);
    JsonValue indexes(const Table &table);
    JsonValue foreignKeys(const Table &table);
    JsonValue compositePrimaryKeys(const Table &table);
    JsonValue checkConstraints(const Table &table);
    JsonValue column(const Column &column, SnapshotColumn::Owner owner, bool tablePrimaryKey);
    QStringList columnNames(const Table &table, const QList<Id> &ids, const QString &what);
    void addExpressionPart(const QString &index, const QString &expression);
    void fail(const QString &message) { m_error = m_error.isEmpty() ? message : m_error; }

    const QHash<Id, const Table *> m_tables;
    JsonValue m_internalIndexes = JsonValue::object();
    QString m_error;
};

JsonValue indexJson(const QString &name, const QStringList &columns, bool unique, const QString &where = {})
{
    JsonValue json = JsonValue::object();
    json.insert(kName, name);
    JsonValue array = JsonValue::array();
    for (const QString &column : columns)
        array.append(column);
    json.insert(kColumns, array);
    json.insert(QStringLiteral("isUnique"), unique);
    if (!where.isEmpty())
        json.insert(QStringLiteral("where"), where);
    return json;
}

JsonValue stringArray(const QStringList &strings)
{
    JsonValue array = JsonValue::array();
    for (const QString &s : strings)
        array.append(s);
    return array;
}

JsonValue Writer::tables(const QList<const Table *> &tables)
{
    JsonValue json = JsonValue::object();
    for (const Table *t : tables)
        json.insert(t->name, table(*t));
    return json;
}

JsonValue Writer::table(const Table &table)
{
    JsonValue json = JsonValue::object();
    json.insert(kName, table.name);
    json.insert(kColumns, columns(table));
    json.insert(QStringLiteral("indexes"), indexes(table));
    json.insert(QStringLiteral("foreignKeys"), foreignKeys(table));
    json.insert(QStringLiteral("compositePrimaryKeys"), compositePrimaryKeys(table));
    // drizzle-kit 0.31 writes every unique constraint as a unique index: this object stays empty.
    json.insert(QStringLiteral("uniqueConstraints"), JsonValue::object());
    json.insert(QStringLiteral("checkConstraints"), checkConstraints(table));
    return json;
}

JsonValue Writer::column(const Column &column, SnapshotColumn::Owner owner, bool tablePrimaryKey)
{
    JsonResult json = SnapshotColumn::toJson(column, owner, tablePrimaryKey);
    if (!json.ok()) {
        fail(json.error());
        return {};
    }
    return std::move(json).value();
}

JsonValue Writer::columns(const Table &table)
{
    // A table-level key on one column is written on the column, as drizzle does.
    const bool singleKey = table.primaryKey && table.primaryKey->columns.size() == 1;
    JsonValue json = JsonValue::object();
    for (const Column &c : table.columns) {
        const bool keyed = singleKey && table.primaryKey->columns.first() == c.id;
        json.insert(c.name, column(c, SnapshotColumn::Owner::Table, keyed));
    }
    return json;
}

QStringList Writer::columnNames(const Table &table, const QList<Id> &ids, const QString &what)
{
    QStringList names;
    for (const Id &id : ids) {
        const Column *c = table.column(id);
        if (!c) {
            fail(QStringLiteral("table \"%1\": %2 refers to a missing column %3").arg(table.name, what, id.toString()));
            return {};
        }
        names << c->name;
    }
    return names;
}

void Writer::addExpressionPart(const QString &index, const QString &expression)
{
    JsonValue entry = m_internalIndexes.contains(index) ? *m_internalIndexes.find(index) : JsonValue::object();
    JsonValue parts = entry.contains(kColumns) ? *entry.find(kColumns) : JsonValue::object();
    JsonValue flags = JsonValue::object();
    flags.insert(QStringLiteral("isExpression"), true);
    parts.insert(expression, flags);
    entry.insert(kColumns, parts);
    m_internalIndexes.insert(index, entry);
}

JsonValue Writer::indexes(const Table &table)
{
    // drizzle's order: column `.unique()`s, then the table's indexes, then its unique constraints.
    JsonValue json = JsonValue::object();
    for (const Column &c : table.columns) {
        if (c.unique) {
            const QString name = DrizzleNames::unique(table.name, {c.name});
            json.insert(name, indexJson(name, {c.name}, true));
        }
    }
    for (const model::Index &index : table.indexes) {
        QStringList parts;
        for (const model::IndexPart &part : index.parts) {
            if (part.isExpression()) {
                addExpressionPart(index.name, part.expression);
                parts << part.expression;
            } else {
                parts << columnNames(table, {part.column}, QStringLiteral("index \"%1\"").arg(index.name));
            }
        }
        json.insert(index.name, indexJson(index.name, parts, index.unique, index.where));
    }
    for (const model::UniqueConstraint &unique : table.uniqueConstraints) {
        const QStringList names = columnNames(table, unique.columns, QStringLiteral("a unique constraint"));
        const QString name = unique.name.isEmpty() ? DrizzleNames::unique(table.name, names) : unique.name;
        json.insert(name, indexJson(name, names, true));
    }
    return json;
}

JsonValue Writer::foreignKeys(const Table &table)
{
    JsonValue json = JsonValue::object();
    for (const model::ForeignKey &fk : table.foreignKeys) {
        const Table *target = m_tables.value(fk.targetTable);
        if (!target) {
            fail(QStringLiteral("table \"%1\": a foreign key refers to a missing table %2")
                     .arg(table.name, fk.targetTable.toString()));
            return json;
        }
        const QStringList from = columnNames(table, fk.columns, QStringLiteral("a foreign key"));
        const QStringList to =
            columnNames(*target, fk.targetColumns, QStringLiteral("a foreign key from \"%1\"").arg(table.name));
        const QString name = fk.name.isEmpty() ? DrizzleNames::foreignKey(table.name, from, target->name, to) : fk.name;
        JsonValue entry = JsonValue::object();
        entry.insert(kName, name);
        entry.insert(QStringLiteral("tableFrom"), table.name);
        entry.insert(QStringLiteral("tableTo"), target->name);
        entry.insert(QStringLiteral("columnsFrom"), stringArray(from));
        entry.insert(QStringLiteral("columnsTo"), stringArray(to));
        entry.insert(QStringLiteral("onDelete"), model::referentialActionName(fk.onDelete));
        entry.insert(QStringLiteral("onUpdate"), model::referentialActionName(fk.onUpdate));
        json.insert(name, entry);
    }
    return json;
}

JsonValue Writer::compositePrimaryKeys(const Table &table)
{
    JsonValue json = JsonValue::object();
    if (!table.primaryKey || table.primaryKey->columns.size() < 2)
        return json;
    const QStringList names = columnNames(table, table.primaryKey->columns, QStringLiteral("the primary key"));
    const QString name =
        table.primaryKey->name.isEmpty() ? DrizzleNames::primaryKey(table.name, names) : table.primaryKey->name;
    JsonValue entry = JsonValue::object();
    entry.insert(kColumns, stringArray(names));
    entry.insert(kName, name);
    json.insert(name, entry);
    return json;
}

JsonValue Writer::checkConstraints(const Table &table)
{
    JsonValue json = JsonValue::object();
    for (const model::CheckConstraint &check : table.checkConstraints) {
        JsonValue entry = JsonValue::object();
        entry.insert(kName, check.name);
        entry.insert(QStringLiteral("value"), check.expression);
        json.insert(check.name, entry);
    }
    return json;
}

JsonValue Writer::views(const QList<const model::View *> &views)
{
    JsonValue json = JsonValue::object();
    for (const model::View *view : views) {
        JsonValue columns = JsonValue::object();
        for (const Column &c : view->columns)
            columns.insert(c.name, column(c, SnapshotColumn::Owner::View, false));
        JsonValue entry = JsonValue::object();
        entry.insert(kColumns, columns);
        entry.insert(kName, view->name);
        entry.insert(QStringLiteral("isExisting"), view->isExisting);
        if (!view->isExisting)
            entry.insert(QStringLiteral("definition"), view->definition);
        json.insert(view->name, entry);
    }
    return json;
}

template<typename T>
QList<const T *> ordered(const QList<T> &items, SnapshotWriter::TableOrder order)
{
    QList<const T *> result;
    for (const T &item : items)
        result << &item;
    if (order == SnapshotWriter::TableOrder::ByExportName) {
        std::stable_sort(result.begin(), result.end(), [](const T *a, const T *b) {
            return a->effectiveTsName().toUtf8() < b->effectiveTsName().toUtf8();
        });
    }
    return result;
}

JsonValue renamesJson(const SnapshotRenames &renames)
{
    JsonValue tables = JsonValue::object();
    for (const SnapshotRenames::TableRename &r : renames.tables)
        tables.insert(DrizzleNames::tableRenameKey(r.from), DrizzleNames::tableRenameKey(r.to));
    JsonValue columns = JsonValue::object();
    for (const SnapshotRenames::ColumnRename &r : renames.columns)
        columns.insert(DrizzleNames::columnRenameKey(r.fromTable, r.fromColumn),
                       DrizzleNames::columnRenameKey(r.toTable, r.toColumn));
    JsonValue meta = JsonValue::object();
    meta.insert(QStringLiteral("schemas"), JsonValue::object());
    meta.insert(QStringLiteral("tables"), tables);
    meta.insert(kColumns, columns);
    return meta;
}

} // namespace

model::Result<JsonValue> SnapshotWriter::toJson(const Snapshot &snapshot, TableOrder order)
{
    Writer writer(snapshot.schema);
    JsonValue tables = writer.tables(ordered(snapshot.schema.tables, order));
    JsonValue views = writer.views(ordered(snapshot.schema.views, order));
    if (!writer.error().isEmpty())
        return JsonResult::failure(writer.error());

    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("version"), QStringLiteral("6"));
    json.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
    json.insert(QStringLiteral("id"), snapshot.id);
    json.insert(QStringLiteral("prevId"), snapshot.prevId);
    json.insert(QStringLiteral("tables"), std::move(tables));
    json.insert(QStringLiteral("views"), std::move(views));
    json.insert(QStringLiteral("enums"), JsonValue::object());
    json.insert(QStringLiteral("_meta"), renamesJson(snapshot.renames));
    JsonValue internal = JsonValue::object();
    internal.insert(QStringLiteral("indexes"), writer.internal());
    json.insert(QStringLiteral("internal"), std::move(internal));
    return json;
}

model::Result<QByteArray> SnapshotWriter::write(const Snapshot &snapshot, TableOrder order)
{
    const JsonResult json = toJson(snapshot, order);
    if (!json.ok())
        return model::Result<QByteArray>::failure(json.error());
    return JsonText::stringify(json.value());
}

} // namespace tw::migrations
