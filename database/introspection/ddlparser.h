// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::database {

/// What a `CREATE TABLE` statement says that SQLite's pragmas do not tell.
struct TableDdl
{
    struct Column
    {
        QString name;
        /// The DEFAULT clause's value as written (`(unixepoch())` with its parentheses, `-1`, `'x'`): SQLite's
        /// table_xinfo drops the parentheses of an expression default.
        std::optional<QString> defaultSql;
        bool autoincrement = false;
        QString collation;                ///< `COLLATE name`, empty for none
        std::optional<QString> generated; ///< the expression inside `AS (...)`, as written
        bool generatedStored = false;
    };
    struct Check
    {
        QString name;       ///< empty for an unnamed CHECK
        QString expression; ///< inside `CHECK(...)`, as written
        QString column;     ///< the column whose definition holds it; empty for a table constraint
    };

    struct Unique
    {
        QString name; ///< `CONSTRAINT name UNIQUE ...`; empty for an unnamed one (SQLite keeps the name nowhere else)
        QStringList columns; ///< the column itself for a column constraint
    };

    QList<Column> columns;
    QList<Check> checks;
    QList<Unique> uniques;
    QStringList foreignKeyNames;        ///< `CONSTRAINT name` given to foreign keys (SQLite keeps them nowhere else)
    bool deferrableForeignKeys = false; ///< some key says `DEFERRABLE INITIALLY DEFERRED` (or just DEFERRABLE)
    bool withoutRowid = false;
    bool strict = false;

    const Column *column(const QString &name) const; ///< case-insensitive
    /// The name given to the UNIQUE constraint on exactly @p columns (case-insensitive, in order); empty for none.
    QString uniqueName(const QStringList &columns) const;
};

/// What a `CREATE INDEX` statement says beyond index_xinfo: the terms as written and the WHERE clause.
struct IndexDdl
{
    QStringList terms; ///< each indexed term verbatim, `"score" desc` included
    QString where;     ///< the partial index condition, empty for none
};

/// Reads the DDL SQLite keeps in sqlite_schema. Parsing follows SQLite's grammar only as far as needed to find
/// clauses; expressions are cut out of the source verbatim, so quotes, comments and odd names survive.
class DdlParser
{
public:
    static model::Result<TableDdl> parseTable(const QString &sql);
    static model::Result<IndexDdl> parseIndex(const QString &sql);
    /// The SELECT of `CREATE VIEW name [(columns)] AS select`.
    static model::Result<QString> viewDefinition(const QString &sql);
};

} // namespace tw::database
