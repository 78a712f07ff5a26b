// SPDX-License-Identifier: GPL-3.0-or-later
// AtomicFile's streaming form (CSV exports of big results): all or nothing, like the one that takes bytes.
#include "model/io/atomicfile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using tw::model::AtomicFile;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes @p lines lines of 100 bytes, one write each, as a CSV writer does.
std::function<QString(QIODevice &)> lines(int count)
{
    return [count](QIODevice &device) {
        const QByteArray line = QByteArray(99, 'x') + '\n';
        for (int i = 0; i < count; ++i) {
            if (device.write(line) != line.size())
                return QStringLiteral("the writer stopped at line %1").arg(i + 1);
        }
        return QString();
    };
}

} // namespace

TEST(AtomicFileStream, EveryByteArrivesInOrder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(AtomicFile::write(path, lines(30000), &error)) << error.toStdString();
    const QByteArray bytes = fileBytes(path);
    EXPECT_EQ(bytes.size(), 30000 * 100);
    EXPECT_EQ(bytes.count('\n'), 30000);
}

TEST(AtomicFileStream, AProducerErrorLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(AtomicFile::write(path, QByteArray("old\n"), &error));
    const bool written = AtomicFile::write(
        path,
        [](QIODevice &device) {
            device.write("half");
            return QStringLiteral("no such table: t");
        },
        &error);
    EXPECT_FALSE(written);
    EXPECT_EQ(error, QStringLiteral("no such table: t"));
    EXPECT_EQ(fileBytes(path), QByteArray("old\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}

#ifdef Q_OS_LINUX
// A write that fails half-way (the file size limit, which binds root too) never replaces the old file: through
// QSaveFile's own buffer, Qt 6.4 reported success with a truncated file.
TEST(AtomicFileStream, AShortWriteFailsAndLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(AtomicFile::write(path, QByteArray("old\n"), &error));
    rlimit original{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = original;
    limited.rlim_cur = 1000 * 1000;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool written = AtomicFile::write(path, lines(30000), &error);
    setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_FALSE(written);
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write %1: ").arg(path))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("bytes written"))) << error.toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("old\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}
#endif
