// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace tw::model {

/// Marks a project file as open in this process, so a second window or a second Tablewright process that opens the
/// same file learns it before two copies of the project diverge and the one saved last silently wins. The lock lives in
/// the temporary folder (never beside the project, where git would see it), keyed by the file's canonical path; a lock
/// left by a process that died is stale and taken over.
class ProjectLock
{
public:
    ProjectLock();
    ~ProjectLock();
    ProjectLock(ProjectLock &&) noexcept;
    ProjectLock &operator=(ProjectLock &&) noexcept;

    /// Who holds a project's lock: the process id and host, for the message.
    struct Holder
    {
        qint64 processId = 0;
        QString hostName;
    };

    /// Takes the lock of @p projectPath, releasing any other this object held. Returns false, with @p holder filled,
    /// when another live process (or another ProjectLock of this one) holds it.
    bool acquire(const QString &projectPath, Holder *holder = nullptr);
    /// Takes @p projectPath's lock even though another process holds it (the user chose to open it twice).
    void acquireAnyway(const QString &projectPath);
    /// Gives the lock back (a new project, a closed window).
    void release();
    /// The project whose lock this object holds, or empty.
    QString projectPath() const { return m_projectPath; }

    /// Where @p projectPath's lock file lives.
    static QString lockFilePath(const QString &projectPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_projectPath;
};

} // namespace tw::model
