// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/d1trackingrename.h"

#include "database/connection/databaseconnection.h"
#include "database/connection/projectdatabase.h"
#include "migrations/runner/databasebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tw::migrations {
namespace {

using model::Result;
using Outcome = D1TrackingRename::Outcome;

/// How many rows of d1_migrations carry one of the old names (0 without the table).
Result<int> rowsToRename(database::DatabaseConnection &connection, const QList<QPair<QString, QString>> &renames)
{
    QString error;
    const QVariant table = connection.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'd1_migrations'"), &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    if (table.toInt() == 0)
        return 0;
    QSet<QString> oldNames;
    for (const auto &rename : renames)
        oldNames << rename.first;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT name FROM d1_migrations")))
        return Result<int>::failure(query.lastError().databaseText());
    int count = 0;
    while (query.next())
        count += oldNames.contains(query.value(0).toString()) ? 1 : 0;
    return count;
}

QString renameRows(database::DatabaseConnection &connection, const QList<QPair<QString, QString>> &renames)
{
    for (const auto &rename : renames) {
        QSqlQuery query(connection.database());
        query.prepare(QStringLiteral("UPDATE d1_migrations SET name = ? WHERE name = ?"));
        query.addBindValue(rename.second);
        query.addBindValue(rename.first);
        if (!query.exec())
            return query.lastError().databaseText();
    }
    return {};
}

} // namespace

Result<Outcome> D1TrackingRename::apply(const QString &databasePath, const QList<QPair<QString, QString>> &renames,
                                        int keepBackups, const QDateTime &now)
{
    auto opened = database::DatabaseConnection::open(databasePath, database::DatabaseConnection::Mode::ReadWrite, 5000);
    if (!opened)
        return Result<Outcome>::failure(opened.error());
    database::DatabaseConnection &connection = *opened.value();
    const Result<int> count = rowsToRename(connection, renames);
    if (!count)
        return Result<Outcome>::failure(count.error());
    Outcome outcome;
    outcome.databasePath = databasePath;
    if (count.value() == 0)
        return outcome;
    const Result<QString> backup = DatabaseBackup::create(connection, keepBackups, now);
    if (!backup)
        return Result<Outcome>::failure(backup.error());
    outcome.backupPath = backup.value();
    QString error = connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (error.isEmpty())
        error = renameRows(connection, renames);
    if (error.isEmpty())
        error = connection.exec(QStringLiteral("COMMIT"));
    if (!error.isEmpty()) {
        connection.exec(QStringLiteral("ROLLBACK"));
        return Result<Outcome>::failure(
            QStringLiteral("cannot rename the d1_migrations rows (nothing changed; backup %1): %2")
                .arg(outcome.backupPath, error));
    }
    outcome.renamed = count.value();
    return outcome;
}

Result<Outcome> D1TrackingRename::applyToProject(const QString &projectFile, const model::ProjectSettings &settings,
                                                 const QList<QPair<QString, QString>> &renames, const QDateTime &now)
{
    const Result<QString> database = database::ProjectDatabase::locate(projectFile, settings);
    if (!database || !QFileInfo::exists(database.value()))
        return Outcome{};
    return apply(database.value(), renames, settings.backupsToKeep, now);
}

QString D1TrackingRename::describe(const Outcome &outcome)
{
    if (outcome.databasePath.isEmpty())
        return QStringLiteral("No local database: no tracking rows to rename.\n");
    if (outcome.renamed == 0)
        return QStringLiteral("%1 has no d1_migrations rows of these migrations: nothing renamed.\n")
            .arg(QDir::toNativeSeparators(outcome.databasePath));
    return QStringLiteral("Renamed %1 d1_migrations rows of %2 to <folder>/migration.sql, so wrangler applies none "
                          "again (backup: %3).\n")
        .arg(outcome.renamed)
        .arg(QDir::toNativeSeparators(outcome.databasePath), QDir::toNativeSeparators(outcome.backupPath));
}

} // namespace tw::migrations
