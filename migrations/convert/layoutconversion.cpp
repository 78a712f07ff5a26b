// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/layoutconversion.h"

#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

namespace tw::migrations {
namespace {

using model::Result;

/// Copies @p from (a file or a folder, recursively) to @p to.
bool copyEntry(const QString &from, const QString &to, QString *error)
{
    const QFileInfo info(from);
    if (!info.isDir()) {
        if (QFile::copy(from, to))
            return true;
        *error = QStringLiteral("cannot copy %1 to %2").arg(from, to);
        return false;
    }
    if (!QDir().mkdir(to)) {
        *error = QStringLiteral("cannot create %1").arg(to);
        return false;
    }
    const QDir dir(from);
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!copyEntry(dir.filePath(name), to + u'/' + name, error))
            return false;
    }
    return true;
}

/// Builds the converted folder at @p staging: the moved migrations and everything else the folder holds except
/// `meta/` and the moved `.sql` files.
bool buildConverted(const LayoutConversion &plan, const QString &staging, QString *error)
{
    const QDir dir(plan.path);
    QSet<QString> moved{QStringLiteral("meta")};
    for (const LayoutConversion::Move &move : plan.moves) {
        const QString target = staging + u'/' + move.folder;
        if (!QDir().mkdir(target)) {
            *error = QStringLiteral("cannot create %1").arg(target);
            return false;
        }
        if (!copyEntry(dir.filePath(move.sqlFile), target + QStringLiteral("/migration.sql"), error) ||
            !model::AtomicFile::write(target + QStringLiteral("/snapshot.json"), move.snapshot, error))
            return false;
        moved << move.sqlFile;
    }
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!moved.contains(name) && !copyEntry(dir.filePath(name), staging + u'/' + name, error))
            return false;
    }
    return true;
}

} // namespace

Result<bool> LayoutConverter::apply(const LayoutConversion &plan)
{
    // Staged beside the folder, then swapped in with two renames: a failure before the second one leaves the folder
    // untouched, and a failed second one is undone. (The staging name starts with `.`: never taken for a migration.)
    const QFileInfo info(plan.path);
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString staging = info.absolutePath() + QStringLiteral("/.%1-v1-%2").arg(info.fileName(), unique);
    const QString old = info.absolutePath() + QStringLiteral("/.%1-classic-%2").arg(info.fileName(), unique);
    if (!QDir().mkdir(staging))
        return Result<bool>::failure(QStringLiteral("cannot create the temporary folder %1").arg(staging));
    QString error;
    if (!buildConverted(plan, staging, &error)) {
        QDir(staging).removeRecursively();
        return Result<bool>::failure(error);
    }
    if (!QDir().rename(info.absoluteFilePath(), old)) {
        QDir(staging).removeRecursively();
        return Result<bool>::failure(QStringLiteral("cannot move %1 aside (is a file in it open?)").arg(plan.path));
    }
    if (!QDir().rename(staging, info.absoluteFilePath())) {
        QDir().rename(old, info.absoluteFilePath());
        QDir(staging).removeRecursively();
        return Result<bool>::failure(QStringLiteral("cannot move the converted folder to %1").arg(plan.path));
    }
    if (!QDir(old).removeRecursively())
        return Result<bool>::failure(
            QStringLiteral("converted, but the old folder could not be removed: delete %1").arg(old));
    return true;
}

} // namespace tw::migrations
