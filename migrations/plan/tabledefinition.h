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
    std::optional<QString> defaultSql; ///< the text after DEFAULT
    std::optional<QString> generatedExpression; ///< with its parentheses: `(price * 2)`
    bool generatedStored = false;

    bool isGenerated() const { return generatedExpression.has_value(); }
    friend bool operator==(const ColumnDefinition &, const ColumnDefinition &) = default;
};

struct ForeignKeyDefinition
{
    QString name; ///< drizzle's key name: custom, or `<from>_<cols>_<to>_<cols>_fk`
    QString table;
    QStringList columns;
    QString targetTable;
    QStringList targetColumns;
    model::ReferentialAction onUpdate = model::ReferentialAction::NoAction;
    model::ReferentialAction onDelete = model::ReferentialAction::NoAction;

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

struct CheckDefinition
{
    QString name;
    QString expression;

    friend bool operator==(const CheckDefinition &, const CheckDefinition &) = default;
};

/// A table in the order and spelling drizzle-kit's snapshot would hold it.
struct TableDefinition
{
    model::Id id;
    QString name;
    QString exportName; ///< the schema.ts export: drizzle-kit orders tables by it
    QList<ColumnDefinition> columns;
    QStringList compositePrimaryKey; ///< columns of a primary key over more than one column
    QString compositePrimaryKeyName;
    QList<ForeignKeyDefinition> foreignKeys; ///< inline (column) references first, then table-level ones
    QList<IndexDefinition> indexes;          ///< column uniques, then indexes, then table uniques
    QList<CheckDefinition> checks;

    const ColumnDefinition *column(const QString &columnName) const;
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
