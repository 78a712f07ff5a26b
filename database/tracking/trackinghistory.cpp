// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/trackinghistory.h"

#include "database/connection/databaseconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tw::database {
namespace {

using model::Result;
using PendingResult = Result<QList<migrations::FolderMigration>>;

bool tableExists(DatabaseConnection &connection, const QString &name)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

QByteArray fileBytes(const migrations::MigrationsFolder &folder, const QString &relative)
{
    QFile file(folder.filePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<TrackingHistory> TrackingHistory::read(DatabaseConnection &connection)
{
    TrackingHistory history;
    history.m_hasDrizzle = tableExists(connection, QStringLiteral("__drizzle_migrations"));
    history.m_hasD1 = tableExists(connection, QStringLiteral("d1_migrations"));
    QSqlQuery query(connection.database());
    if (history.m_hasDrizzle) {
        if (!query.exec(QStringLiteral("SELECT hash, created_at FROM \"__drizzle_migrations\" ORDER BY created_at, "
                                       "rowid")))
            return Result<TrackingHistory>::failure(
                QStringLiteral("cannot read __drizzle_migrations: %1").arg(query.lastError().databaseText()));
        while (query.next())
            history.m_drizzleRows << DrizzleRow{query.value(0).toString(), query.value(1).toLongLong()};
    }
    if (history.m_hasD1) {
        // Every column, as a table another tool made may lack applied_at.
        if (!query.exec(QStringLiteral("SELECT * FROM d1_migrations ORDER BY id")))
            return Result<TrackingHistory>::failure(
                QStringLiteral("cannot read d1_migrations: %1").arg(query.lastError().databaseText()));
        const int name = query.record().indexOf(QStringLiteral("name"));
        const int appliedAt = query.record().indexOf(QStringLiteral("applied_at"));
        if (name < 0)
            return Result<TrackingHistory>::failure(QStringLiteral("cannot read d1_migrations: it has no name column"));
        while (query.next())
            history.m_d1Rows << D1Row{query.value(name).toString(),
                                      appliedAt < 0 ? QString() : query.value(appliedAt).toString()};
    }
    return history;
}

QList<TrackingHistory::Tracking> TrackingHistory::tablesFor(Tracking preferred) const
{
    QList<Tracking> tables;
    if (m_hasDrizzle)
        tables << Tracking::Drizzle;
    if (m_hasD1)
        tables << Tracking::D1;
    return tables.isEmpty() ? QList<Tracking>{preferred} : tables;
}

PendingResult TrackingHistory::pending(const migrations::MigrationsFolder &folder, Tracking preferred,
                                       QStringList *notes) const
{
    const QList<Tracking> tables = tablesFor(preferred);
    if (!tables.contains(preferred) && notes) {
        notes->append(QStringLiteral("the database is tracked by %1, not %2 as the project says; following the "
                                     "database")
                          .arg(model::trackingName(tables.first()), model::trackingName(preferred)));
    }
    const Tracking decisive = tables.contains(preferred) ? preferred : tables.first();
    return decisive == Tracking::D1 ? pendingByName(folder) : pendingByWhen(folder, notes);
}

PendingResult TrackingHistory::pendingByWhen(const migrations::MigrationsFolder &folder, QStringList *notes) const
{
    const qint64 last = m_drizzleRows.isEmpty() ? -1 : m_drizzleRows.last().createdAt;
    QList<migrations::FolderMigration> applied;
    QList<migrations::FolderMigration> pending;
    for (const migrations::FolderMigration &m : folder.migrations())
        (m.entry.when > last ? pending : applied) << m;
    if (applied.size() < m_drizzleRows.size()) {
        return PendingResult::failure(
            QStringLiteral("the database's __drizzle_migrations records %1 migrations up to when=%2, but the folder "
                           "has only %3 that old: it was migrated from a different folder or branch")
                .arg(m_drizzleRows.size())
                .arg(last)
                .arg(applied.size()));
    }
    for (qsizetype i = 0; i < applied.size() && i < m_drizzleRows.size(); ++i) {
        const QByteArray bytes = fileBytes(folder, applied[i].sqlFile);
        if (notes && !bytes.isEmpty() && sha256Hex(bytes) != m_drizzleRows[i].hash)
            notes->append(QStringLiteral("%1 was changed after it was applied (its sha256 differs from the one "
                                         "recorded); the change is not applied again")
                              .arg(applied[i].sqlFile));
    }
    return pending;
}

PendingResult TrackingHistory::pendingByName(const migrations::MigrationsFolder &folder) const
{
    QSet<QString> inFolder;
    for (const migrations::FolderMigration &m : folder.migrations())
        inFolder.insert(m.sqlFile);
    QSet<QString> done;
    for (const D1Row &row : m_d1Rows) {
        const QString &name = row.name;
        done.insert(name);
        if (!inFolder.contains(name))
            return PendingResult::failure(QStringLiteral("the database's d1_migrations records %1, which is not in "
                                                         "the folder: it was migrated from a different folder or "
                                                         "branch")
                                              .arg(name));
    }
    QList<migrations::FolderMigration> pending;
    for (const migrations::FolderMigration &m : folder.migrations()) {
        if (!done.contains(m.sqlFile) && m.hasSqlFile) // wrangler never sees a journal entry without its file
            pending << m;
    }
    // wrangler applies by file name order; the journal order is the same for drizzle-kit folders.
    std::sort(pending.begin(), pending.end(),
              [](const migrations::FolderMigration &a, const migrations::FolderMigration &b) {
                  return a.sqlFile < b.sqlFile;
              });
    return pending;
}

QString TrackingHistory::createTableSql(Tracking tracking)
{
    if (tracking == Tracking::D1)
        return QStringLiteral("CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name "
                              "TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)");
    return QStringLiteral("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash text NOT "
                          "NULL, created_at numeric)");
}

QString TrackingHistory::record(DatabaseConnection &connection, Tracking tracking,
                                const migrations::FolderMigration &migration, const QByteArray &sqlFileBytes)
{
    QSqlQuery query(connection.database());
    if (tracking == Tracking::D1) {
        query.prepare(QStringLiteral("INSERT INTO d1_migrations (name) VALUES (?)"));
        query.addBindValue(migration.sqlFile);
    } else {
        query.prepare(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\") VALUES (?, ?)"));
        query.addBindValue(sha256Hex(sqlFileBytes));
        query.addBindValue(migration.entry.when);
    }
    return query.exec() ? QString() : query.lastError().databaseText();
}

} // namespace tw::database
