// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/trackinghistory.h"

#include "database/connection/databaseconnection.h"
#include "database/tracking/drizzletableupgrade.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tw::database {
namespace {

using model::Result;
using PendingResult = Result<QList<RunnableMigration>>;

bool tableExists(DatabaseConnection &connection, const QString &name)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

QString execBound(DatabaseConnection &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().databaseText();
}

} // namespace

Result<TrackingHistory> TrackingHistory::read(DatabaseConnection &connection)
{
    TrackingHistory history;
    history.m_hasDrizzle = tableExists(connection, QStringLiteral("__drizzle_migrations"));
    history.m_hasD1 = tableExists(connection, QStringLiteral("d1_migrations"));
    QSqlQuery query(connection.database());
    if (history.m_hasDrizzle) {
        // Every column: drizzle-orm 1.0's table adds name and applied_at to 0.31's.
        if (!query.exec(QStringLiteral("SELECT * FROM \"__drizzle_migrations\" ORDER BY created_at, rowid")))
            return Result<TrackingHistory>::failure(
                QStringLiteral("cannot read __drizzle_migrations: %1").arg(query.lastError().databaseText()));
        const QSqlRecord columns = query.record();
        const int id = columns.indexOf(QStringLiteral("id"));
        const int hash = columns.indexOf(QStringLiteral("hash"));
        const int createdAt = columns.indexOf(QStringLiteral("created_at"));
        const int name = columns.indexOf(QStringLiteral("name"));
        const int appliedAt = columns.indexOf(QStringLiteral("applied_at"));
        if (hash < 0 || createdAt < 0)
            return Result<TrackingHistory>::failure(
                QStringLiteral("cannot read __drizzle_migrations: it has no hash or created_at column"));
        history.m_hasNameColumn = name >= 0;
        while (query.next()) {
            DrizzleRow row;
            row.hash = query.value(hash).toString();
            row.createdAt = query.value(createdAt).toLongLong();
            row.name = name < 0 ? QString() : query.value(name).toString();
            row.appliedAt = appliedAt < 0 ? QString() : query.value(appliedAt).toString();
            row.id = id < 0 ? 0 : query.value(id).toLongLong();
            history.m_drizzleRows << row;
        }
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

PendingResult TrackingHistory::pending(const RunnableMigrations &folder, Tracking preferred, QStringList *notes) const
{
    const QList<Tracking> tables = tablesFor(preferred);
    if (!tables.contains(preferred) && notes) {
        notes->append(QStringLiteral("the database is tracked by %1, not %2 as the project says; following the "
                                     "database")
                          .arg(model::trackingName(tables.first()), model::trackingName(preferred)));
    }
    const Tracking decisive = tables.contains(preferred) ? preferred : tables.first();
    if (decisive == Tracking::D1)
        return pendingByName(folder);
    return folder.tracksByName() ? pendingByFolderName(folder, notes) : pendingByWhen(folder, notes);
}

Result<QList<migrations::FolderMigration>> TrackingHistory::pending(const migrations::MigrationsFolder &folder,
                                                                    Tracking preferred, QStringList *notes) const
{
    const auto runnable = pending(RunnableMigrations::fromFolder(folder), preferred, notes);
    if (!runnable)
        return Result<QList<migrations::FolderMigration>>::failure(runnable.error());
    QList<migrations::FolderMigration> entries;
    for (const RunnableMigration &m : runnable.value()) {
        for (const migrations::FolderMigration &entry : folder.migrations()) {
            if (entry.sqlFile == m.sqlFile) {
                entries << entry;
                break;
            }
        }
    }
    return entries;
}

Result<QStringList> TrackingHistory::drizzleRowNames(const RunnableMigrations &folder) const
{
    QStringList names;
    if (m_hasNameColumn) {
        for (const DrizzleRow &row : m_drizzleRows)
            names << row.name;
        return names;
    }
    return DrizzleTableUpgrade::rowNames(m_drizzleRows, folder);
}

PendingResult TrackingHistory::pendingByWhen(const RunnableMigrations &folder, QStringList *notes) const
{
    const qint64 last = m_drizzleRows.isEmpty() ? -1 : m_drizzleRows.last().createdAt;
    QList<RunnableMigration> applied;
    QList<RunnableMigration> pending;
    for (const RunnableMigration &m : folder.migrations())
        (m.createdAt > last ? pending : applied) << m;
    if (applied.size() < m_drizzleRows.size()) {
        return PendingResult::failure(
            QStringLiteral("the database's __drizzle_migrations records %1 migrations up to when=%2, but the folder "
                           "has only %3 that old: it was migrated from a different folder or branch")
                .arg(m_drizzleRows.size())
                .arg(last)
                .arg(applied.size()));
    }
    for (qsizetype i = 0; i < applied.size() && i < m_drizzleRows.size(); ++i) {
        const QByteArray bytes = folder.sqlBytes(applied[i]);
        if (notes && !bytes.isEmpty() && RunnableMigrations::sha256Hex(bytes) != m_drizzleRows[i].hash)
            notes->append(QStringLiteral("%1 was changed after it was applied (its sha256 differs from the one "
                                         "recorded); the change is not applied again")
                              .arg(applied[i].sqlFile));
    }
    return pending;
}

PendingResult TrackingHistory::pendingByFolderName(const RunnableMigrations &folder, QStringList *notes) const
{
    const auto names = drizzleRowNames(folder);
    if (!names)
        return PendingResult::failure(QStringLiteral("the database's __drizzle_migrations (drizzle-orm 0.31's table) "
                                                     "cannot be matched to the folder: ") +
                                      names.error());
    if (notes && !m_hasNameColumn && m_drizzleRows.size() > 0)
        notes->append(QStringLiteral("__drizzle_migrations is drizzle-orm 0.31's table: apply adds its name and "
                                     "applied_at columns and names the %1 recorded migrations, as drizzle-orm 1.0's "
                                     "migrator does")
                          .arg(m_drizzleRows.size()));
    QHash<QString, const RunnableMigration *> byName;
    for (const RunnableMigration &m : folder.migrations())
        byName.insert(m.name, &m);
    QSet<QString> done;
    for (qsizetype i = 0; i < names.value().size(); ++i) {
        const QString &name = names.value()[i];
        if (name.isEmpty())
            continue; // rc.5 ignores a row without a name
        done.insert(name);
        const RunnableMigration *m = byName.value(name);
        if (!notes)
            continue;
        if (!m) {
            notes->append(QStringLiteral("__drizzle_migrations records %1, which is not in the folder (another "
                                         "branch, or a deleted folder); drizzle-orm 1.0's migrator ignores it too")
                              .arg(name));
        } else if (const QByteArray bytes = folder.sqlBytes(*m);
                   !bytes.isEmpty() && RunnableMigrations::sha256Hex(bytes) != m_drizzleRows[i].hash) {
            notes->append(QStringLiteral("%1 was changed after it was applied (its sha256 differs from the one "
                                         "recorded); the change is not applied again")
                              .arg(m->sqlFile));
        }
    }
    QList<RunnableMigration> pending;
    for (const RunnableMigration &m : folder.migrations()) {
        if (!done.contains(m.name))
            pending << m;
    }
    return pending;
}

PendingResult TrackingHistory::pendingByName(const RunnableMigrations &folder) const
{
    QSet<QString> inFolder;
    for (const RunnableMigration &m : folder.migrations())
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
    QList<RunnableMigration> pending;
    for (const RunnableMigration &m : folder.migrations()) {
        if (!done.contains(m.sqlFile) && m.hasSqlFile) // wrangler never sees a journal entry without its file
            pending << m;
    }
    // wrangler applies by file name order; the journal order is the same for drizzle-kit folders.
    std::sort(pending.begin(), pending.end(),
              [](const RunnableMigration &a, const RunnableMigration &b) { return a.sqlFile < b.sqlFile; });
    return pending;
}

QString TrackingHistory::createTableSql(Tracking tracking, bool v1Layout)
{
    if (tracking == Tracking::D1)
        return QStringLiteral("CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name "
                              "TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)");
    if (v1Layout) // drizzle-orm 1.0.0-rc.5's text, whitespace included: sqlite_master keeps it
        return QStringLiteral(
            "CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (\n\t\t\tid INTEGER PRIMARY KEY,\n\t\t\t"
            "hash text NOT NULL,\n\t\t\tcreated_at numeric,\n\t\t\tname text,\n\t\t\tapplied_at "
            "TEXT\n\t\t)");
    return QStringLiteral("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash text NOT "
                          "NULL, created_at numeric)");
}

QString TrackingHistory::prepareTables(DatabaseConnection &connection, const QList<Tracking> &tables,
                                       const RunnableMigrations &folder) const
{
    for (const Tracking t : tables) {
        const bool upgrade = t == Tracking::Drizzle && m_hasDrizzle && !m_hasNameColumn && folder.tracksByName();
        if (const QString e = upgrade ? DrizzleTableUpgrade::run(connection, m_drizzleRows, folder)
                                      : connection.exec(createTableSql(t, folder.tracksByName()));
            !e.isEmpty())
            return e;
    }
    return {};
}

QString TrackingHistory::record(DatabaseConnection &connection, Tracking tracking, const RunnableMigration &migration,
                                const QByteArray &sqlFileBytes)
{
    if (tracking == Tracking::D1)
        return execBound(connection, QStringLiteral("INSERT INTO d1_migrations (name) VALUES (?)"),
                         {migration.sqlFile});
    const QString hash = RunnableMigrations::sha256Hex(sqlFileBytes);
    if (migration.name.isEmpty())
        return execBound(
            connection, QStringLiteral("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\") VALUES (?, ?)"),
            {hash, migration.createdAt});
    return execBound(
        connection,
        QStringLiteral("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\", \"name\", "
                       "\"applied_at\") VALUES (?, ?, ?, ?)"),
        {hash, migration.createdAt, migration.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QString TrackingHistory::record(DatabaseConnection &connection, Tracking tracking,
                                const migrations::FolderMigration &migration, const QByteArray &sqlFileBytes)
{
    return record(connection, tracking, RunnableMigration{migration.sqlFile, QString(), migration.entry.when, true},
                  sqlFileBytes);
}

} // namespace tw::database
