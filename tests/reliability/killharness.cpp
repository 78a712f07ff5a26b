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
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>

#include <sys/resource.h>

namespace tw::test {
namespace {

void startIn(QProcess &process, const QString &workingDirectory, const QStringList &arguments,
             std::function<void()> childSetup = {})
{
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(TW_BINARY), arguments);
    process.waitForStarted();
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
    QProcess process;
    startIn(process, workingDirectory, arguments);
    if (process.waitForFinished(static_cast<int>(delayMs)))
        return false;
    process.kill(); // SIGKILL
    process.waitForFinished(10000);
    return true;
}

int KillHarness::run(const QString &workingDirectory, const QStringList &arguments, QString *output)
{
    QProcess process;
    startIn(process, workingDirectory, arguments);
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
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
    process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
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

} // namespace tw::test
