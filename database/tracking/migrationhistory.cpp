// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/migrationhistory.h"

#include "database/connection/databaseconnection.h"
#include "database/tracking/runnablemigrations.h"
#include "database/tracking/trackinghistory.h"
#include "migrations/folder/migrationsfolder.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTimeZone>

namespace tw::database {
namespace {

using HistoryResult = model::Result<QList<HistoryEntry>>;

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

QString historyStateName(HistoryEntry::State state)
{
    switch (state) {
    case HistoryEntry::State::Applied:
        return QStringLiteral("applied");
    case HistoryEntry::State::Pending:
        return QStringLiteral("pending");
    case HistoryEntry::State::Skipped:
        return QStringLiteral("skipped");
    case HistoryEntry::State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

HistoryResult MigrationHistory::read(DatabaseConnection &connection, const migrations::MigrationsFolder &folder,
                                     Tracking preferred)
{
    return read(connection, RunnableMigrations::fromFolder(folder), preferred);
}

HistoryResult MigrationHistory::read(DatabaseConnection &connection, const RunnableMigrations &folder,
                                     Tracking preferred)
{
    const auto tracking = TrackingHistory::read(connection);
    if (!tracking)
        return HistoryResult::failure(tracking.error());
    QList<TrackingHistory::DrizzleRow> drizzle = tracking.value().drizzleRows();
    const QList<TrackingHistory::D1Row> &d1 = tracking.value().d1Rows();
    const auto pending = tracking.value().pending(folder, preferred, nullptr);
    QSet<QString> pendingFiles;
    if (pending) {
        for (const RunnableMigration &m : pending.value())
            pendingFiles.insert(m.sqlFile);
    }
    // v1: a row stands for the folder it names (or, in a 0.31 table, the folder rc.5's upgrade would give it).
    const model::Result<QStringList> rowNames =
        folder.tracksByName() ? tracking.value().drizzleRowNames(folder) : model::Result<QStringList>(QStringList());
    const auto sameMigration = [&](qsizetype row, const RunnableMigration &m, const QString &hash) {
        if (folder.tracksByName())
            return rowNames && rowNames.value().value(row) == m.name;
        return drizzle[row].hash == hash || drizzle[row].createdAt == m.createdAt;
    };

    QList<bool> drizzleMatched(drizzle.size(), false);
    QList<HistoryEntry> entries;
    QSet<QString> folderFiles;
    for (const RunnableMigration &m : folder.migrations()) {
        folderFiles.insert(m.sqlFile);
        HistoryEntry entry;
        entry.migration = m.sqlFile;
        QStringList trackedBy;
        const QString hash =
            QFile::exists(folder.filePath(m.sqlFile)) ? RunnableMigrations::sha256Hex(folder.sqlBytes(m)) : QString();
        for (qsizetype i = 0; i < drizzle.size(); ++i) {
            const TrackingHistory::DrizzleRow &row = drizzle[i];
            if (drizzleMatched[i] || !sameMigration(i, m, hash))
                continue;
            drizzleMatched[i] = true;
            trackedBy << QStringLiteral("drizzle");
            entry.appliedAt = row.appliedAt.isEmpty() ? isoDate(row.createdAt) : row.appliedAt;
            if (row.hash != hash)
                entry.note = QStringLiteral("changed after it was applied (its sha256 differs from the recorded one)");
            break;
        }
        for (const TrackingHistory::D1Row &row : d1) {
            if (row.name == m.sqlFile) {
                trackedBy << QStringLiteral("d1");
                entry.appliedAt = row.appliedAt;
                break;
            }
        }
        entry.tracking = trackedBy.join(QLatin1String(", "));
        if (pending && pendingFiles.contains(m.sqlFile)) {
            entry.state = HistoryEntry::State::Pending;
            if (!trackedBy.isEmpty())
                entry.note = folder.tracksByName()
                                 ? QStringLiteral("recorded in d1_migrations only, yet apply runs it again: its folder "
                                                  "is not in __drizzle_migrations")
                                 : QStringLiteral("recorded, yet apply runs it again: its `when` is newer than the "
                                                  "last created_at in __drizzle_migrations");
        } else if (!trackedBy.isEmpty()) {
            entry.state = HistoryEntry::State::Applied;
        } else if (!pending) {
            entry.state = HistoryEntry::State::Pending;
            entry.note = QStringLiteral("apply refuses: %1").arg(pending.error());
        } else {
            entry.state = HistoryEntry::State::Skipped;
            entry.note = m.hasSqlFile ? QStringLiteral("older than the last migration drizzle's migrator applied: it "
                                                       "never runs it")
                                      : QStringLiteral("the journal lists it without its .sql file: no runner can "
                                                       "apply it");
        }
        entries << entry;
    }
    for (qsizetype i = 0; i < drizzle.size(); ++i) {
        if (!drizzleMatched[i])
            entries << HistoryEntry{HistoryEntry::State::Unknown,
                                    drizzle[i].name.isEmpty() ? QStringLiteral("hash %1…").arg(drizzle[i].hash.left(12))
                                                              : drizzle[i].name,
                                    QStringLiteral("drizzle"), isoDate(drizzle[i].createdAt),
                                    QStringLiteral("recorded in __drizzle_migrations, not in the folder")};
    }
    for (const TrackingHistory::D1Row &row : d1) {
        if (!folderFiles.contains(row.name))
            entries << HistoryEntry{HistoryEntry::State::Unknown, row.name, QStringLiteral("d1"), row.appliedAt,
                                    QStringLiteral("recorded in d1_migrations, not in the folder")};
    }
    return entries;
}

} // namespace tw::database
