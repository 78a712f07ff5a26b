// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/layoutconversion.h"
#include "migrations/convert/v1snapshotdowngrade.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/journal.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshot.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <optional>

namespace tw::migrations {
namespace {

using model::Result;

Result<LayoutConversion> refuse(const QString &message)
{
    return Result<LayoutConversion>::failure(message);
}

/// Why @p migration cannot become a journal entry as it is; empty when it can.
QString folderProblem(const V1MigrationsFolder &folder, const V1Migration &migration)
{
    if (!migration.hasSql || !migration.hasSnapshot)
        return QStringLiteral("%1 lacks %2: a journal entry needs both the SQL and the snapshot")
            .arg(migration.folder,
                 migration.hasSql ? QStringLiteral("snapshot.json") : QStringLiteral("migration.sql"));
    if (!migration.time)
        return QStringLiteral("%1 has no timestamp in its name: the journal's `when` would have to be made up")
            .arg(migration.folder);
    const QStringList files =
        QDir(folder.filePath(migration.folder)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &file : files) {
        if (file != QStringLiteral("migration.sql") && file != QStringLiteral("snapshot.json"))
            return QStringLiteral("%1/%2 has no place in the classic layout and would be lost; move it out first")
                .arg(migration.folder, file);
    }
    return {};
}

/// The migration's snapshot, read, checked against the chain and written as version 6.
Result<QByteArray> classicSnapshot(const V1MigrationsFolder &folder, const V1Migration &migration,
                                   const QString &expectedParent, std::optional<SchemaDefinition> &parentDdl,
                                   const model::Schema *project)
{
    QFile file(folder.filePath(migration.snapshotFile()));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(migration.snapshotFile() + QStringLiteral(": cannot read it"));
    const Result<SnapshotV7> snapshot = SnapshotV7Reader::read(file.readAll());
    if (!snapshot)
        return Result<QByteArray>::failure(migration.snapshotFile() + QStringLiteral(": ") + snapshot.error());
    const Result<QByteArray> bytes =
        V1SnapshotDowngrade::downgrade(snapshot.value(), parentDdl ? &*parentDdl : nullptr, project);
    parentDdl = snapshot.value().ddl;
    if (!bytes)
        return Result<QByteArray>::failure(migration.snapshotFile() + QStringLiteral(": ") + bytes.error());
    if (snapshot.value().prevIds != QStringList{expectedParent})
        return Result<QByteArray>::failure(
            QStringLiteral("%1: its prevIds are [%2], not the migration before it in folder order (%3): the journal "
                           "would not be the chain the snapshots record")
                .arg(migration.snapshotFile(), snapshot.value().prevIds.join(QStringLiteral(", ")), expectedParent));
    return bytes;
}

} // namespace

Result<LayoutConversion> LayoutConverter::planToClassic(const QString &folderPath, const model::Schema *project)
{
    const FolderLayoutDetection layout = FolderLayoutDetector::detect(folderPath);
    if (layout.layout == FolderLayout::Mixed)
        return refuse(layout.message);
    if (layout.layout != FolderLayout::V1)
        return refuse(QStringLiteral("%1 is not a drizzle-kit 1.0 migrations folder (found: %2)")
                          .arg(QDir::toNativeSeparators(folderPath), FolderLayoutDetector::layoutName(layout.layout)));
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(folderPath);
    if (folder.hasErrors())
        return refuse(folder.errorText());
    if (folder.leafIds().size() > 1)
        return refuse(QStringLiteral("it has %1 open branches (leaves %2): the classic layout is a single chain")
                          .arg(folder.leafIds().size())
                          .arg(folder.leafIds().join(QStringLiteral(", "))));

    LayoutConversion plan;
    plan.direction = LayoutConversion::Direction::ToClassic;
    plan.path = folderPath;
    Journal journal;
    QString parent = Snapshot::originId();
    std::optional<SchemaDefinition> parentDdl;
    for (const V1Migration &migration : folder.migrations()) {
        if (const QString problem = folderProblem(folder, migration); !problem.isEmpty())
            return refuse(problem);
        const Result<QByteArray> snapshot = classicSnapshot(folder, migration, parent, parentDdl, project);
        if (!snapshot)
            return refuse(snapshot.error());
        parent = migration.snapshotId;
        LayoutConversion::Move move;
        const QString number = QStringLiteral("%1").arg(plan.moves.size(), 4, 10, QLatin1Char('0'));
        move.folder = migration.folder;
        move.sqlFile = number + u'_' + migration.name() + QStringLiteral(".sql");
        move.snapshotFile = QStringLiteral("meta/%1_snapshot.json").arg(number);
        move.snapshot = snapshot.value();
        // 0.31's migrator runs an entry only when its `when` is above the last applied one: never two alike.
        const qint64 natural = migration.time->toMSecsSinceEpoch();
        move.when = plan.moves.isEmpty() || natural > plan.moves.last().when ? natural : plan.moves.last().when + 1;
        move.timeMoved = move.when != natural;
        if (QFile::exists(folder.filePath(move.sqlFile)))
            return refuse(QStringLiteral("%1 already exists at the top of the folder: move it out first, the "
                                         "migration %2 takes its name")
                              .arg(move.sqlFile, migration.folder));
        journal.entries << JournalEntry{int(plan.moves.size()), QStringLiteral("6"), move.when, move.sqlFile.chopped(4),
                                        true};
        plan.moves << move;
    }
    plan.straySqlFiles = folder.straySqlFiles();
    plan.journal = journal.toJson();
    return plan;
}

} // namespace tw::migrations
