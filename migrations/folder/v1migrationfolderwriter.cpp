// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/v1migrationfolderwriter.h"

#include "model/io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace tw::migrations {

using model::Result;

Result<QString> V1MigrationFolderWriter::add(const V1MigrationsFolder &folder, const NewV1Migration &migration,
                                             const QDateTime &nowUtc)
{
    if (migration.name.isEmpty() || migration.name.startsWith(u'.') || migration.name.contains(u'/') ||
        migration.name.contains(u'\\'))
        return Result<QString>::failure(QStringLiteral("%1 cannot name a migration folder").arg(migration.name));
    if (QFileInfo::exists(folder.filePath(QStringLiteral("meta/_journal.json"))))
        return Result<QString>::failure(
            QStringLiteral("%1 holds a drizzle-kit 0.31 journal: a drizzle-kit 1.0 migration "
                           "folder beside it would make the folder mixed")
                .arg(QDir::toNativeSeparators(folder.path())));
    const QString name = V1MigrationsFolder::folderName(folder.nextFolderTime(nowUtc), migration.name);
    const QString target = folder.filePath(name);
    if (QFileInfo::exists(target))
        return Result<QString>::failure(QStringLiteral("%1 already exists; refusing to overwrite it").arg(target));
    if (!QDir().mkpath(folder.path()))
        return Result<QString>::failure(QStringLiteral("cannot create %1").arg(folder.path()));

    // Staged beside the migrations folder, not in it: a left-over staging folder must never look like a migration.
    // (mkdir, not QTemporaryDir: the folder keeps the permissions the user's umask gives new folders.)
    const QFileInfo info(folder.path());
    const QString staging =
        info.absolutePath() +
        QStringLiteral("/.%1-new-%2").arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkdir(staging))
        return Result<QString>::failure(QStringLiteral("cannot create the temporary folder %1").arg(staging));
    QString error;
    if (!model::AtomicFile::write(staging + QStringLiteral("/migration.sql"), migration.sql, &error) ||
        !model::AtomicFile::write(staging + QStringLiteral("/snapshot.json"), migration.snapshot, &error)) {
        QDir(staging).removeRecursively();
        return Result<QString>::failure(error);
    }
    if (!QDir().rename(staging, target)) {
        QDir(staging).removeRecursively();
        return Result<QString>::failure(QStringLiteral("cannot move the new migration to %1").arg(target));
    }
    return name;
}

} // namespace tw::migrations
