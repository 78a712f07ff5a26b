// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/columndefault.h"
#include "model/schema/columntype.h"
#include "model/schema/id.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::model {

/// `GENERATED ALWAYS AS (expression) VIRTUAL|STORED`.
struct GeneratedColumn
{
    enum class Storage { Virtual, Stored };

    QString expression;
    Storage storage = Storage::Virtual;

    friend bool operator==(const GeneratedColumn &, const GeneratedColumn &) = default;
};

QString generatedStorageName(GeneratedColumn::Storage storage);
std::optional<GeneratedColumn::Storage> generatedStorageFromName(const QString &name);

/// One column of a table, as drizzle's sqlite-core describes it.
struct Column
{
    Id id;
    QString name;   ///< SQL name, snake_case by convention
    QString tsName; ///< TypeScript property; empty means "derived from name" (see effectiveTsName)
    SqlType type = SqlType::Text;
    std::optional<int> length; ///< text(N); only meaningful for text
    DrizzleMode mode = DrizzleMode::None;
    bool notNull = false;
    bool primaryKey = false;
    bool autoincrement = false;
    bool unique = false; ///< drizzle's `.unique()`: a unique index named `<table>_<column>_unique`
    ColumnDefault defaultValue;
    std::optional<GeneratedColumn> generated;
    QStringList enumValues; ///< drizzle's `text({ enum: [...] })`: TypeScript-only, also used for zod
    QString comment;

    /// tsName when set, else the camelCase form of name (`created_at` -> `createdAt`).
    QString effectiveTsName() const;
    /// The SQL type as written in DDL and snapshots: `integer`, `text(255)`, ...
    QString sqlTypeText() const;
    /// Whether drizzle's TypeScript type for this column takes a number in `.default(n)` (plain integer, real,
    /// json). Elsewhere (timestamps, bigint, numeric strings) a number default is written as sql`n`, and
    /// drizzle-kit records it in the snapshot as the string "n" rather than the number n.
    bool acceptsNumberLiteral() const;
    /// The SQL default that stores the time of the insert in this column's format: `(unixepoch())` for
    /// `timestamp` (seconds), drizzle-kit's `(cast((julianday('now') - 2440587.5)*86400000 as integer))` for
    /// `timestamp_ms` and a plain integer (milliseconds, the guide's Date.now()), `(CURRENT_TIMESTAMP)` for text;
    /// empty where a time makes no sense (real, blob, json, boolean, bigint). The table editor's "Now" preset and the
    /// frozen-timestamp lint both use it.
    QString nowDefault() const;

    friend bool operator==(const Column &, const Column &) = default;
};

/// @p column made fit to reference @p key, the one rule for every way of making a foreign key (a diagram drag, the
/// New Relationship dialog, a junction table): the key's storage type and text length; the key's drizzle mode when
/// @p column is new or its own mode does not fit the new type — except `boolean`, which a reference never takes (an
/// id that happens to be a flag is still an id to the child).
Column referencingColumn(Column column, const Column &key, bool isNew);

} // namespace tw::model
