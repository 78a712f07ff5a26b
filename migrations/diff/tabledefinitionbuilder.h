// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/sqldialect.h"
#include "migrations/plan/tabledefinition.h"
#include "model/schema/schema.h"

#include <QHash>
#include <QList>

namespace tw::migrations {

/// Turns the model into the SQL-level definitions drizzle-kit's snapshot would record for the schema.ts that
/// Tablewright exports (codegen/schemats): the rules here mirror that writer and drizzle-kit's serializer.
/// The dialect decides which drizzle-kit's serializer: V1 (1.0.0-rc.5) names every table's key `<t>_pk`, keeps
/// `.unique()` / `unique()` as UNIQUE constraints instead of unique indexes, prefixes default foreign key names
/// with `fk_`, leaves a column key's NOT NULL to the key, and drops the table qualifier from CHECK expressions.
class TableDefinitionBuilder
{
public:
    /// Every table, ordered as drizzle-kit orders them: by schema.ts export name, in UTF-16 code unit order.
    static QList<TableDefinition> tables(const model::Schema &schema, SqlDialect dialect = SqlDialect::Classic);
    /// The tables of a schema by id, which the foreign keys' targets are looked up in.
    using TablesById = QHash<model::Id, const model::Table *>;
    static TableDefinition table(const TablesById &tables, const model::Table &table,
                                 SqlDialect dialect = SqlDialect::Classic);
    /// Every view, ordered by export name like the tables.
    static QList<ViewDefinition> views(const model::Schema &schema);

    static ColumnDefinition column(const model::Table &table, const model::Column &column,
                                   SqlDialect dialect = SqlDialect::Classic);
    /// The text after DEFAULT, as drizzle-kit records it, or nothing.
    static std::optional<QString> defaultSql(const model::Column &column);
    /// A number as JavaScript's Number#toString writes it: `1e3` -> `1000`, `0.0000001` -> `1e-7`.
    static QString javaScriptNumber(const QString &literal);
    /// A CHECK's text as drizzle-kit 1.0 records it: without the first `"<table>".` (0.31 qualified the column;
    /// 1.0's value is the text inside CHECK()). Also what converting a 0.31 snapshot does to its checks.
    static QString unqualifiedCheck(QString expression, const QString &table);
};

} // namespace tw::migrations
