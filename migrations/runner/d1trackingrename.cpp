// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/d1trackingrename.h"

#include "database/connection/databaseconnection.h"
#include "database/tracking/runnablemigrations.h"
#include "migrations/runner/databasebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tw::migrations {
namespace {

using model::Result;
using Outcome = D1TrackingRename::Outcome;

bool hasTable(database::DatabaseConnection &connection, const QString &table, QString *error)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().databaseText();
        return false;
    }
    return query.value(0).toInt() > 0;
}

bool hasNameColumn(database::DatabaseConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('__drizzle_migrations')")))
        return false;
    while (query.next()) {
        if (query.value(0).toString() == QStringLiteral("name"))
            return true;
    }
    return false;
}

/// Runs @p sql with @p values bound; the number of rows it changed, or -1 with @p error set.
int execBound(database::DatabaseConnection &connection, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().databaseText();
        return -1;
    }
    return query.numRowsAffected();
}

/// The statements (SQL and bound values) that make the changes, counted by `SELECT count(*)` with the same WHERE.
struct RowChange
{
    QString table;
    QString set;
    QString where;
    QVariantList setValues;
    QVariantList whereValues;
};

QList<RowChange> rowChanges(database::DatabaseConnection &connection, const TrackingChanges &changes, QString *error)
{
    QList<RowChange> list;
    if (!changes.d1Renames.isEmpty() && hasTable(connection, QStringLiteral("d1_migrations"), error)) {
        for (const auto &rename : changes.d1Renames)
            list << RowChange{QStringLiteral("d1_migrations"),
                              QStringLiteral("name = ?"),
                              QStringLiteral("name = ?"),
                              {rename.second},
                              {rename.first}};
    }
    if (!changes.drizzleTimes.isEmpty() && error->isEmpty() &&
        hasTable(connection, QStringLiteral("__drizzle_migrations"), error)) {
        const bool byName = hasNameColumn(connection);
        // By hash, a later migration with the same SQL wins: the largest `when` is what 0.31 compares.
        for (const TrackingChanges::DrizzleTime &time : changes.drizzleTimes) {
            list << RowChange{QStringLiteral("\"__drizzle_migrations\""),
                              QStringLiteral("created_at = ?"),
                              byName ? QStringLiteral("name = ? AND created_at IS NOT ?")
                                     : QStringLiteral("hash = ? AND created_at IS NOT ?"),
                              {time.when},
                              {byName ? time.folder : time.hash, time.when}};
        }
    }
    if (!changes.drizzleNames.isEmpty() && error->isEmpty() &&
        hasTable(connection, QStringLiteral("__drizzle_migrations"), error) && hasNameColumn(connection)) {
        for (const TrackingChanges::DrizzleTime &time : changes.drizzleNames)
            list << RowChange{QStringLiteral("\"__drizzle_migrations\""),
                              QStringLiteral("name = ?"),
                              QStringLiteral("name IS NULL AND created_at = ?"),
                              {time.folder},
                              {time.when}};
    }
    return list;
}

QString runAll(database::DatabaseConnection &connection, const QList<RowChange> &list)
{
    QString error;
    for (const RowChange &change : list) {
        if (execBound(connection,
                      QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(change.table, change.set, change.where),
                      change.setValues + change.whereValues, &error) < 0)
            return error;
    }
    return {};
}

} // namespace

TrackingChanges TrackingChanges::forConversion(const LayoutConversion &plan)
{
    TrackingChanges changes;
    changes.d1Renames = plan.trackingRenames();
    const bool toClassic = plan.direction == LayoutConversion::Direction::ToClassic;
    for (const LayoutConversion::Move &move : plan.moves) {
        QFile sql(QDir(plan.path).filePath(toClassic ? move.folder + QStringLiteral("/migration.sql") : move.sqlFile));
        const QByteArray bytes = sql.open(QIODevice::ReadOnly) ? sql.readAll() : QByteArray();
        (toClassic ? changes.drizzleTimes : changes.drizzleNames)
            << DrizzleTime{move.folder, database::RunnableMigrations::sha256Hex(bytes), move.when};
    }
    return changes;
}

