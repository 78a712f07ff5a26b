// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectlock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace tw::model {
namespace {

// Two spellings of one file (a symlink, `..`) must meet at one lock.
QString canonicalProjectPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock() = default;

ProjectLock::ProjectLock(ProjectLock &&) noexcept = default;

ProjectLock &ProjectLock::operator=(ProjectLock &&) noexcept = default;

QString ProjectLock::lockFilePath(const QString &projectPath)
{
    const QByteArray key =
        QCryptographicHash::hash(canonicalProjectPath(projectPath).toUtf8(), QCryptographicHash::Sha1);
    return QDir::temp().filePath(QStringLiteral("tablewright-%1.lock").arg(QString::fromLatin1(key.toHex().left(16))));
}

bool ProjectLock::acquire(const QString &projectPath, Holder *holder)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockFilePath(projectPath));
    // Only a dead holder makes a lock stale: a project can stay open for days.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (holder) {
            QString application;
            lock->getLockInfo(&holder->processId, &holder->hostName, &application);
        }
        return false;
    }
    m_lock = std::move(lock);
    m_projectPath = projectPath;
    return true;
}

void ProjectLock::acquireAnyway(const QString &projectPath)
{
    release();
    // The other process keeps its lock file; this one only remembers which project it opened.
    m_projectPath = projectPath;
}

void ProjectLock::release()
{
    m_lock.reset();
    m_projectPath.clear();
}

} // namespace tw::model
