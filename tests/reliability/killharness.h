// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <random>

namespace tw::test {

/// The user and group (nobody, nogroup) a test running as root runs the binary as when folder permissions must bind.
constexpr unsigned kUnprivilegedId = 65534;

/// Runs the real `tablewright` binary and kills it with SIGKILL after a chosen delay: the crash no handler sees.
class KillHarness
{
public:
    /// How long one uncut run of `tablewright @p arguments` in @p workingDirectory takes, in ms; fails the test when it
    /// does not exit 0.
    static qint64 timeUncut(const QString &workingDirectory, const QStringList &arguments);
    /// Starts the command and kills it, with every process it started, after @p delayMs (it may have finished already).
    /// Returns whether it was killed before it ended.
    static bool runAndKill(const QString &workingDirectory, const QStringList &arguments, qint64 delayMs);
    /// The same for another @p program (a test's driver of a library writer); its output so far in @p output.
    static bool runProgramAndKill(const QString &program, const QString &workingDirectory, const QStringList &arguments,
                                  qint64 delayMs, QString *output = nullptr);
    /// Starts the command and kills it, with every process it started, as soon as @p ready() holds (polled every
    /// 50 ms) or after @p timeoutMs. Returns whether @p ready() held.
    static bool runAndKillWhen(const QString &workingDirectory, const QStringList &arguments,
                               const std::function<bool()> &ready, qint64 timeoutMs);
    /// Runs the command to its end; returns its exit code (stdout and stderr in @p output).
    static int run(const QString &workingDirectory, const QStringList &arguments, QString *output = nullptr);
    /// The same with every file the command writes limited to @p maxFileBytes (RLIMIT_FSIZE, which binds root too):
    /// a write past it fails as on a full disk.
    static int runOnFullDisk(const QString &workingDirectory, const QStringList &arguments, qint64 maxFileBytes,
                             QString *output = nullptr);

    /// Runs the command as kUnprivilegedId when the test runs as root (as itself otherwise), so that folder
    /// permissions bind it, with @p home (which that user must be able to write) as its home folder. 125 when the
    /// rights could not be given up.
    static int runUnprivileged(const QString &workingDirectory, const QStringList &arguments, const QString &home,
                               QString *output = nullptr);

    /// Delays spread over a whole run: @p count values between 0 and 1.2 × @p uncutMs, the same every test run.
    static QList<qint64> delays(qint64 uncutMs, int count, unsigned seed);
};

/// Which migrations a database has: the tracking rows, and whether each migration's tables are all there.
struct AppliedState
{
    int trackedRows = -1; ///< rows in d1_migrations and __drizzle_migrations; -1 when the file cannot be opened
    bool hasProducts = false;
    bool hasCategories = false;
    QString integrity;
};

/// The state of the SQLite database at @p databasePath (opened read-write, as the next run would: a hot journal is
/// rolled back).
AppliedState readState(const QString &databasePath);

/// Every file under @p root (relative path -> bytes), hidden ones included.
QMap<QString, QByteArray> filesUnder(const QString &root);
/// Copies the bundled example project into @p directory as `aperto.twproj`.
void copyExample(const QString &directory, const QString &name = QStringLiteral("aperto.twproj"));
/// Makes @p path and everything under it kUnprivilegedId's when the test runs as root (for runUnprivileged()).
void giveToUnprivileged(const QString &path);
/// Copies every file under @p from (hidden ones included) to the same place under @p to: runs that must start from the
/// same bytes (migrations with the same times and snapshot ids) start from copies of one prepared folder.
void copyTree(const QString &from, const QString &to);
/// Sets the project's migrations to drizzle-kit 1.0's layout (a folder per migration).
void setMigrationLayoutV1(const QString &projectPath);
/// Moves every card of the project far to the right, so that `layout` has something to change: the bundled example
/// is saved laid out already.
void displaceCards(const QString &projectPath);

} // namespace tw::test
