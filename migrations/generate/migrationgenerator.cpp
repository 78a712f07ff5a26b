// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/generate/migrationgenerator.h"

#include "migrations/diff/differ.h"
#include "migrations/folder/interruptedappend.h"
#include "migrations/folder/migrationfolderwriter.h"
#include "migrations/folder/migrationnamer.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationfolderwriter.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotwriter.h"

#include "model/io/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
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

/// The message for a folder whose latest snapshot @p latest is not the one the project last generated.
QString changedBehindTheProject(const QString &folder, const QString &latest, const QString &generated)
{
    return QStringLiteral("the migrations folder %1 changed behind the project's back: %2, but the project last "
                          "generated %3. Someone ran drizzle-kit generate, merged other migrations or deleted "
                          "some. To continue from the folder as it is, clear the project's baseline (or re-import "
                          "the folder) and generate again")
        .arg(folder, latest, generated);
}

/// The next migration's folder name after the time: `--name` folded, else the classic namer's two words.
QString v1MigrationName(const QString &customName, const QString &snapshotId)
{
    return MigrationNamer::tag(0, customName, snapshotId).section(u'_', 1);
}

Result<GenerateOutcome> generateV1(const GenerateRequest &request)
{
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(request.migrationsFolder);
    auto computed = NextMigration::compute(request.project, folder, request.target);
    if (!computed)
        return Result<GenerateOutcome>::failure(computed.error());
    const NextMigration &pending = computed.value();

    GenerateOutcome outcome;
    for (const FolderProblem &problem : folder.problems())
        outcome.folderWarnings << problem.toString();
    if (pending.plan.isEmpty()) {
        outcome.noChanges = true;
        return outcome;
    }
    SnapshotV7 next;
    next.id = request.snapshotId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.snapshotId;
    next.prevIds = pending.prevIds;
    next.ddl = pending.next;
    next.renames = pending.renames;
    next.renames.views.clear(); // drizzle-kit 1.0 records table and column renames only

    outcome.sql = pending.sql;
    outcome.warnings = pending.plan.warnings;
    const QDateTime now =
        request.nowMs > 0 ? QDateTime::fromMSecsSinceEpoch(request.nowMs, Qt::UTC) : QDateTime::currentDateTimeUtc();
    const NewV1Migration migration{v1MigrationName(request.name, next.id), outcome.sql.toUtf8(),
                                   SnapshotV7Writer::write(next)};
    auto written = V1MigrationFolderWriter::add(folder, migration, now);
    if (!written)
        return Result<GenerateOutcome>::failure(written.error());
    outcome.sqlPath = folder.filePath(written.value() + QStringLiteral("/migration.sql"));
    outcome.added.folder = folder.filePath(written.value());
    outcome.baseline = BaselineMapper::baselineFor(request.project.schema, next.id);
    return outcome;
}

} // namespace

Result<FolderLayout> MigrationGenerator::continuedLayout(const model::ProjectSettings &settings,
                                                         const QString &folderPath)
{
    const FolderLayoutDetection detected = FolderLayoutDetector::detect(folderPath);
    switch (detected.layout) {
    case FolderLayout::Mixed:
        return Result<FolderLayout>::failure(detected.message);
    case FolderLayout::Empty:
        return settings.migrationLayout == model::ProjectSettings::MigrationLayout::V1 ? FolderLayout::V1
                                                                                       : FolderLayout::Classic;
    case FolderLayout::Classic:
    case FolderLayout::V1:
        break;
    }
    return detected.layout;
}

QString MigrationGenerator::folderConflict(const V1MigrationsFolder &folder, const model::Baseline &baseline)
{
    if (folder.hasErrors())
        return QStringLiteral("the next migration cannot continue the migrations folder %1:\n%2")
            .arg(folder.path(), folder.errorText());
    const QString latestId = folder.latestSnapshot() ? folder.latestSnapshot()->id : QString();
    // With open branches the project may have generated any of their leaves; the merge continues from all.
    if (baseline.snapshotId.isEmpty() || latestId == baseline.snapshotId ||
        (folder.leafIds().size() > 1 && folder.leafIds().contains(baseline.snapshotId)))
        return {};
    const QString latest = latestId.isEmpty()
                               ? QStringLiteral("it has no snapshot at all")
                               : QStringLiteral("its latest snapshot %1 has id %2")
                                     .arg(folder.latestSnapshotFolder() + QStringLiteral("/snapshot.json"), latestId);
    return changedBehindTheProject(folder.path(), latest, baseline.snapshotId);
}

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
        return changedBehindTheProject(folder.path(), latest, baseline.snapshotId);
    }
    return {};
}

Result<GenerateOutcome> MigrationGenerator::generate(const GenerateRequest &request)
{
    // A generate killed part-way may have left a migration the journal does not name: finish that first.
    const auto interrupted = InterruptedAppend::finish(request.migrationsFolder);
    if (!interrupted)
        return Result<GenerateOutcome>::failure(interrupted.error());
    const auto layout = continuedLayout(request.project.settings, request.migrationsFolder);
    if (!layout)
        return Result<GenerateOutcome>::failure(layout.error());
    if (layout.value() == FolderLayout::V1)
        return generateV1(request);
    const MigrationsFolder folder = MigrationsFolder::scan(request.migrationsFolder);
    auto computed = NextMigration::compute(request.project, folder, request.target);
    if (!computed)
        return Result<GenerateOutcome>::failure(computed.error());
    const NextMigration &pending = computed.value();
    const MigrationPlan &plan = pending.plan;

    GenerateOutcome outcome;
    outcome.folderWarnings << interrupted.value();
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
    outcome.added.journalPath = folder.filePath(QStringLiteral("meta/_journal.json"));
    if (QFile journal(outcome.added.journalPath); journal.open(QIODevice::ReadOnly))
        outcome.added.journalBefore = journal.readAll();
    auto written = MigrationFolderWriter::append(folder, migration);
    if (!written)
        return Result<GenerateOutcome>::failure(written.error());
    outcome.sqlPath = written.value();
    outcome.added.files = {outcome.sqlPath, folder.filePath(MigrationFolderWriter::snapshotFile(folder.nextIndex()))};
    outcome.baseline = BaselineMapper::baselineFor(request.project.schema, next.id);
    return outcome;
}

QString MigrationGenerator::withdraw(const GenerateOutcome &outcome)
{
    const GenerateOutcome::Added &added = outcome.added;
    if (!added.folder.isEmpty()) {
        // A 1.0 migration is its folder alone: nothing names it elsewhere.
        return QDir(added.folder).removeRecursively()
                   ? QString()
                   : QStringLiteral("%1 could not be removed").arg(QDir::toNativeSeparators(added.folder));
    }
    // The journal names the migration: it goes back first, so that a failure leaves the migration whole.
    QString error;
    if (added.journalBefore ? !model::AtomicFile::write(added.journalPath, *added.journalBefore, &error)
                            : QFile::exists(added.journalPath) && !QFile::remove(added.journalPath)) {
        return error.isEmpty() ? QStringLiteral("%1 could not be removed").arg(added.journalPath) : error;
    }
    QStringList left;
    for (const QString &file : added.files) {
        if (QFile::exists(file) && !QFile::remove(file))
            left << QDir::toNativeSeparators(file);
    }
    return left.isEmpty() ? QString()
                          : QStringLiteral("%1 could not be removed (the journal no longer names them)")
                                .arg(left.join(QStringLiteral(", ")));
}

} // namespace tw::migrations
