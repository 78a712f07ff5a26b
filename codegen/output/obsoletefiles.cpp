// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/obsoletefiles.h"

#include "codegen/api/codelayout.h"
#include "codegen/api/fileheader.h"
#include "codegen/output/exportstamp.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace tw::codegen {
namespace {

using Action = ExportOutcome::Action;

/// The output folder without symbolic links, or empty when it does not exist.
QString canonicalRoot(const QString &outputFolder)
{
    return QFileInfo(outputFolder).canonicalFilePath();
}

/// Whether @p absolutePath (cleaned, under @p root) is reached without any symbolic link below @p root: its
/// canonical path is the same path under the canonical root.
bool isPlainPathInside(const QString &root, const QString &canonical, const QString &absolutePath)
{
    const QString relative = QDir(root).relativeFilePath(absolutePath);
    if (relative.isEmpty() || relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative))
        return false;
    const QFileInfo info(absolutePath);
    return !info.isSymLink() && info.canonicalFilePath() == canonical + u'/' + relative;
}

enum class Ownership { NotOurs, Stamped, Edited };

/// Whether @p content is a file this project's export wrote (its "exporting rewrites it" header, then the stamp).
Ownership ownership(const QByteArray &content, const QString &sourceName)
{
    if (!content.startsWith(header::generated(sourceName).toUtf8()))
        return Ownership::NotOurs;
    switch (ExportStamp::inspect(content)) {
    case ExportStamp::State::Stamped:
        return Ownership::Stamped;
    case ExportStamp::State::Edited:
        return Ownership::Edited;
    case ExportStamp::State::Foreign:
        return Ownership::NotOurs;
    }
    return Ownership::NotOurs;
}

/// Reads @p path into @p content; with @p header, stops early (returning false) when the file does not start with it.
bool readFile(const QString &path, QByteArray *content, const QByteArray &header = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *content = file.read(header.size());
    if (*content != header)
        return false;
    *content += file.readAll();
    return true;
}

/// Removes the empty folders from @p folder up to, not including, @p root.
void removeEmptyFolders(const QString &root, QString folder)
{
    while (folder.startsWith(root + u'/')) {
        const QDir dir(folder);
        if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return;
        if (!QDir().rmdir(folder))
            return;
        folder = QFileInfo(folder).path();
    }
}

} // namespace

QList<ObsoleteFiles::Found> ObsoleteFiles::find(const QString &outputFolder, const model::ProjectSettings &settings,
                                                const QString &sourceName, const GeneratedFiles &current)
{
    const QString canonical = canonicalRoot(outputFolder);
    if (canonical.isEmpty())
        return {};
    const QDir root(outputFolder);
    const QString rootPath = QDir::cleanPath(root.absolutePath());
    QSet<QString> produced;
    // Folders to look in: the domains' parent, recursively, and each generated file's own folder.
    QList<std::pair<QString, bool>> folders{{QFileInfo(CodeLayout(settings).routerEntriesFile()).path(), true}};
    for (const GeneratedFile &file : current) {
        produced.insert(QDir::cleanPath(root.absoluteFilePath(file.path)));
        if (file.policy == GeneratedFile::Policy::Rewrite)
            folders.append({QFileInfo(file.path).path(), false});
    }
    const QByteArray ours = header::generated(sourceName).toUtf8();
    QSet<QString> seen;
    QList<Found> found;
    for (const auto &[relativeFolder, recursive] : folders) {
        const QString folder = QDir::cleanPath(root.absoluteFilePath(relativeFolder));
        if (QDir::isAbsolutePath(relativeFolder) ||
            (folder != rootPath && !isPlainPathInside(rootPath, canonical, folder)))
            continue;
        QDirIterator it(folder, QDir::Files | QDir::NoSymLinks,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext()) {
            const QString path = QDir::cleanPath(it.next());
            if (produced.contains(path) || seen.contains(path) || !isPlainPathInside(rootPath, canonical, path))
                continue;
            seen.insert(path);
            QByteArray content;
            if (!readFile(path, &content, ours))
                continue; // unreadable, or not this project's file
            const Ownership owner = ownership(content, sourceName);
            if (owner != Ownership::NotOurs)
                found.append({root.relativeFilePath(path), content, owner == Ownership::Edited});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.path < b.path; });
    return found;
}

ExportOutcome ObsoleteFiles::remove(const QString &outputFolder, const QString &path, const QString &sourceName,
                                    bool force)
{
    const QDir root(outputFolder);
    const QString rootPath = QDir::cleanPath(root.absolutePath());
    ExportOutcome outcome;
    outcome.path = QDir::cleanPath(root.absoluteFilePath(path));
    outcome.action = Action::Failed;
    const QString canonical = canonicalRoot(outputFolder);
    if (QDir::isAbsolutePath(path) || !outcome.path.startsWith(rootPath + u'/')) {
        outcome.error = QStringLiteral("%1 is outside the output folder %2: not deleted").arg(path, rootPath);
        return outcome;
    }
    if (!QFileInfo::exists(outcome.path) && !QFileInfo(outcome.path).isSymLink()) {
        outcome.action = Action::Deleted; // already gone: nothing left to do
        return outcome;
    }
    if (canonical.isEmpty() || !isPlainPathInside(rootPath, canonical, outcome.path)) {
        outcome.error = QStringLiteral("%1 is reached through a symbolic link in the output folder %2: "
                                       "not deleted")
                            .arg(path, rootPath);
        return outcome;
    }
    QByteArray content;
    if (!readFile(outcome.path, &content)) {
        outcome.error = QStringLiteral("cannot read %1 to check it before deleting it").arg(path);
        return outcome;
    }
    switch (ownership(content, sourceName)) {
    case Ownership::NotOurs:
        outcome.action = Action::RefusedForeign;
        return outcome;
    case Ownership::Edited:
        if (!force) {
            outcome.action = Action::ObsoleteEdited;
            return outcome;
        }
        break;
    case Ownership::Stamped:
        break;
    }
    QFile file(outcome.path);
    if (!file.remove()) {
        outcome.error = file.errorString();
        return outcome;
    }
    outcome.action = Action::Deleted;
    removeEmptyFolders(rootPath, QFileInfo(outcome.path).path());
    return outcome;
}

} // namespace tw::codegen
