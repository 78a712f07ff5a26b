// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/inspect/migrationhistory.h"

#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/databaseconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace tw::migrations {
namespace {

using HistoryResult = model::Result<QList<HistoryEntry>>;

struct DrizzleRow
{
    QString hash;
    qint64 createdAt = 0;
    bool matched = false;
};

struct D1Row
{
    QString name;
    QString appliedAt;
};

bool hasTable(DatabaseConnection &connection, const QString &name)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

QString sha256Of(const MigrationsFolder &folder, const QString &relative)
{
    QFile file(folder.filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

QString historyStateName(HistoryEntry::State state)
{
    switch (state) {
    case HistoryEntry::State::Applied: return QStringLiteral("applied");
    case HistoryEntry::State::Pending: return QStringLiteral("pending");
    case HistoryEntry::State::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

HistoryResult MigrationHistory::read(DatabaseConnection &connection, const MigrationsFolder &folder)
{
    QList<DrizzleRow> drizzle;
    QList<D1Row> d1;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (hasTable(connection, QStringLiteral("__drizzle_migrations"))) {
        if (!query.exec(QStringLiteral("SELECT hash, created_at FROM \"__drizzle_migrations\" ORDER BY id")))
            return HistoryResult::failure(
                QStringLiteral("cannot read __drizzle_migrations: %1").arg(query.lastError().databaseText()));
        while (query.next())
            drizzle << DrizzleRow{query.value(0).toString(), query.value(1).toLongLong()};
    }
    if (hasTable(connection, QStringLiteral("d1_migrations"))) {
        if (!query.exec(QStringLiteral("SELECT name, applied_at FROM d1_migrations ORDER BY id")))
            return HistoryResult::failure(
                QStringLiteral("cannot read d1_migrations: %1").arg(query.lastError().databaseText()));
        while (query.next())
            d1 << D1Row{query.value(0).toString(), query.value(1).toString()};
    }
    query.finish();

    qint64 lastCreatedAt = -1;
    for (const DrizzleRow &row : std::as_const(drizzle))
        lastCreatedAt = std::max(lastCreatedAt, row.createdAt);
    QList<HistoryEntry> entries;
    QSet<QString> folderFiles;
    for (const FolderMigration &m : folder.migrations()) {
        folderFiles.insert(m.sqlFile);
        HistoryEntry entry;
        entry.migration = m.sqlFile;
        QStringList trackedBy;
        const QString hash = sha256Of(folder, m.sqlFile);
        for (DrizzleRow &row : drizzle) {
            if (row.matched || (row.hash != hash && row.createdAt != m.entry.when))
                continue;
            row.matched = true;
            trackedBy << QStringLiteral("drizzle");
            entry.appliedAt = isoDate(row.createdAt);
            if (row.hash != hash)
                entry.note = QStringLiteral("changed after it was applied (its sha256 differs from the recorded one)");
            break;
        }
        for (const D1Row &row : std::as_const(d1)) {
            if (row.name == m.sqlFile) {
                trackedBy << QStringLiteral("d1");
                entry.appliedAt = row.appliedAt;
                break;
            }
        }
        entry.tracking = trackedBy.join(QLatin1String(", "));
        entry.state = trackedBy.isEmpty() ? HistoryEntry::State::Pending : HistoryEntry::State::Applied;
        if (entry.state == HistoryEntry::State::Pending && d1.isEmpty() && m.entry.when <= lastCreatedAt)
            entry.note = QStringLiteral("older than the last migration drizzle's migrator applied: it would skip it");
        entries << entry;
    }
    for (const DrizzleRow &row : std::as_const(drizzle)) {
        if (!row.matched)
            entries << HistoryEntry{HistoryEntry::State::Unknown, QStringLiteral("hash %1…").arg(row.hash.left(12)),
                                    QStringLiteral("drizzle"), isoDate(row.createdAt),
                                    QStringLiteral("recorded in __drizzle_migrations, not in the folder")};
    }
    for (const D1Row &row : std::as_const(d1)) {
        if (!folderFiles.contains(row.name))
            entries << HistoryEntry{HistoryEntry::State::Unknown, row.name, QStringLiteral("d1"), row.appliedAt,
                                    QStringLiteral("recorded in d1_migrations, not in the folder")};
    }
    return entries;
}

} // namespace tw::migrations
