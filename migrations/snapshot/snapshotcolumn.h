// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonvalue.h"
#include "migrations/json/jsonview.h"
#include "model/core/result.h"
#include "model/schema/column.h"

#include <optional>

namespace tw::migrations {

class JsonFieldReader;

/// One column of a snapshot, both ways. drizzle-kit writes a table's and a view's columns alike, except that
/// string defaults of view columns are quoted without doubling their `'` (drizzle-kit 0.31.11 does so).
class SnapshotColumn
{
public:
    enum class Owner { Table, View };

    /// `{name, type, primaryKey, notNull, autoincrement[, generated][, default]}`. @p tablePrimaryKey marks a
    /// column that is the whole table-level primary key: drizzle sets `primaryKey` but leaves `notNull` alone,
    /// while a column's own `.primaryKey()` implies NOT NULL. Fails on a number default that is not a number.
    static model::Result<JsonValue> toJson(const model::Column &column, Owner owner, bool tablePrimaryKey = false);
    /// The column stored at @p path; nullopt after recording the problem in @p reader.
    static std::optional<model::Column> fromJson(const JsonView &json, const QString &path, Owner owner,
                                                 JsonFieldReader &reader);

    /// The snapshot's `default` value of @p column: a JSON number or boolean, a quoted string, or the SQL verbatim.
    /// A JSON value default (model::isJsonValueDefault) is quoted as drizzle-kit quotes it, its `'` not doubled.
    static std::optional<JsonValue> defaultToJson(const model::Column &column, Owner owner);
    /// The inverse of defaultToJson. A `'…'` whose inner `'` are not all doubled is drizzle-kit's spelling of a
    /// JSON value when the inside is a JSON object or array (the string is that JSON; fromJson then gives a text
    /// or blob column mode json), else SQL kept verbatim, like any other string that is not a quoted literal.
    static std::optional<model::ColumnDefault> defaultFromJson(const JsonView &json, Owner owner);
    /// Sets @p column's type (and text length) from a snapshot's type text (`integer`, `text(255)`, …); false when
    /// Tablewright has no such type. Shared by the v6 and v7 readers, whose type texts are alike.
    static bool parseType(const QString &text, model::Column &column);
};

} // namespace tw::migrations
