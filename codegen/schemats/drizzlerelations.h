// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::codegen {

class TsImports;

/// One side of a foreign key as drizzle's relational queries (`db.query.x.findMany({ with })`) see it.
struct DrizzleRelation
{
    enum class Kind { One, Many };

    Kind kind = Kind::One;
    QString name;           ///< the key under `with`: `user`, `products`, `category_parentId`
    QString targetTable;    ///< the TypeScript name of the table on the other side
    QStringList fields;     ///< One only: the referencing columns' TypeScript names
    QStringList references; ///< One only: the referenced columns' TypeScript names
    /// Pairs the two sides when two tables are joined by more than one foreign key, or a table by one to itself
    /// (drizzle cannot tell the pairs apart otherwise); empty when it can.
    QString relationName;

    friend bool operator==(const DrizzleRelation &, const DrizzleRelation &) = default;
};

/// The `relations()` of one table: its own foreign keys (one) and those that refer to it (many).
struct DrizzleTableRelations
{
    QString table;      ///< the table's TypeScript name
    QString exportName; ///< `usersRelations`
    QList<DrizzleRelation> relations;
};

/// The relations drizzle-kit 0.31's `pull` writes for @p schema, so a drizzle user finds the names they expect:
/// per foreign key a `one` on the referencing table named after the singular of the referenced table, and a `many`
/// on the referenced table named after the plural of the referencing one; two names alike in one table both get
/// `_<referencing column>` appended; a `relationName` of `<table>_<column>_<table>_<column>` (first columns) when
/// more than one foreign key joins the same two tables. Where drizzle-kit would write something drizzle cannot use,
/// it is resolved: a relation named like a column of its table gets the column suffix too, a name still taken (or a
/// relationName used twice) `_2`, `_3`..., and a `one` of a composite key lists all its columns. Tables in schema
/// order; within a table, foreign keys in schema order; tables nothing refers to and that refer to nothing are left
/// out.
QList<DrizzleTableRelations> drizzleRelations(const model::Schema &schema);

/// The `export const <table>Relations = relations(<table>, ({ one, many }) => ({ ... }));` blocks of @p schema,
/// each ending in a newline; adds `relations` to @p imports when there are any.
QStringList drizzleRelationsBlocks(const model::Schema &schema, TsImports &imports);

/// drizzle-orm 1.0's form of the same relations (it has no `relations()`): one
/// `export const relations = defineRelations({ tables }, (r) => ({ table: { name: r.one.x({ from, to }) } }));`
/// block, the names as drizzleRelations() settles them and 0.x's relationName as `alias`; adds `defineRelations` to
/// @p imports. Empty when nothing refers to anything.
QString drizzleDefineRelationsBlock(const model::Schema &schema, TsImports &imports);

} // namespace tw::codegen
