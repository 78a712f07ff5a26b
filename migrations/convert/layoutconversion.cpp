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
bool buildV1(const LayoutConversion &plan, const QString &staging, QString *error)
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

/// The same the other way: `NNNN_name.sql`, `meta/` with the journal and the snapshots, everything else the folder
/// holds except the moved migration folders.
bool buildClassic(const LayoutConversion &plan, const QString &staging, QString *error)
{
    const QDir dir(plan.path);
    if (!QDir().mkdir(staging + QStringLiteral("/meta"))) {
        *error = QStringLiteral("cannot create %1/meta").arg(staging);
        return false;
    }
    QSet<QString> moved;
    for (const LayoutConversion::Move &move : plan.moves) {
        if (!copyEntry(dir.filePath(move.folder + QStringLiteral("/migration.sql")), staging + u'/' + move.sqlFile,
                       error) ||
            !model::AtomicFile::write(staging + u'/' + move.snapshotFile, move.snapshot, error))
            return false;
        moved << move.folder;
    }
    if (!model::AtomicFile::write(staging + QStringLiteral("/meta/_journal.json"), plan.journal, error))
        return false;
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!moved.contains(name) && !copyEntry(dir.filePath(name), staging + u'/' + name, error))
            return false;
    }
    return true;
}

} // namespace

Result<LayoutConverter::Staged> LayoutConverter::stage(const LayoutConversion &plan)
{
    // Beside the folder (the same file system, so the swap is two renames); the names start with `.`: never taken
    // for a migration, and the `.<name>-` prefix lets an interrupted conversion be found (TrackedConversion).
    const QFileInfo info(plan.path);
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool toV1 = plan.direction == LayoutConversion::Direction::ToV1;
    Staged staged{info.absoluteFilePath(),
                  info.absolutePath() +
                      QStringLiteral("/.%1-%2-%3")
                          .arg(info.fileName(), toV1 ? QStringLiteral("v1") : QStringLiteral("classic"), unique),
                  info.absolutePath() + QStringLiteral("/.%1-was-%2").arg(info.fileName(), unique)};
    if (!QDir().mkdir(staged.staging))
        return Result<Staged>::failure(
            QStringLiteral("cannot create the temporary folder %1 (is the folder writable?)").arg(staged.staging));
    QString error;
    if (!(toV1 ? buildV1(plan, staged.staging, &error) : buildClassic(plan, staged.staging, &error))) {
        discard(staged);
        return Result<Staged>::failure(error);
    }
    return staged;
}

Result<bool> LayoutConverter::swapIn(const Staged &staged)
{
    if (!QDir().rename(staged.folder, staged.aside))
        return Result<bool>::failure(QStringLiteral("cannot move %1 aside (is a file in it open?)")
                                         .arg(QDir::toNativeSeparators(staged.folder)));
    if (!QDir().rename(staged.staging, staged.folder)) {
        QDir().rename(staged.aside, staged.folder);
        return Result<bool>::failure(
            QStringLiteral("cannot move the converted folder to %1").arg(QDir::toNativeSeparators(staged.folder)));
    }
    return true;
}

Result<bool> LayoutConverter::swapBack(const Staged &staged)
{
    if (!QDir().rename(staged.folder, staged.staging) || !QDir().rename(staged.aside, staged.folder))
        return Result<bool>::failure(QStringLiteral("cannot put the original folder back: it is %1")
                                         .arg(QDir::toNativeSeparators(staged.aside)));
    discard(staged);
    return true;
}

Result<bool> LayoutConverter::finish(const Staged &staged)
{
    if (!QDir(staged.aside).removeRecursively())
        return Result<bool>::failure(QStringLiteral("converted, but the old folder could not be removed: delete %1")
                                         .arg(QDir::toNativeSeparators(staged.aside)));
    return true;
}

void LayoutConverter::discard(const Staged &staged)
{
    QDir(staged.staging).removeRecursively();
}

Result<bool> LayoutConverter::apply(const LayoutConversion &plan)
{
    const Result<Staged> staged = stage(plan);
    if (!staged)
        return Result<bool>::failure(staged.error());
    if (const Result<bool> swapped = swapIn(staged.value()); !swapped) {
        discard(staged.value());
        return swapped;
    }
    return finish(staged.value());
}

} // namespace tw::migrations