Result<int> D1TrackingRename::rowsToChange(database::DatabaseConnection &connection, const TrackingChanges &changes)
{
    QString error;
    const QList<RowChange> list = rowChanges(connection, changes, &error);
    int count = 0;
    for (const RowChange &change : list) {
        QSqlQuery query(connection.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(change.table, change.where));
        for (const QVariant &value : change.whereValues)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return Result<int>::failure(query.lastError().databaseText());
        count += query.value(0).toInt();
    }
    if (!error.isEmpty())
        return Result<int>::failure(error);
    return count;
}

QString D1TrackingRename::change(database::DatabaseConnection &connection, const TrackingChanges &changes)
{
    QString error;
    const QList<RowChange> list = rowChanges(connection, changes, &error);
    if (!error.isEmpty())
        return error;
    error = connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (error.isEmpty())
        error = runAll(connection, list);
    if (error.isEmpty())
        error = connection.exec(QStringLiteral("COMMIT"));
    if (!error.isEmpty())
        connection.exec(QStringLiteral("ROLLBACK"));
    return error;
}

Result<bool> D1TrackingRename::rehearse(const QString &databasePath, const TrackingChanges &changes)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("rehearsal.sqlite"));
    {
        auto source =
            database::DatabaseConnection::open(databasePath, database::DatabaseConnection::Mode::ReadOnly, 5000);
        if (!source)
            return Result<bool>::failure(source.error());
        QSqlQuery query(source.value()->database());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(copy);
        if (!query.exec())
            return Result<bool>::failure(
                QStringLiteral("cannot copy %1 to rehearse the rename: %2")
                    .arg(QDir::toNativeSeparators(databasePath), query.lastError().databaseText()));
    }
    auto opened = database::DatabaseConnection::open(copy, database::DatabaseConnection::Mode::ReadWrite, 5000);
    if (!opened)
        return Result<bool>::failure(opened.error());
    if (const QString error = change(*opened.value(), changes); !error.isEmpty())
        return Result<bool>::failure(QStringLiteral("renaming the tracking rows fails on a copy of %1: %2")
                                         .arg(QDir::toNativeSeparators(databasePath), error));
    return true;
}

Result<Outcome> D1TrackingRename::apply(const QString &databasePath, const TrackingChanges &changes, int keepBackups,
                                        const QDateTime &now)
{
    auto opened = database::DatabaseConnection::open(databasePath, database::DatabaseConnection::Mode::ReadWrite, 5000);
    if (!opened)
        return Result<Outcome>::failure(opened.error());
    database::DatabaseConnection &connection = *opened.value();
    const Result<int> count = rowsToChange(connection, changes);
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
    if (const QString error = change(connection, changes); !error.isEmpty())
        return Result<Outcome>::failure(
            QStringLiteral("cannot rename the tracking rows of %1 (nothing changed; backup %2): %3")
                .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(outcome.backupPath), error));
    outcome.renamed = count.value();
    return outcome;
}

QString D1TrackingRename::describe(const Outcome &outcome)
{
    if (outcome.databasePath.isEmpty())
        return QStringLiteral("No local database: no tracking rows to rename.\n");
    if (outcome.renamed == 0)
        return QStringLiteral("%1 has no tracking rows of these migrations: nothing renamed.\n")
            .arg(QDir::toNativeSeparators(outcome.databasePath));
    return QStringLiteral("Changed %1 tracking rows of %2 (d1_migrations names, __drizzle_migrations times), so no "
                          "runner applies a migration again (backup: %3).\n")
        .arg(outcome.renamed)
        .arg(QDir::toNativeSeparators(outcome.databasePath), QDir::toNativeSeparators(outcome.backupPath));
}

} // namespace tw::migrations
