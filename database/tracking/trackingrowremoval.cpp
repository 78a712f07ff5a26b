// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/trackingrowremoval.h"

#include "database/connection/databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tw::database {
namespace {

/// Runs @p sql with @p values bound; adds the rows it deleted to @p removed. SQLite's message on failure.
QString deleteBound(DatabaseConnection &connection, const QString &sql, const QVariantList &values, int *removed)
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().databaseText();
    *removed += query.numRowsAffected();
    return {};
}

/// A v1 folder tracked in drizzle-orm 0.31's table (no `name`): the rows rc.5's upToV1 matches to the folder.
QString removeMatchedRows(DatabaseConnection &connection, const TrackingHistory &history,
                          const RunnableMigrations &folder, const RunnableMigration &migration, int *removed)
{
    const auto names = history.drizzleRowNames(folder);
    if (!names)
        return names.error();
    for (qsizetype i = 0; i < names.value().size() && i < history.drizzleRows().size(); ++i) {
        if (names.value()[i] != migration.name)
            continue;
        const TrackingHistory::DrizzleRow &row = history.drizzleRows()[i];
        if (const QString e = deleteBound(
                connection,
                QStringLiteral("DELETE FROM \"__drizzle_migrations\" WHERE \"created_at\" = ? AND \"hash\" = ?"),
                {row.createdAt, row.hash}, removed);
            !e.isEmpty())
            return e;
    }
    return {};
}

QString removeDrizzleRows(DatabaseConnection &connection, const TrackingHistory &history,
                          const RunnableMigrations &folder, const RunnableMigration &migration, int *removed)
{
    if (!folder.tracksByName())
        return deleteBound(connection, QStringLiteral("DELETE FROM \"__drizzle_migrations\" WHERE \"created_at\" = ?"),
                           {migration.createdAt}, removed);
    if (!history.hasNameColumn())
        return removeMatchedRows(connection, history, folder, migration, removed);
    return deleteBound(connection, QStringLiteral("DELETE FROM \"__drizzle_migrations\" WHERE \"name\" = ?"),
                       {migration.name}, removed);
}

} // namespace

QString TrackingRowRemoval::remove(DatabaseConnection &connection, const TrackingHistory &history,
                                   const RunnableMigrations &folder, const RunnableMigration &migration, int *removed)
{
    int count = 0;
    if (history.hasDrizzleTable()) {
        if (const QString e = removeDrizzleRows(connection, history, folder, migration, &count); !e.isEmpty())
            return QStringLiteral("cannot remove %1 from __drizzle_migrations: %2").arg(migration.sqlFile, e);
    }
    if (history.hasD1Table()) {
        if (const QString e = deleteBound(connection, QStringLiteral("DELETE FROM d1_migrations WHERE name = ?"),
                                          {migration.sqlFile}, &count);
            !e.isEmpty())
            return QStringLiteral("cannot remove %1 from d1_migrations: %2").arg(migration.sqlFile, e);
    }
    if (removed)
        *removed = count;
    return {};
}

} // namespace tw::database
