// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tw::database {

/// A table or view as `sqlite_master` lists it, with its row count (-1 when not counted or not countable).
struct LiveObject
{
    enum class Kind { Table, View };
    QString name;
    Kind kind = Kind::Table;
    qint64 rowCount = -1;
    QString countError; ///< why the count is missing (a view that fails, a busy database)
};

/// One row of `PRAGMA table_xinfo`: a column exactly as the database has it.
struct LiveColumn
{
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue;      ///< the default's SQL text, or null when there is none
    int primaryKeyPosition = 0; ///< 1-based place in the primary key, 0 when not part of it
    /// table_xinfo's `hidden`: 0 an ordinary column, 1 a virtual table's hidden column, 2 a virtual generated
    /// column, 3 a stored generated one.
    int hidden = 0;
    bool isGenerated() const { return hidden == 2 || hidden == 3; }
};

/// One key term of an index (`PRAGMA index_xinfo`, key columns only).
struct LiveIndexTerm
{
    int columnNumber = -1; ///< the table column's cid; -2 for an expression (-1 for the rowid)
    QString column;        ///< empty for an expression
    bool descending = false;
    QString collation;
};

/// One index of a table (`PRAGMA index_list` + `index_xinfo`), including the automatic ones.
struct LiveIndex
{
    QString name;
    bool unique = false;
    QString origin; ///< "c" CREATE INDEX, "u" UNIQUE constraint, "pk" PRIMARY KEY
    bool partial = false;
    QStringList columns; ///< the terms' column names, `<expression>` for an expression
    QList<LiveIndexTerm> terms;
};

/// One foreign key of a table (`PRAGMA foreign_key_list`), its column pairs gathered.
struct LiveForeignKey
{
    QStringList from;
    QString table;
    QStringList to;
    QString onUpdate;
    QString onDelete;
};

/// A table (or view) described as the database has it. One of three table representations, each for its own
/// job: model::Table is the user's design (stable ids, TypeScript names, drizzle modes); migrations::TableDefinition
/// is what drizzle-kit's snapshot records, the differ's input; LiveTable is what `PRAGMA` reports about a real file,
/// including what neither of the others can hold (automatic indexes, WITHOUT ROWID, hidden columns).
struct LiveTable
{
    QString name;
    QString sql; ///< the CREATE statement sqlite_master keeps
    bool isView = false;
    bool withoutRowid = false;
    QList<LiveColumn> columns;
    QList<LiveIndex> indexes;
    QList<LiveForeignKey> foreignKeys;
};

/// The outcome of one statement: its columns and rows (possibly only the first rows), or what it changed.
struct QueryResult
{
    QString statement;
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false;   ///< more rows exist than were kept
    qint64 rowsAffected = -1; ///< for a statement that writes
    bool wrote = false;
};

} // namespace tw::database
