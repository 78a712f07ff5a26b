// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/classicsnapshotupgrade.h"
#include "migrations/convert/layoutconversion.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/journal.h"
#include "migrations/folder/v1migrationsfolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

#include <optional>

namespace tw::migrations {
namespace {

using model::Result;

const QString kMeta = QStringLiteral("meta");
const QString kJournal = QStringLiteral("meta/_journal.json");

Result<LayoutConversion> refuse(const QString &message)
{
    return Result<LayoutConversion>::failure(message);
}

/// The UTC second of an epoch-ms `when`, as JavaScript's Date gives it (rounded down, also before 1970).
qint64 secondOf(qint64 when)
{
    return when >= 0 ? when / 1000 : (when - 999) / 1000;
}

QString missingSqlMessage(const QDir &dir, const JournalEntry &entry, const QString &prefix)
{
    QString message = QStringLiteral("%1.sql: the journal lists it but the file is missing; converting would lose "
                                     "this migration (drizzle-kit up drops it silently)")
                          .arg(entry.tag);
    const QStringList sameNumber = dir.entryList({prefix + QStringLiteral("_*.sql")}, QDir::Files, QDir::Name);
    if (!sameNumber.isEmpty())
        message += QStringLiteral(". %1 has its number: rename it to %2.sql or correct the journal's tag")
                       .arg(sameNumber.join(QStringLiteral(", ")), entry.tag);
    return message;
}

/// One journal entry's move, its snapshot converted; @p previousSecond is the previous folder's second (updated).
Result<LayoutConversion::Move> planMove(const QDir &dir, const JournalEntry &entry,
                                        std::optional<qint64> &previousSecond)
{
    using MoveResult = Result<LayoutConversion::Move>;
    const QString prefix = entry.tag.section(u'_', 0, 0);
    LayoutConversion::Move move;
    move.sqlFile = entry.tag + QStringLiteral(".sql");
    move.snapshotFile = kMeta + u'/' + prefix + QStringLiteral("_snapshot.json");
    move.when = entry.when;
    if (!QFile::exists(dir.filePath(move.sqlFile)))
        return MoveResult::failure(missingSqlMessage(dir, entry, prefix));
    QFile snapshotFile(dir.filePath(move.snapshotFile));
    if (!snapshotFile.open(QIODevice::ReadOnly))
        return MoveResult::failure(QStringLiteral("%1: the snapshot of journal entry %2 is missing or unreadable")
                                       .arg(move.snapshotFile, entry.tag));
    const Result<ClassicSnapshotUpgrade::Upgraded> upgraded = ClassicSnapshotUpgrade::upgrade(snapshotFile.readAll());
    if (!upgraded)
        return MoveResult::failure(move.snapshotFile + QStringLiteral(": ") + upgraded.error());
    move.snapshot = upgraded.value().bytes;
    // The folder's second: `when`'s, or the one after the previous folder's when that is not later.
    const qint64 natural = secondOf(entry.when);
    const qint64 second = previousSecond && natural <= *previousSecond ? *previousSecond + 1 : natural;
    move.timeMoved = second != natural;
    previousSecond = second;
    move.folder =
        V1MigrationsFolder::folderName(QDateTime::fromSecsSinceEpoch(second, Qt::UTC), entry.tag.section(u'_', 1));
    return move;
}

Result<Journal> readJournal(const QDir &dir)
{
    QFile journalFile(dir.filePath(kJournal));
    if (!journalFile.open(QIODevice::ReadOnly))
        return Result<Journal>::failure(QStringLiteral("%1: cannot read it").arg(kJournal));
    Result<Journal> journal = Journal::parse(journalFile.readAll());
    if (!journal)
        return Result<Journal>::failure(kJournal + QStringLiteral(": ") + journal.error());
    return journal;
}

} // namespace

Result<LayoutConversion> LayoutConverter::planToV1(const QString &folderPath)
{
    const FolderLayoutDetection layout = FolderLayoutDetector::detect(folderPath);
    if (layout.layout == FolderLayout::Mixed)
        return refuse(layout.message);
    if (layout.layout != FolderLayout::Classic || !layout.hasJournal)
        return refuse(QStringLiteral("%1 is not a drizzle-kit 0.31 migrations folder with a journal (found: %2)")
                          .arg(QDir::toNativeSeparators(folderPath), FolderLayoutDetector::layoutName(layout.layout)));
    const QDir dir(folderPath);
    const Result<Journal> journal = readJournal(dir);
    if (!journal)
        return refuse(journal.error());

    LayoutConversion plan;
    plan.path = folderPath;
    QSet<QString> movedSql;
    QSet<QString> movedSnapshots{QStringLiteral("_journal.json")};
    std::optional<qint64> previousSecond;
    for (const JournalEntry &entry : journal.value().entries) {
        Result<LayoutConversion::Move> move = planMove(dir, entry, previousSecond);
        if (!move)
            return refuse(move.error());
        const QString snapshotName = move.value().snapshotFile.mid(kMeta.size() + 1);
        if (movedSql.contains(move.value().sqlFile) || movedSnapshots.contains(snapshotName))
            return refuse(QStringLiteral("%1: two journal entries name the same files (%2, %3)")
                              .arg(kJournal, move.value().sqlFile, move.value().snapshotFile));
        movedSql << move.value().sqlFile;
        movedSnapshots << snapshotName;
        plan.moves << std::move(move).value();
    }
    const QStringList metaFiles =
        QDir(dir.filePath(kMeta)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &file : metaFiles) {
        if (!movedSnapshots.contains(file))
            return refuse(
                QStringLiteral("meta/%1 belongs to no journal entry: converting removes meta/ (as drizzle-kit "
                               "up does) and would lose it; move it out of the folder first")
                    .arg(file));
    }
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::Hidden, QDir::Name)) {
        if (!movedSql.contains(file))
            plan.straySqlFiles << file;
    }
    return plan;
}

