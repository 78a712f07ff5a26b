// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationfolderwriter.h"

#include "migrations/folder/interruptedappend.h"

#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::migrations {
namespace {

using model::Result;

/// Every file of a migration goes through the one hardened atomic writer (Qt 6.4's buffered QSaveFile can report
/// success on a truncated file).
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QString error;
    return model::AtomicFile::write(path, bytes, &error, true) ? QString() : error;
}

} // namespace

QString MigrationFolderWriter::snapshotFile(int idx)
{
    return QStringLiteral("meta/%1_snapshot.json").arg(idx, 4, 10, QLatin1Char('0'));
}

Result<QString> MigrationFolderWriter::append(const MigrationsFolder &folder, const NewMigration &migration)
{
    const int idx = folder.nextIndex();
    const QString sqlFile = migration.tag + QStringLiteral(".sql");
    const QString snapshot = snapshotFile(idx);
    const QString sqlPath = folder.filePath(sqlFile);
    const QString snapshotPath = folder.filePath(snapshot);
    for (const QString &path : {sqlPath, snapshotPath}) {
        if (QFileInfo::exists(path))
            return Result<QString>::failure(QStringLiteral("%1 already exists; refusing to overwrite it").arg(path));
    }

    Journal journal = folder.journal();
    journal.entries << JournalEntry{idx, QStringLiteral("6"), migration.when, migration.tag, true};

    // Said as what could not be done, then why: the file named in the reason may be the append's own record.
    const auto cannotAdd = [&](const QString &why) {
        return Result<QString>::failure(
            QStringLiteral("cannot add migration %1 to %2: %3").arg(migration.tag, folder.path(), why));
    };
    QString error;
    if (!InterruptedAppend::begin(folder.path(), migration.tag, {sqlFile, snapshot}, &error))
        return cannotAdd(error);
    error = writeFile(sqlPath, migration.sql);
    if (error.isEmpty())
        error = writeFile(snapshotPath, migration.snapshot);
    if (error.isEmpty())
        error = writeFile(folder.filePath(QStringLiteral("meta/_journal.json")), journal.toJson());
    if (!error.isEmpty()) {
        QFile::remove(sqlPath);
        QFile::remove(snapshotPath);
        InterruptedAppend::end(folder.path());
        return cannotAdd(error);
    }
    InterruptedAppend::end(folder.path());
    return sqlPath;
}

} // namespace tw::migrations
