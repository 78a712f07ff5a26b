// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rebuild/targetmigrationwriter.h"

#include "migrations/rebuild/rebuildplanner.h"
#include "migrations/rebuild/rebuildwriter.h"
#include "migrations/rebuild/schemaevolution.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "migrations/sqlite/sqlitev1migrationwriter.h"

#include <QSet>

namespace tw::migrations {
namespace {

/// Views a keep-and-restore block dropped and that a later DropView of the plan drops anyway: the block leaves
/// them dropped (their old text may no longer compile against the rebuilt table) and the later DROP is skipped.
QSet<QString> viewsDroppedLater(const QList<Operation> &operations, qsizetype from)
{
    QSet<QString> out;
    for (qsizetype i = from; i < operations.size(); ++i) {
        if (const auto *drop = std::get_if<DropView>(&operations[i]))
            out.insert(drop->name.toCaseFolded());
    }
    return out;
}

/// Whether @p operation creates one of @p table's own indexes (as its definition lists them).
bool isIndexOf(const Operation &operation, const TableDefinition &table)
{
    const auto *create = std::get_if<CreateIndex>(&operation);
    return create && SchemaEvolution::sameName(create->index.table, table.name) &&
           std::any_of(table.indexes.cbegin(), table.indexes.cend(),
                       [create](const IndexDefinition &index) { return index == create->index; });
}

QStringList dialectStatements(const Operation &operation, SqlDialect dialect)
{
    return dialect == SqlDialect::V1 ? SqliteV1MigrationWriter::statements(operation)
                                     : SqliteMigrationWriter::statements(operation);
}

} // namespace

bool TargetMigrationWriter::parseTarget(const QString &name, Target *target)
{
    if (name == QLatin1String("sqlite"))
        *target = Target::Sqlite;
    else if (name == QLatin1String("d1"))
        *target = Target::D1;
    else
        return false;
    return true;
}

QStringList TargetMigrationWriter::statements(const MigrationPlan &plan, const SchemaDefinition &before, Target target,
                                              SqlDialect dialect)
{
    if (target == Target::Sqlite)
        return dialect == SqlDialect::V1 ? SqliteV1MigrationWriter::statements(plan)
                                         : SqliteMigrationWriter::statements(plan);
    SchemaDefinition current = before;
    QSet<QString> skippedDrops;
    QSet<qsizetype> movedIndexes; // V1: written with the rebuild they belong to
    QStringList out;
    const QList<Operation> &ops = plan.operations;
    // `current` is what a rebuild is planned against: after the last rebuild it is not kept up (applying thousands of
    // operations to a schema growing to thousands of tables was most of a big plan's time).
    qsizetype lastRebuild = -1;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (std::holds_alternative<RebuildTable>(ops[i]))
            lastRebuild = i;
    }
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (movedIndexes.contains(i))
            continue;
        const auto *rebuild = std::get_if<RebuildTable>(&ops[i]);
        if (!rebuild) {
            const auto *drop = std::get_if<DropView>(&ops[i]);
            if (!drop || !skippedDrops.remove(drop->name.toCaseFolded()))
                out << dialectStatements(ops[i], dialect);
            if (i < lastRebuild)
                SchemaEvolution::apply(current, ops[i]);
            continue;
        }
        RebuildPlan rebuildPlan = RebuildPlanner::plan(current, *rebuild);
        const QSet<QString> later = viewsDroppedLater(ops, i + 1);
        // The rebuilt table's indexes follow the rebuild: they must exist before its children come back.
        QStringList indexes;
        SchemaDefinition after = current;
        SchemaEvolution::apply(after, ops[i]);
        qsizetype next = i + 1;
        while (next < ops.size()) {
            const auto *index = std::get_if<CreateIndex>(&ops[next]);
            if (!index || !SchemaEvolution::sameName(index->index.table, rebuild->table.name))
                break;
            indexes << dialectStatements(ops[next], dialect);
            SchemaEvolution::apply(after, ops[next]);
            ++next;
        }
        if (dialect == SqlDialect::V1) {
            // drizzle-kit 1.0 creates a recreated table's indexes after every recreation: bring them here.
            for (qsizetype j = next; j < ops.size(); ++j) {
                if (isIndexOf(ops[j], rebuild->table)) {
                    indexes << dialectStatements(ops[j], dialect);
                    SchemaEvolution::apply(after, ops[j]);
                    movedIndexes.insert(j);
                }
            }
        }
        for (const ViewDefinition &v : std::as_const(rebuildPlan.views)) {
            if (later.contains(v.name.toCaseFolded())) {
                skippedDrops.insert(v.name.toCaseFolded());
                rebuildPlan.viewsLeftDropped << v.name;
                SchemaEvolution::apply(after, DropView{v.name});
            }
        }
        const QStringList block = RebuildWriter::statements(*rebuild, rebuildPlan, current, indexes, dialect);
        out << block;
        current = after;
        i = next - 1;
    }
    return out;
}

QString TargetMigrationWriter::migrationText(const MigrationPlan &plan, const SchemaDefinition &before, Target target,
                                             SqlDialect dialect)
{
    return SqliteMigrationWriter::fileText(statements(plan, before, target, dialect));
}

} // namespace tw::migrations