QList<QPair<QString, QString>> LayoutConversion::trackingRenames() const
{
    QList<QPair<QString, QString>> renames;
    for (const Move &move : moves) {
        const QString v1Name = move.folder + QStringLiteral("/migration.sql");
        renames.append(direction == Direction::ToV1 ? qMakePair(move.sqlFile, v1Name)
                                                    : qMakePair(v1Name, move.sqlFile));
    }
    return renames;
}

namespace {

QString utcText(qint64 when)
{
    return QDateTime::fromMSecsSinceEpoch(when, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

QString toV1Description(const LayoutConversion &plan)
{
    QString text;
    for (const LayoutConversion::Move &move : plan.moves) {
        text += QStringLiteral("%1 -> %2/migration.sql\n").arg(move.sqlFile, move.folder);
        text += QStringLiteral("%1 -> %2/snapshot.json (version 7)\n").arg(move.snapshotFile, move.folder);
    }
    text += QStringLiteral("meta/ is removed (the journal and the version 6 snapshots)\n");
    for (const LayoutConversion::Move &move : plan.moves) {
        if (move.timeMoved)
            text += QStringLiteral("%1: its journal time %2 is not in a later second than the migration before it; "
                                   "its folder gets the next second so the folder names keep the journal's order\n")
                        .arg(move.folder, utcText(move.when));
    }
    return text;
}

QString toClassicDescription(const LayoutConversion &plan)
{
    QString text;
    for (const LayoutConversion::Move &move : plan.moves) {
        text += QStringLiteral("%1/migration.sql -> %2\n").arg(move.folder, move.sqlFile);
        text += QStringLiteral("%1/snapshot.json -> %2 (version 6)\n").arg(move.folder, move.snapshotFile);
    }
    text += QStringLiteral("meta/_journal.json lists them in this order, each `when` the folder's time\n");
    for (const LayoutConversion::Move &move : plan.moves) {
        if (move.timeMoved)
            text += QStringLiteral("%1: its folder is in the same second as the one before it; its `when` is %2, one "
                                   "millisecond later, because drizzle-orm 0.31 runs only a later `when`\n")
                        .arg(move.sqlFile, utcText(move.when));
    }
    return text;
}

} // namespace

QString LayoutConversion::description() const
{
    QString text = direction == Direction::ToV1 ? toV1Description(*this) : toClassicDescription(*this);
    for (const QString &file : straySqlFiles)
        text += QStringLiteral("%1 is not %2 and stays where it is (no drizzle tool runs it; wrangler "
                               "without migrations_pattern would)\n")
                    .arg(file, direction == Direction::ToV1 ? QStringLiteral("in the journal")
                                                            : QStringLiteral("a migration"));
    return text;
}

} // namespace tw::migrations
