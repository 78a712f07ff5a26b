// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/columnjsonreader.h"

#include "model/io/jsoncursor.h"

namespace tw::model {
namespace {

std::optional<ColumnDefault::Kind> defaultKindFromName(const QString &name)
{
    for (const auto kind : {ColumnDefault::Kind::Number, ColumnDefault::Kind::String, ColumnDefault::Kind::Boolean,
                            ColumnDefault::Kind::Expression}) {
        if (columnDefaultKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList defaultKindNames()
{
    return {QStringLiteral("number"), QStringLiteral("string"), QStringLiteral("boolean"),
            QStringLiteral("expression")};
}

QStringList storageNames()
{
    return {generatedStorageName(GeneratedColumn::Storage::Virtual),
            generatedStorageName(GeneratedColumn::Storage::Stored)};
}

} // namespace

bool ColumnJsonReader::read(const JsonCursor &c, Column *column)
{
    if (!c.expectObject({"id", "name", "type"}, {"autoincrement", "comment", "default", "enumValues", "generated",
                                                 "length", "mode", "notNull", "primaryKey", "tsName", "unique"}))
        return false;
    Column col;
    if (!(c["id"].read(&col.id) && c["name"].read(&col.name) && c["tsName"].readOptional(&col.tsName) &&
          c["type"].readEnum(&col.type, &sqlTypeFromName, &sqlTypeNames) &&
          c["mode"].readOptionalEnum(&col.mode, &drizzleModeFromName, &drizzleModeNames) &&
          c["notNull"].readOptional(&col.notNull) && c["primaryKey"].readOptional(&col.primaryKey) &&
          c["autoincrement"].readOptional(&col.autoincrement) && c["unique"].readOptional(&col.unique) &&
          c["enumValues"].readOptional(&col.enumValues) && c["comment"].readOptional(&col.comment)))
        return false;
    if (c["length"].isPresent()) {
        int length = 0;
        if (!c["length"].read(&length, 1))
            return false;
        col.length = length;
    }
    if (c["default"].isPresent() && !readDefault(c["default"], &col.defaultValue))
        return false;
    if (c["generated"].isPresent() && !readGenerated(c["generated"], &col.generated))
        return false;
    *column = col;
    return true;
}

bool ColumnJsonReader::readDefault(const JsonCursor &c, ColumnDefault *defaultValue)
{
    ColumnDefault::Kind kind = ColumnDefault::Kind::None;
    if (!c.expectObject({"kind", "value"}) || !c["kind"].readEnum(&kind, &defaultKindFromName, &defaultKindNames))
        return false;
    if (kind == ColumnDefault::Kind::Boolean) {
        bool value = false;
        if (!c["value"].read(&value))
            return false;
        *defaultValue = ColumnDefault::boolean(value);
        return true;
    }
    // Numbers are kept as the literal the user wrote ("1e3", "2.50"), so they are strings here too.
    QString text;
    if (!c["value"].read(&text))
        return false;
    switch (kind) {
    case ColumnDefault::Kind::Number:
        *defaultValue = ColumnDefault::number(text);
        break;
    case ColumnDefault::Kind::String:
        *defaultValue = ColumnDefault::string(text);
        break;
    default:
        *defaultValue = ColumnDefault::expression(text);
        break;
    }
    return true;
}

bool ColumnJsonReader::readGenerated(const JsonCursor &c, std::optional<GeneratedColumn> *generated)
{
    GeneratedColumn value;
    if (!(c.expectObject({"expression"}, {"storage"}) && c["expression"].read(&value.expression) &&
          c["storage"].readOptionalEnum(&value.storage, &generatedStorageFromName, &storageNames)))
        return false;
    *generated = value;
    return true;
}

} // namespace tw::model
