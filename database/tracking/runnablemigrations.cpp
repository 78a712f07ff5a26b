// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/runnablemigrations.h"

#include "migrations/folder/folderlayout.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace tw::database {

RunnableMigrations RunnableMigrations::fromFolder(const migrations::MigrationsFolder &folder)
{
    RunnableMigrations result;
    result.m_path = folder.path();
    for (const migrations::FolderMigration &m : folder.migrations())
        result.m_migrations << RunnableMigration{m.sqlFile, QString(), m.entry.when, m.hasSqlFile};
    result.m_errorText = folder.errorText();
    result.m_warningText = folder.warningText();
    return result;
}

RunnableMigrations RunnableMigrations::fromFolder(const migrations::V1MigrationsFolder &folder)
{
    RunnableMigrations result;
    result.m_layout = Layout::V1;
    result.m_path = folder.path();
    for (const migrations::V1Migration &m : folder.migrations()) {
        if (!m.hasSql) // drizzle-orm 1.0's migrator runs only the sub-folders holding migration.sql
            continue;
        result.m_migrations << RunnableMigration{m.sqlFile(), m.folder, m.time ? m.time->toMSecsSinceEpoch() : 0, true};
    }
    QStringList warnings;
    if (!folder.warningText().isEmpty())
        warnings << folder.warningText();
    if (!folder.errorText().isEmpty())
        warnings << folder.errorText().replace(QLatin1String("error: "), QLatin1String("warning: "));
    result.m_warningText = warnings.join(u'\n');
    return result;
}

model::Result<RunnableMigrations> RunnableMigrations::scan(const QString &path)
{
    const migrations::FolderLayoutDetection detection = migrations::FolderLayoutDetector::detect(path);
    switch (detection.layout) {
    case migrations::FolderLayout::Mixed:
        return model::Result<RunnableMigrations>::failure(detection.message);
    case migrations::FolderLayout::V1:
        return fromFolder(migrations::V1MigrationsFolder::scan(path));
    case migrations::FolderLayout::Empty:
    case migrations::FolderLayout::Classic:
        break;
    }
    return fromFolder(migrations::MigrationsFolder::scan(path));
}

QString RunnableMigrations::filePath(const QString &relative) const
{
    return QDir(m_path).filePath(relative);
}

QByteArray RunnableMigrations::sqlBytes(const RunnableMigration &migration) const
{
    QFile file(filePath(migration.sqlFile));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString RunnableMigrations::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace tw::database
