// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/generate/migrationgenerator.h"

#include "migrations/diff/differ.h"
#include "migrations/folder/migrationfolderwriter.h"
#include "migrations/folder/migrationnamer.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/snapshot/snapshotwriter.h"

#include <QUuid>

#include <algorithm>

namespace tw::migrations {
namespace {

using model::Result;

/// The renames the plan performs, as the new snapshot's `_meta` records them.
SnapshotRenames renamesOf(const MigrationPlan &plan)
{
    SnapshotRenames renames;
    for (const Operation &op : plan.operations) {
        if (const auto *table = std::get_if<RenameTable>(&op))
            renames.tables.append({table->from, table->to});
        else if (const auto *column = std::get_if<RenameColumn>(&op))
            renames.columns.append({column->table, column->from, column->table, column->to});
    }
    return renames;
}

/// Whether @p tag starts with a timestamp (`20240101120000_x`, `1704067200_x`) instead of an index (`0003_x`).
bool numberedByTime(const QString &tag)
{
    const QString prefix = tag.section(u'_', 0, 0);
    return prefix.size() >= 10 && std::all_of(prefix.cbegin(), prefix.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString MigrationGenerator::folderConflict(const MigrationsFolder &folder, const model::Baseline &baseline)
{
    if (folder.hasErrors())
        return QStringLiteral("the next migration cannot continue the migrations folder %1:\n%2")
            .arg(folder.path(), folder.errorText());
    if (const QString tag = folder.journal().entries.isEmpty() ? QString() : folder.journal().entries.last().tag;
        numberedByTime(tag)) {
        return QStringLiteral("the migrations folder %1 names migrations by time (%2: drizzle-kit's migrations prefix "
                              "\"timestamp\" or \"unix\"). Tablewright writes drizzle-kit's default index prefixes "
                              "only, and an NNNN_ name would sort before the latest snapshot; generate this migration "
                              "with drizzle-kit")
            .arg(folder.path(), tag);
    }
    if (!baseline.snapshotId.isEmpty() && folder.latestSnapshotId() != baseline.snapshotId) {
        const QString latest = folder.latestSnapshotFile().isEmpty()
                                   ? QStringLiteral("it has no snapshot at all")
                                   : QStringLiteral("its latest snapshot %1 has id %2")
                                         .arg(folder.latestSnapshotFile(), folder.latestSnapshotId());
        return QStringLiteral("the migrations folder %1 changed behind the project's back: %2, but the project last "
                              "generated %3. Someone ran drizzle-kit generate, merged other migrations or deleted "
                              "some. To continue from the folder as it is, clear the project's baseline (or re-import "
                              "the folder) and generate again")
            .arg(folder.path(), latest, baseline.snapshotId);
    }
    return {};
}

Result<GenerateOutcome> MigrationGenerator::generate(const GenerateRequest &request)
{
    const MigrationsFolder folder = MigrationsFolder::scan(request.migrationsFolder);
    auto computed = NextMigration::compute(request.project, folder, request.target);
    if (!computed)
        return Result<GenerateOutcome>::failure(computed.error());
    const NextMigration &pending = computed.value();
    const MigrationPlan &plan = pending.plan;

    GenerateOutcome outcome;
    for (const FolderProblem &problem : folder.problems())
        outcome.folderWarnings << problem.toString();
    if (plan.isEmpty()) {
        outcome.noChanges = true;
        return outcome;
    }
    Snapshot next;
    next.id = request.snapshotId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.snapshotId;
    next.prevId = pending.previous.id;
    next.schema = request.project.schema;
    next.renames = renamesOf(plan);
    auto snapshotText = SnapshotWriter::write(next);
    if (!snapshotText)
        return Result<GenerateOutcome>::failure(
            QStringLiteral("cannot write the snapshot: %1").arg(snapshotText.error()));

    outcome.sql = pending.sql;
    outcome.warnings = plan.warnings;
    const NewMigration migration{MigrationNamer::tag(folder.nextIndex(), request.name, next.id),
                                 folder.nextWhen(request.nowMs), outcome.sql.toUtf8(), snapshotText.value()};
    auto written = MigrationFolderWriter::append(folder, migration);
    if (!written)
        return Result<GenerateOutcome>::failure(written.error());
    outcome.sqlPath = written.value();
    outcome.baseline = BaselineMapper::baselineFor(request.project.schema, next.id);
    return outcome;
}

} // namespace tw::migrations
