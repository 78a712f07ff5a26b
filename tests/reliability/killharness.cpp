// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/killharness.h"

#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>

#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace tw::test {
namespace {

void startIn(QProcess &process, const QString &workingDirectory, const QStringList &arguments,
             std::function<void()> childSetup = {}, const QString &program = QStringLiteral(TW_BINARY),
             QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    // In the child, before exec (only async-signal-safe calls): a process group of its own, so that a kill takes the
    // tools it starts (wrangler, node) with it.
    process.setChildProcessModifier([childSetup] {
        ::setpgid(0, 0);
        if (childSetup)
            childSetup();
    });
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForStarted();
}

// Waits for the command's end: its exit code (-1 when it crashed), stdout and stderr in @p output.
int waitForExit(QProcess &process, QString *output)
{
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

qint64 KillHarness::timeUncut(const QString &workingDirectory, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QString output;
    const int code = run(workingDirectory, arguments, &output);
    EXPECT_EQ(code, 0) << arguments.join(u' ').toStdString() << ": " << output.toStdString();
    return timer.elapsed();
}

bool KillHarness::runAndKill(const QString &workingDirectory, const QStringList &arguments, qint64 delayMs)
{
    return runProgramAndKill(QStringLiteral(TW_BINARY), workingDirectory, arguments, delayMs);
}

bool KillHarness::runProgramAndKill(const QString &program, const QString &workingDirectory,
                                    const QStringList &arguments, qint64 delayMs, QString *output)
{
    QProcess process;
    startIn(process, workingDirectory, arguments, {}, program);
    const bool finished = process.waitForFinished(static_cast<int>(delayMs));
    if (!finished) {
        ::kill(-pid_t(process.processId()), SIGKILL); // the whole group: the command and every tool it started
        process.waitForFinished(10000);
    }
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return !finished;
}

bool KillHarness::runAndKillWhen(const QString &workingDirectory, const QStringList &arguments,
                                 const std::function<bool()> &ready, qint64 timeoutMs)
{
    QProcess process;
    startIn(process, workingDirectory, arguments);
    QElapsedTimer timer;
    timer.start();
    bool reached = false;
    while (!(reached = ready()) && timer.elapsed() < timeoutMs) {
        if (process.waitForFinished(50))
            return ready();
    }
    ::kill(-pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return reached;
}

int KillHarness::run(const QString &workingDirectory, const QStringList &arguments, QString *output)
{
    QProcess process;
    startIn(process, workingDirectory, arguments);
    return waitForExit(process, output);
}

int KillHarness::runOnFullDisk(const QString &workingDirectory, const QStringList &arguments, qint64 maxFileBytes,
                               QString *output)
{
    QProcess process;
    startIn(process, workingDirectory, arguments, [maxFileBytes] {
        // In the child, before exec: only async-signal-safe calls.
        ::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
        rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    return waitForExit(process, output);
}

namespace {

// The binary, copied once where the unprivileged user can run it: the build folder may lie in one only its owner may
// enter (a checkout under /root). It needs nothing beside itself for the commands these tests run.
QString binaryEveryoneCanRun()
{
    static const QString path = [] {
        static QTemporaryDir folder;
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                 QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                 QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString copy = folder.filePath(QStringLiteral("tablewright"));
        QFile::copy(QStringLiteral(TW_BINARY), copy);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                        QFileDevice::ExeOther);
        return copy;
    }();
    return path;
}

} // namespace

int KillHarness::runUnprivileged(const QString &workingDirectory, const QStringList &arguments, const QString &home,
                                 QString *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    startIn(
        process, workingDirectory, arguments,
        [] {
            // In the child, before exec: root gives up its rights, so that folder permissions bind it.
            if (::geteuid() == 0 &&
                (::setgroups(0, nullptr) != 0 || ::setgid(kUnprivilegedId) != 0 || ::setuid(kUnprivilegedId) != 0))
                ::_exit(125);
        },
        binaryEveryoneCanRun(), env);
    return waitForExit(process, output);
}

QList<qint64> KillHarness::delays(qint64 uncutMs, int count, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<qint64> within(0, uncutMs + uncutMs / 5);
    QList<qint64> result;
    for (int i = 0; i < count; ++i)
        result << within(random);
    return result;
}

QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

void copyExample(const QString &directory, const QString &name)
{
    QDir().mkpath(directory);
    const QString target = QDir(directory).filePath(name);
    QFile::remove(target);
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"), target));
    QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
}

void giveToUnprivileged(const QString &path)
{
    if (::geteuid() != 0)
        return;
    const auto give = [](const QString &entry) {
        ASSERT_EQ(::lchown(QFile::encodeName(entry).constData(), kUnprivilegedId, kUnprivilegedId), 0)
            << entry.toStdString();
    };
    give(path);
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        give(it.next());
}

void copyTree(const QString &from, const QString &to)
{
    const QMap<QString, QByteArray> files = filesUnder(from);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString target = QDir(to).filePath(it.key());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << target.toStdString();
        ASSERT_EQ(file.write(it.value()), it.value().size()) << target.toStdString();
    }
}

void setMigrationLayoutV1(const QString &projectPath)
{
    auto project = model::ProjectReader::readFile(projectPath);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    project.value().settings.migrationLayout = model::ProjectSettings::MigrationLayout::V1;
    QString error;
    ASSERT_TRUE(model::ProjectWriter::writeFile(project.value(), projectPath, &error)) << error.toStdString();
}

void displaceCards(const QString &projectPath)
{
    auto project = model::ProjectReader::readFile(projectPath);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    for (auto &item : project.value().layout.items)
        item.position += QPointF(5000, 300);
    QString error;
    ASSERT_TRUE(model::ProjectWriter::writeFile(project.value(), projectPath, &error)) << error.toStdString();
}

AppliedState readState(const QString &databasePath)
{
    AppliedState state;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            QStringList tables;
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            while (q.next())
                tables << q.value(0).toString();
            state.hasProducts = tables.contains(QStringLiteral("products"));
            state.hasCategories = tables.contains(QStringLiteral("categories"));
            state.trackedRows = 0;
            for (const QString &tracking : {QStringLiteral("d1_migrations"), QStringLiteral("__drizzle_migrations")}) {
                if (tables.contains(tracking) && q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tracking)) &&
                    q.next())
                    state.trackedRows += q.value(0).toInt();
            }
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            state.integrity = q.next() ? q.value(0).toString() : QStringLiteral("unreadable");
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

} // namespace tw::test
