// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/databasebackup.h"

#include "database/connection/databaseconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tw::migrations {

QStringList DatabaseBackup::existing(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QDir dir = info.absoluteDir();
    QStringList paths;
    const QStringList names =
        dir.entryList({info.fileName() + QStringLiteral(".backup-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

model::Result<QString> DatabaseBackup::create(database::DatabaseConnection &connection, int keep, const QDateTime &now)
{
    const QString path = connection.path() + QStringLiteral(".backup-") +
                         now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QStringLiteral(".sqlite");
    if (QFileInfo::exists(path))
        return model::Result<QString>::failure(QStringLiteral("backup %1 already exists").arg(path));
    // VACUUM INTO writes page by page: a kill part-way must not leave a file named like a whole backup, which the
    // rotation below would then keep instead of a good one. The copy gets its name only once it is complete.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return model::Result<QString>::failure(
            QStringLiteral("cannot back up the database to %1: %2").arg(path, query.lastError().databaseText()));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return model::Result<QString>::failure(QStringLiteral("cannot name the backup %1").arg(path));
    }
    for (const QString &leftover : QFileInfo(path).absoluteDir().entryList(
             {QFileInfo(connection.path()).fileName() + QStringLiteral(".backup-*.sqlite.partial")}, QDir::Files))
        QFile::remove(QFileInfo(path).absoluteDir().filePath(leftover));
    QStringList backups = existing(connection.path());
    while (backups.size() > keep && !backups.isEmpty())
        QFile::remove(backups.takeFirst());
    return path;
}

} // namespace tw::migrations
