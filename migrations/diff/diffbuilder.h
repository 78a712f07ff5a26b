// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/diff/statementcombiner.h"
#include "migrations/diff/tablepair.h"
#include "migrations/plan/migrationplan.h"

namespace tw::migrations {

/// One diff: pairs tables, columns and views, then emits drizzle-kit's statement kinds in its order into a
/// StatementCombiner. Internal to diff().
class DiffBuilder
{
public:
    DiffBuilder(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options);

    MigrationPlan build();

private:
    void pairTables();
    void emitTableLevel();
    void emitColumnRenames();
    void emitDroppedIndexes();
    void emitColumnChanges(const TablePair &pair);
    void emitAddedColumns(const TablePair &pair);
    void emitIndexesAndKeys();
    void emitDroppedColumns();
    void emitViews();
    bool compositeKeyReplaced(const TablePair &pair) const;
    bool compositeKeyAltered(const TablePair &pair) const;
    QList<Operation> rebuild(const QString &table, const QStringList &addedColumns) const;

    const SchemaDefinition &m_before;
    const SchemaDefinition &m_after;
    const DiffOptions &m_options;
    QList<TablePair> m_pairs; ///< in `before` order, as drizzle-kit walks altered tables
    QList<const TableDefinition *> m_created;
    QList<const TableDefinition *> m_dropped;
    QList<QPair<const TableDefinition *, const TableDefinition *>> m_renamed; ///< in `after` order
    StatementCombiner m_combiner;
};

} // namespace tw::migrations
