// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/folderlayout.h"

#include "migrations/json/jsontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::migrations {
namespace {

/// Whether @p file is JSON whose `version` is "7" (any other content, unreadable or not, is not v1 evidence).
bool isVersion7Snapshot(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const auto json = JsonText::parse(f.readAll());
    const JsonValue *version = json ? json.value().find(QStringLiteral("version")) : nullptr;
    return version && version->isString() && version->toString() == QLatin1String("7");
}

} // namespace

FolderLayoutDetection FolderLayoutDetector::detect(const QString &path)
{
    FolderLayoutDetection detection;
    const QDir dir(path);
    if (!QFileInfo(path).isDir())
        return detection;
    detection.hasJournal = QFileInfo::exists(dir.filePath(QStringLiteral("meta/_journal.json")));
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        if (sub == QLatin1String("meta"))
            continue;
        const QDir subDir(dir.filePath(sub));
        if (QFileInfo::exists(subDir.filePath(QStringLiteral("migration.sql"))) ||
            isVersion7Snapshot(subDir.filePath(QStringLiteral("snapshot.json"))))
            detection.v1Folders << sub;
    }
    const bool classicTraces = detection.hasJournal || QFileInfo(dir.filePath(QStringLiteral("meta"))).isDir() ||
                               !dir.entryList({QStringLiteral("*.sql")}, QDir::Files).isEmpty();
    if (detection.hasJournal && !detection.v1Folders.isEmpty()) {
        detection.layout = FolderLayout::Mixed;
        detection.message =
            QStringLiteral("%1 holds both layouts: meta/_journal.json (drizzle-kit 0.31) and %2 migration folder(s) "
                           "of drizzle-kit 1.0 (%3). drizzle-kit 1.0 and drizzle-orm 1.0's migrator refuse a folder "
                           "with a journal; drizzle-kit 0.31 ignores the sub-folders. Tablewright does not guess which "
                           "half is current: move one of them out of the folder (or convert the classic half).")
                .arg(QDir::toNativeSeparators(path))
                .arg(detection.v1Folders.size())
                .arg(detection.v1Folders.mid(0, 3).join(QStringLiteral(", ")) +
                     (detection.v1Folders.size() > 3 ? QStringLiteral(", …") : QString()));
    } else if (!detection.v1Folders.isEmpty()) {
        detection.layout = FolderLayout::V1;
    } else if (classicTraces) {
        detection.layout = FolderLayout::Classic;
    }
    return detection;
}

QString FolderLayoutDetector::layoutName(FolderLayout layout)
{
    switch (layout) {
    case FolderLayout::Empty:
        return QStringLiteral("empty");
    case FolderLayout::Classic:
        return QStringLiteral("classic");
    case FolderLayout::V1:
        return QStringLiteral("v1");
    case FolderLayout::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

} // namespace tw::migrations
