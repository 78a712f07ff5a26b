// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/downfiles.h"

#include <QDir>
#include <QFileInfo>

namespace tw::migrations {

QString DownFiles::folderFor(const QString &projectFile)
{
    return QFileInfo(projectFile).absoluteDir().filePath(QStringLiteral("rollback"));
}

QString DownFiles::pathFor(const QString &projectFile, const QString &migrationName)
{
    return QDir(folderFor(projectFile)).filePath(migrationName + QStringLiteral(".down.sql"));
}

} // namespace tw::migrations
