// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/schemajsonreader.h"

#include "model/io/columnjsonreader.h"
#include "model/io/jsoncursor.h"

namespace tw::model {

bool SchemaJsonReader::read(const JsonCursor &c, Schema *schema)
{
    m_definedAt.clear();
    Schema result;
    if (!(c.expectObject({"tables"}, {"views"}) &&
          readList(c["tables"], &result.tables, &SchemaJsonReader::readTable, false) &&
          readList(c["views"], &result.views, &SchemaJsonReader::readView, true)))
        return false;
    *schema = result;
    return true;
}

template<typename T>
bool SchemaJsonReader::readList(const JsonCursor &c, QList<T> *out, ElementReader<T> readOne, bool optional)
{
    if (optional && !c.isPresent())
        return true;
    if (!c.expectArray())
        return false;
    QList<T> list;
    for (const JsonCursor &element : c.elements()) {
        T value;
        if (!(this->*readOne)(element, &value))
            return false;
        list << value;
    }
    *out = list;
    return true;
}

bool SchemaJsonReader::readTable(const JsonCursor &c, Table *table)
{
    Table t;
    return c.expectObject({"id", "name", "columns"}, {"checkConstraints", "comment", "foreignKeys", "indexes",
                                                      "primaryKey", "tsName", "uniqueConstraints"}) &&
           readNewId(c, &t.id) && c["name"].read(&t.name) && c["tsName"].readOptional(&t.tsName) &&
           c["comment"].readOptional(&t.comment) &&
           readList(c["columns"], &t.columns, &SchemaJsonReader::readColumn, false) &&
           readPrimaryKey(c["primaryKey"], &t.primaryKey) &&
           readList(c["indexes"], &t.indexes, &SchemaJsonReader::readIndex, true) &&
           readList(c["foreignKeys"], &t.foreignKeys, &SchemaJsonReader::readForeignKey, true) &&
           readList(c["uniqueConstraints"], &t.uniqueConstraints, &SchemaJsonReader::readUnique, true) &&
           readList(c["checkConstraints"], &t.checkConstraints, &SchemaJsonReader::readCheck, true) &&
           (*table = t, true);
}

bool SchemaJsonReader::readColumn(const JsonCursor &c, Column *column)
{
    return ColumnJsonReader::read(c, column) && claim(c["id"], column->id);
}

bool SchemaJsonReader::readPrimaryKey(const JsonCursor &c, std::optional<PrimaryKey> *key)
{
    if (!c.isPresent())
        return true;
    PrimaryKey pk;
    return c.expectObject({"id", "columns"}, {"name"}) && readNewId(c, &pk.id) && c["name"].readOptional(&pk.name) &&
           c["columns"].read(&pk.columns) && (*key = pk, true);
}

bool SchemaJsonReader::readIndex(const JsonCursor &c, Index *index)
{
    Index result;
    return c.expectObject({"id", "name", "parts"}, {"unique", "where"}) && readNewId(c, &result.id) &&
           c["name"].read(&result.name) && c["unique"].readOptional(&result.unique) &&
           readList(c["parts"], &result.parts, &SchemaJsonReader::readIndexPart, false) &&
           c["where"].readOptional(&result.where) && (*index = result, true);
}

bool SchemaJsonReader::readIndexPart(const JsonCursor &c, IndexPart *part)
{
    if (!c.expectObject({}, {"column", "expression"}))
        return false;
    const bool hasColumn = c["column"].isPresent();
    if (hasColumn == c["expression"].isPresent())
        return c.fail(QStringLiteral("expected exactly one of the keys column and expression"));
    if (hasColumn) {
        Id column;
        return c["column"].read(&column) && (*part = IndexPart::ofColumn(column), true);
    }
    QString expression;
    return c["expression"].read(&expression) && (*part = IndexPart::ofExpression(expression), true);
}

bool SchemaJsonReader::readForeignKey(const JsonCursor &c, ForeignKey *key)
{
    ForeignKey fk;
    return c.expectObject({"id", "columns", "targetTable", "targetColumns"}, {"name", "onDelete", "onUpdate"}) &&
           readNewId(c, &fk.id) && c["name"].readOptional(&fk.name) && c["columns"].read(&fk.columns) &&
           c["targetTable"].read(&fk.targetTable) && c["targetColumns"].read(&fk.targetColumns) &&
           c["onDelete"].readOptionalEnum(&fk.onDelete, &referentialActionFromName, &referentialActionNames) &&
           c["onUpdate"].readOptionalEnum(&fk.onUpdate, &referentialActionFromName, &referentialActionNames) &&
           (*key = fk, true);
}

bool SchemaJsonReader::readUnique(const JsonCursor &c, UniqueConstraint *unique)
{
    UniqueConstraint u;
    return c.expectObject({"id", "columns"}, {"name"}) && readNewId(c, &u.id) && c["name"].readOptional(&u.name) &&
           c["columns"].read(&u.columns) && (*unique = u, true);
}

bool SchemaJsonReader::readCheck(const JsonCursor &c, CheckConstraint *check)
{
    CheckConstraint ck;
    return c.expectObject({"id", "name", "expression"}) && readNewId(c, &ck.id) && c["name"].read(&ck.name) &&
           c["expression"].read(&ck.expression) && (*check = ck, true);
}

bool SchemaJsonReader::readView(const JsonCursor &c, View *view)
{
    View v;
    return c.expectObject({"id", "name", "definition"}, {"columns", "comment", "isExisting", "tsName"}) &&
           readNewId(c, &v.id) && c["name"].read(&v.name) && c["tsName"].readOptional(&v.tsName) &&
           c["definition"].read(&v.definition) && c["isExisting"].readOptional(&v.isExisting) &&
           c["comment"].readOptional(&v.comment) &&
           readList(c["columns"], &v.columns, &SchemaJsonReader::readColumn, true) && (*view = v, true);
}

bool SchemaJsonReader::readNewId(const JsonCursor &c, Id *id)
{
    return c["id"].read(id) && claim(c["id"], *id);
}

bool SchemaJsonReader::claim(const JsonCursor &idCursor, const Id &id)
{
    const auto existing = m_definedAt.constFind(id);
    if (existing != m_definedAt.constEnd()) {
        // The path of the object, not of its id key: that is what the user looks for.
        QString owner = existing.value().path();
        owner.chop(3);
        return idCursor.fail(
            QStringLiteral("duplicate id %1, already used by %2").arg(JsonCursor::describe(idCursor.value()), owner));
    }
    m_definedAt.insert(id, idCursor);
    return true;
}

} // namespace tw::model
