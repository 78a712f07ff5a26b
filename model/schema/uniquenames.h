// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

#include <functional>

namespace tw::model {

struct Column;
struct Schema;
struct Table;
struct UniqueConstraint;

/// The one place that makes up names for what the user adds (New Table, a junction table, a relationship's index,
/// a new column...), so that every generator obeys the collision rules the validator checks: a generated name
/// never turns a valid project into an invalid one.
namespace uniquenames {

/// What a new name is for, which decides what it must not collide with. SQLite keeps tables, views and indexes in
/// one schema-wide namespace (sqlite_schema.name, ASCII case folded), and drizzle's unique constraints and
/// `.unique()` columns are indexes too: a new table, view or index must be free across all of them. Tables and
/// views are also exported under their TypeScript names, which must stay distinct. A column is named within its
/// table (its SQL name and its TypeScript property), a check constraint within its table.
enum class Kind {
    Table,
    View,
    Index,
    Column,
    CheckConstraint,
};

/// Placeholders are always numbered (`table_1`, `column_1`); a meaningful name keeps its stem unless it is taken
/// (`post_tags`, then `post_tags_2`).
enum class Numbering {
    WhenTaken,
    Always,
};

/// The first of @p stem, `<stem>_2`, `<stem>_3`... (with Numbering::Always `<stem>_1`, `<stem>_2`...) that
/// collides with nothing of @p schema that a @p kind shares a namespace with. @p tableId names the table a column
/// or a check constraint is for.
QString unusedName(const Schema &schema, Kind kind, const QString &stem, Numbering numbering = Numbering::WhenTaken,
                   const Id &tableId = {});

/// Whether @p name is taken in SQLite's schema-wide namespace of @p schema (tables, views, indexes).
bool isSchemaNameTaken(const Schema &schema, const QString &name);

/// The numbering loop itself, for a namespace that is not the schema's (TypeScript names handed out in one pass):
/// the first of @p stem, `<stem><separator>2`... (Always: from 1) that @p isTaken refuses.
QString firstFreeName(const QString &stem, const std::function<bool(const QString &)> &isTaken,
                      const QString &separator = QStringLiteral("_"), Numbering numbering = Numbering::WhenTaken);

/// The name a new index over @p columns of @p table gets: `<table>_<column>_…_idx` (the guide's and drizzle's
/// convention; `<table>_idx` before a column is picked), numbered when taken.
QString columnsIndexName(const Schema &schema, const Table &table, const QList<Id> &columns);
/// Whether @p name is one columnsIndexName() gives for @p columns, numbered or not: a name nobody chose, which may
/// follow the columns when they change.
bool isColumnsIndexName(const Table &table, const QList<Id> &columns, const QString &name);

/// The index drizzle-kit creates for a `.unique()` column: `<table>_<column>_unique`.
QString columnUniqueIndexName(const Table &table, const Column &column);
/// The index drizzle-kit creates for a unique constraint: its name, or `<table>_<columns>_unique` without one.
QString uniqueConstraintIndexName(const Table &table, const UniqueConstraint &unique);

} // namespace uniquenames
} // namespace tw::model
