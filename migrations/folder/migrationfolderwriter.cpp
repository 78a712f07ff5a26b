// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationfolderwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tw::migrations {
namespace {

using model::Result;

QString writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("cannot save %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

Result<QString> MigrationFolderWriter::append(const MigrationsFolder &folder, const NewMigration &migration)
{
    const int idx = folder.nextIndex();
    const QString sqlPath = folder.filePath(migration.tag + QStringLiteral(".sql"));
    const QString snapshotPath =
        folder.filePath(QStringLiteral("meta/%1_snapshot.json").arg(idx, 4, 10, QLatin1Char('0')));
    for (const QString &path : {sqlPath, snapshotPath}) {
        if (QFileInfo::exists(path))
            return Result<QString>::failure(QStringLiteral("%1 already exists; refusing to overwrite it").arg(path));
    }

    Journal journal = folder.journal();
    journal.entries << JournalEntry{idx, QStringLiteral("6"), migration.when, migration.tag, true};

    QString error = writeFile(sqlPath, migration.sql);
    if (error.isEmpty())
        error = writeFile(snapshotPath, migration.snapshot);
    if (error.isEmpty())
        error = writeFile(folder.filePath(QStringLiteral("meta/_journal.json")), journal.toJson());
    if (!error.isEmpty()) {
        QFile::remove(sqlPath);
        QFile::remove(snapshotPath);
        return Result<QString>::failure(error);
    }
    return sqlPath;
}

} // namespace tw::migrations
