// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// Writes a MigrationPlan as the text of a drizzle-kit 1.0 SQLite `migration.sql` (measured on 1.0.0-rc.5), byte for
/// byte where its SQL is right: constraint names inside CREATE TABLE (`CONSTRAINT \`t_pk\` PRIMARY KEY(..)`, named
/// foreign keys with only their non-default actions, in upper case), a column's UNIQUE inline, no NOT NULL on an
/// integer key column, backticked INSERT..SELECT lists and RENAME COLUMN, `DROP INDEX IF EXISTS`, ADD .. REFERENCES
/// with its actions. Where rc.5 is wrong the text is correct: quote characters inside identifiers are doubled, and
/// a rebuild without a column to copy has no INSERT. Statements the two dialects write alike come from
/// SqliteMigrationWriter; the breakpoints and file layout are the same.
class SqliteV1MigrationWriter
{
public:
    static QStringList statements(const MigrationPlan &plan);
    static QStringList statements(const Operation &operation);
    static QString migrationText(const MigrationPlan &plan);

    /// CREATE TABLE as drizzle-kit 1.0 writes it (also used for `__new_T` in a rebuild).
    static QString createTable(const TableDefinition &table, const QString &name);
    /// CREATE TABLE `__new_T`, its self-references pointed at `__new_T` when asked (RebuildWriter).
    static QString newTable(const RebuildTable &op, bool selfReferencesToNewTable);
    /// `NO ACTION`, `SET NULL`, ...: drizzle-kit 1.0 spells actions in upper case.
    static QString actionName(model::ReferentialAction action);
};

} // namespace tw::migrations
