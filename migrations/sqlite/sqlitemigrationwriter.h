// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "migrations/plan/sqldialect.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// Writes a MigrationPlan as the text of a drizzle-kit 0.31 SQLite migration file: byte for byte what
/// drizzle-kit writes where its SQL is right. Where it is wrong, the SQL is correct instead: each rebuild has its
/// own `PRAGMA foreign_keys=OFF/ON` (drizzle-kit de-duplicates them), `ADD .. REFERENCES` keeps its ON DELETE /
/// ON UPDATE, a rebuild copies only columns the old table has and never a generated one, and quote characters
/// inside identifiers are doubled.
class SqliteMigrationWriter
{
public:
    /// What separates statements in a drizzle-kit migration file (both dialects; a newline follows it).
    static constexpr const char *kBreakpoint = "--> statement-breakpoint";

    /// The statements of @p plan, in order; a CREATE TABLE ends with ");\n", every other one with ';'.
    static QStringList statements(const MigrationPlan &plan);
    static QStringList statements(const Operation &operation);
    /// Statements joined by "--> statement-breakpoint\n", as drizzle-kit writes the .sql file.
    static QString fileText(const QStringList &statements);
    static QString migrationText(const MigrationPlan &plan) { return fileText(statements(plan)); }

    /// @p addStatement (`ALTER TABLE .. ADD`), then the fill's `UPDATE` when @p op has one: the same in both
    /// dialects.
    static QStringList withFill(const AddColumn &op, const QString &addStatement);

    /// CREATE TABLE as drizzle-kit writes it (also used for `__new_T` in a rebuild).
    static QString createTable(const TableDefinition &table, const QString &name);

    /// The pieces of a rebuild, for writers that wrap it (RebuildWriter): `__new_T`, ...
    static QString newTableName(const QString &table);
    /// CREATE TABLE `__new_T` (CHECKs retargeted as drizzle-kit does; self-references too when asked).
    static QString newTable(const RebuildTable &op, bool selfReferencesToNewTable);
    /// INSERT INTO `__new_T`(..) SELECT .. FROM @p sourceTable (the old table, or a copy of it); the column lists in
    /// the dialect's quotes (0.31 `"a"`, 1.0 `` `a` ``); a copy with an expression (a fill) selects that SQL.
    static QString copyIntoNewTable(const RebuildTable &op, const QString &sourceTable,
                                    SqlDialect dialect = SqlDialect::Classic);
    /// ALTER TABLE `__new_T` RENAME TO `T`;
    static QString renameNewTable(const QString &table);
};

} // namespace tw::migrations
