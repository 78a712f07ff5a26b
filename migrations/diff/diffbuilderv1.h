// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/diff/tablepair.h"
#include "migrations/plan/migrationplan.h"

#include <QStringList>

namespace tw::migrations {

/// One diff in drizzle-kit 1.0's way (measured on 1.0.0-rc.5, its sqlite `ddlDiff`): statements in its fixed order
/// — create tables, rename tables, rename columns, add columns, column alterations, recreate tables, drop indexes,
/// create indexes, drop tables, drop columns, drop views, create views — and a table recreated whenever a key,
/// UNIQUE, foreign key, CHECK or column definition changes. Where rc.5 is wrong the plan is correct instead: an
/// index that keeps its name while its shape changes is dropped and re-created (rc.5 writes nothing), views that
/// read a recreated table are dropped before the recreation and re-created after it (rc.5's rename step fails on
/// them), and a foreign key over several columns added with its first column is a recreation (rc.5 drops it).
/// Internal to diff(); @p after carries the constraint names it inherits (inheritConstraintNames).
class DiffBuilderV1
{
public:
    DiffBuilderV1(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options);

    MigrationPlan build();

private:
    void pairTables();
    QStringList recreatedTables() const;
    void emitColumns();
    void emitViewDropsAroundRecreations();
    void emitRecreations();
    void emitIndexes();
    void emitDrops();
    void emitViews();
    bool isRecreated(const QString &table) const { return m_recreated.contains(table); }
    /// @p pair's table in `before` as it was, before the renames.
    const TableDefinition &original(const TablePair &pair) const;

    const SchemaDefinition &m_before;
    const SchemaDefinition &m_after;
    const DiffOptions &m_options;
    SchemaPairing m_pairing;
    /// `before`'s paired tables as they stand after the renames (table, columns and references renamed), in
    /// `after` order: what rc.5 compares the new state with.
    QList<TableDefinition> m_renamedBefore;
    QList<TablePair> m_pairs; ///< m_renamedBefore[i] with its table in `after`
    QList<const TableDefinition *> m_created;
    QList<const TableDefinition *> m_dropped;
    QStringList m_recreated;
    QStringList m_viewsDroppedEarly; ///< views reading a recreated table, dropped before it; creation order
    QList<Operation> m_operations;
};

} // namespace tw::migrations
