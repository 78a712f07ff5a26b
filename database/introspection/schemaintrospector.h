// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/schema/schema.h"

#include <QString>
#include <QStringList>

namespace tw::database {

class DatabaseConnection;

/// A schema read from a live database, and what the model could not represent (each warning names the object).
struct IntrospectedSchema
{
    model::Schema schema;
    QStringList warnings;
};

/// Reads a live SQLite database into a Schema: tables (PRAGMA table_list/table_xinfo), primary keys, indexes
/// (index_list/index_xinfo), foreign keys (foreign_key_list), and from the DDL in sqlite_schema what pragmas do
/// not tell: CHECKs, generated column expressions, AUTOINCREMENT, partial index conditions, expression terms and
/// view definitions. It follows SnapshotReader's conventions (ids from names via ImportIds, a one-column primary
/// key without NOT NULL is table-level unless it cannot hold NULL (INTEGER PRIMARY KEY, WITHOUT ROWID),
/// `<table>_<column>_unique` indexes are column uniques, a UNIQUE inside CREATE TABLE is the unique index drizzle would
/// write), so a database migrated from a drizzle folder reads as that folder's latest snapshot (but for a one-column
/// INTEGER `primaryKey({ columns })`, which reads as the column's own key: the same SQL, never NULL). SQLite's, D1's,
/// wrangler's and the migrators' own tables are skipped. TypeScript names and modes are left empty
/// (prepareImportedSchema).
class SchemaIntrospector
{
public:
    /// Opens @p databasePath read-only, reads it and closes it again: nothing is written, no lock is kept.
    static model::Result<IntrospectedSchema> read(const QString &databasePath);
    /// Reads through an open connection (inside one read transaction).
    static model::Result<IntrospectedSchema> read(DatabaseConnection &connection);
    /// Whether @p name is a table of SQLite, D1/wrangler (`_cf_*`) or a migrator's tracking table.
    static bool isInternalTable(const QString &name);
    /// Whether @p path starts with SQLite's header "SQLite format 3\0".
    static bool hasSqliteHeader(const QString &path);
    /// @p error about @p databasePath, said plainly when it is SQLite's "database is locked".
    static QString explained(const QString &databasePath, const QString &error);
};

} // namespace tw::database
