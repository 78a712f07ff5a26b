// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/columntype.h"
#include "model/schema/id.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::migrations {

/// A column as SQLite (and drizzle-kit's snapshot) sees it: names and SQL text resolved, drizzle's rules applied
/// (a column primary key is NOT NULL, autoincrement only on an integer primary key, defaults as SQL text).
struct ColumnDefinition
{
    model::Id id; ///< the model column's id, or null when unknown (a column read from a snapshot)
    QString name;
    QString type; ///< `integer`, `text(255)`, ...
    bool primaryKey = false;
    bool notNull = false;
    bool autoincrement = false;
    std::optional<QString> defaultSql;          ///< the text after DEFAULT
    std::optional<QString> generatedExpression; ///< with its parentheses: `(price * 2)`
    bool generatedStored = false;

    bool isGenerated() const { return generatedExpression.has_value(); }
    friend bool operator==(const ColumnDefinition &, const ColumnDefinition &) = default;
};

struct ForeignKeyDefinition
{
    QString name; ///< drizzle's key name: custom, or `<from>_<cols>_<to>_<cols>_fk` (V1: `fk_<from>_…_fk`)
    QString table;
    QStringList columns;
    QString targetTable;
    QStringList targetColumns;
    model::ReferentialAction onUpdate = model::ReferentialAction::NoAction;
    model::ReferentialAction onDelete = model::ReferentialAction::NoAction;
    bool nameExplicit = false; ///< V1 snapshots record whether the name was given in schema.ts

    friend bool operator==(const ForeignKeyDefinition &, const ForeignKeyDefinition &) = default;
};

/// One indexed term: a column name (quoted in SQL) or an expression (written as is).
struct IndexTerm
{
    QString text;
    bool isExpression = false;

    friend bool operator==(const IndexTerm &, const IndexTerm &) = default;
};

struct IndexDefinition
{
    QString name;
    QString table;
    bool unique = false;
    QList<IndexTerm> terms;
    QString where; ///< empty: not a partial index

    friend bool operator==(const IndexDefinition &, const IndexDefinition &) = default;
};

/// A UNIQUE constraint written inside CREATE TABLE: the V1 dialect's `.unique()` and `unique()` (drizzle-kit 1.0
/// records them as `uniques`; the Classic dialect writes them as unique indexes in TableDefinition::indexes).
struct UniqueDefinition
{
    QString name; ///< `<table>_<cols>_unique`, custom, or inherited across renames
    QStringList columns;
    bool nameExplicit = false;
    /// From a column's `.unique()` rather than a table's `unique()`: drizzle-kit 1.0's snapshot lists every table's
    /// `unique()` entries before all column ones (within a table the list already has that order). Only
    /// TableDefinitionBuilder knows it from the model; SnapshotV7Reader from the group's order.
    bool fromColumn = false;
    friend bool operator==(const UniqueDefinition &, const UniqueDefinition &) = default;
};

struct CheckDefinition
{
    QString name;
    QString expression;

    friend bool operator==(const CheckDefinition &, const CheckDefinition &) = default;
};

/// A table in the order and spelling drizzle-kit's snapshot would hold it: names and SQL text resolved, no ids
/// needed, so a table read from a snapshot and one built from the model compare alike. (model::Table is the
/// design with ids and TypeScript names; database::LiveTable is what a real database reports.)
struct TableDefinition
{
    model::Id id;
    QString name;
    QString exportName; ///< the schema.ts export: drizzle-kit orders tables by it
    QList<ColumnDefinition> columns;
    QStringList compositePrimaryKey; ///< columns of a primary key over more than one column
    QString compositePrimaryKeyName;
    /// V1 only: every table's primary key is a named entity (`<table>_pk`, custom, or inherited across renames),
    /// a single-column key too. Empty in the Classic dialect.
    QString primaryKeyName;
    bool primaryKeyNameExplicit = false;
    /// V1 only: a one-column key declared by the table's `primaryKey({ columns })`, not the column's `.primaryKey()`.
    /// The SQL is the same; a v7 snapshot lists the table-level keys (every composite one and these) of all tables
    /// before the column keys, so the snapshot's bytes depend on it.
    bool primaryKeyOnTable = false;
    QList<UniqueDefinition> uniques;         ///< V1 only: see UniqueDefinition; empty in the Classic dialect
    QList<ForeignKeyDefinition> foreignKeys; ///< inline (column) references first, then table-level ones
    QList<IndexDefinition> indexes;          ///< column uniques, then indexes, then table uniques
    QList<CheckDefinition> checks;

    const ColumnDefinition *column(const QString &columnName) const;
    /// The primary key's columns, whether one column (`.primaryKey()`) or several; empty without a key.
    QStringList keyColumns() const;
    friend bool operator==(const TableDefinition &, const TableDefinition &) = default;
};

struct ViewDefinition
{
    model::Id id;
    QString name;
    QString exportName;
    QString definition;
    bool isExisting = false;

    friend bool operator==(const ViewDefinition &, const ViewDefinition &) = default;
};

} // namespace tw::migrations

namespace tw::migrations {

/// A whole schema at the SQL level: what the differ compares.
struct SchemaDefinition
{
    QList<TableDefinition> tables; ///< in drizzle-kit's order (by export name)
    QList<ViewDefinition> views;

    friend bool operator==(const SchemaDefinition &, const SchemaDefinition &) = default;
};

} // namespace tw::migrations
