// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace tw::test {

/// The real projects' migrations folders (never in the repository) that the build's TW_REALWORLD_DIR option names
/// (a compile definition of every test executable), or the environment variable of that name at run time. Empty
/// where there are none: the tests that read them skip, as on a fresh clone.
inline QString realworldRoot()
{
    const QString chosen = qEnvironmentVariable("TW_REALWORLD_DIR", QStringLiteral(TW_REALWORLD_DIR));
    return chosen.isEmpty() ? QString() : QDir::cleanPath(chosen);
}

inline QString realworldMigrations(const QString &project)
{
    return QDir(realworldRoot()).filePath(project + QStringLiteral("/migrations"));
}

/// Copies @p from (a folder tree) to @p to with writable files: the originals stay untouched.
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

} // namespace tw::test
