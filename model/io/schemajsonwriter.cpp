// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/schemajsonwriter.h"

namespace tw::model {
namespace {

void putString(OrderedJson &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putFlag(OrderedJson &o, const char *key, bool value)
{
    if (value)
        o.insert(key, true);
}

OrderedJson idArray(const QList<Id> &ids)
{
    OrderedJson array = OrderedJson::array();
    for (const Id &id : ids)
        array.append(id.toString());
    return array;
}

template<typename T, typename WriteOne>
void putList(OrderedJson &o, const char *key, const QList<T> &items, WriteOne writeOne, bool always = false)
{
    if (items.isEmpty() && !always)
        return;
    OrderedJson array = OrderedJson::array();
    for (const T &item : items)
        array.append(writeOne(item));
    o.insert(key, std::move(array));
}

OrderedJson withId(const Id &id)
{
    return OrderedJson::object().insert("id", id.toString());
}

OrderedJson writeDefault(const ColumnDefault &value)
{
    OrderedJson o = OrderedJson::object().insert("kind", columnDefaultKindName(value.kind()));
    if (value.kind() == ColumnDefault::Kind::Boolean)
        return o.insert("value", value.booleanValue());
    return o.insert("value", value.text());
}

OrderedJson writeKeyColumns(const Id &id, const QString &name, const QList<Id> &columns)
{
    OrderedJson o = withId(id);
    putString(o, "name", name);
    return o.insert("columns", idArray(columns));
}

OrderedJson writePrimaryKey(const PrimaryKey &key)
{
    return writeKeyColumns(key.id, key.name, key.columns);
}

OrderedJson writeUnique(const UniqueConstraint &unique)
{
    return writeKeyColumns(unique.id, unique.name, unique.columns);
}

OrderedJson writeCheck(const CheckConstraint &check)
{
    return withId(check.id).insert("name", check.name).insert("expression", check.expression);
}

OrderedJson writeIndexPart(const IndexPart &part)
{
    if (part.isExpression())
        return OrderedJson::object().insert("expression", part.expression);
    return OrderedJson::object().insert("column", part.column.toString());
}

OrderedJson writeGenerated(const GeneratedColumn &generated)
{
    OrderedJson o = OrderedJson::object().insert("expression", generated.expression);
    if (generated.storage != GeneratedColumn::Storage::Virtual)
        o.insert("storage", generatedStorageName(generated.storage));
    return o;
}

} // namespace

OrderedJson SchemaJsonWriter::write(const Schema &schema)
{
    OrderedJson o = OrderedJson::object();
    putList(o, "tables", schema.tables, &SchemaJsonWriter::writeTable, true);
    putList(o, "views", schema.views, &SchemaJsonWriter::writeView);
    return o;
}

OrderedJson SchemaJsonWriter::writeTable(const Table &table)
{
    OrderedJson o = withId(table.id);
    o.insert("name", table.name);
    putString(o, "tsName", table.tsName);
    putString(o, "comment", table.comment);
    putList(o, "columns", table.columns, &SchemaJsonWriter::writeColumn, true);
    if (table.primaryKey)
        o.insert("primaryKey", writePrimaryKey(*table.primaryKey));
    putList(o, "uniqueConstraints", table.uniqueConstraints, &writeUnique);
    putList(o, "indexes", table.indexes, &SchemaJsonWriter::writeIndex);
    putList(o, "foreignKeys", table.foreignKeys, &SchemaJsonWriter::writeForeignKey);
    putList(o, "checkConstraints", table.checkConstraints, &writeCheck);
    return o;
}

OrderedJson SchemaJsonWriter::writeColumn(const Column &column)
{
    OrderedJson o = withId(column.id);
    o.insert("name", column.name);
    putString(o, "tsName", column.tsName);
    o.insert("type", sqlTypeName(column.type));
    if (column.length)
        o.insert("length", *column.length);
    if (column.mode != DrizzleMode::None)
        o.insert("mode", drizzleModeName(column.mode));
    putFlag(o, "primaryKey", column.primaryKey);
    putFlag(o, "autoincrement", column.autoincrement);
    putFlag(o, "notNull", column.notNull);
    putFlag(o, "unique", column.unique);
    if (!column.defaultValue.isNone())
        o.insert("default", writeDefault(column.defaultValue));
    if (column.generated)
        o.insert("generated", writeGenerated(*column.generated));
    if (!column.enumValues.isEmpty()) {
        OrderedJson values = OrderedJson::array();
        for (const QString &value : column.enumValues)
            values.append(value);
        o.insert("enumValues", std::move(values));
    }
    putString(o, "comment", column.comment);
    return o;
}

OrderedJson SchemaJsonWriter::writeIndex(const Index &index)
{
    OrderedJson o = withId(index.id);
    o.insert("name", index.name);
    putFlag(o, "unique", index.unique);
    putList(o, "parts", index.parts, &writeIndexPart, true);
    putString(o, "where", index.where);
    return o;
}

OrderedJson SchemaJsonWriter::writeForeignKey(const ForeignKey &key)
{
    OrderedJson o = withId(key.id);
    putString(o, "name", key.name);
    o.insert("columns", idArray(key.columns));
    o.insert("targetTable", key.targetTable.toString());
    o.insert("targetColumns", idArray(key.targetColumns));
    if (key.onDelete != ReferentialAction::NoAction)
        o.insert("onDelete", referentialActionName(key.onDelete));
    if (key.onUpdate != ReferentialAction::NoAction)
        o.insert("onUpdate", referentialActionName(key.onUpdate));
    return o;
}

OrderedJson SchemaJsonWriter::writeView(const View &view)
{
    OrderedJson o = withId(view.id);
    o.insert("name", view.name);
    putString(o, "tsName", view.tsName);
    putString(o, "comment", view.comment);
    putFlag(o, "isExisting", view.isExisting);
    o.insert("definition", view.definition);
    putList(o, "columns", view.columns, &SchemaJsonWriter::writeColumn);
    return o;
}

} // namespace tw::model
