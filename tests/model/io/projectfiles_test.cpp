// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and saving files on disk: limits, missing and odd paths, and the atomic save.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace tw::model;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether this process can create files in @p dir; root ignores folder permissions.
bool canCreateFileIn(const QDir &dir)
{
    QFile probe(dir.filePath(QStringLiteral(".probe")));
    const bool created = probe.open(QIODevice::WriteOnly);
    if (created)
        probe.remove();
    return created;
}

// Root ignores file permissions; for the scope of this object a root test process acts as "nobody", so that
// permission tests test something when CI runs as root.
class UnprivilegedScope
{
public:
    UnprivilegedScope()
    {
#ifdef Q_OS_LINUX
        m_dropped = geteuid() == 0 && seteuid(65534) == 0;
#endif
    }
    ~UnprivilegedScope()
    {
#ifdef Q_OS_LINUX
        if (m_dropped && seteuid(0) != 0)
            std::abort(); // the rest of the suite would run with the wrong rights
#endif
    }
    UnprivilegedScope(const UnprivilegedScope &) = delete;
    UnprivilegedScope &operator=(const UnprivilegedScope &) = delete;

private:
    bool m_dropped = false;
};

constexpr auto kReadOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;

class ProjectFiles : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shop.twproj"));
    }

    QString savedOriginal()
    {
        QString error;
        EXPECT_TRUE(ProjectWriter::writeFile(tw::test::minimalProject(), m_path, &error)) << error.toStdString();
        return m_path;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(ProjectFiles, SavedFileHoldsExactlyTheWrittenBytes)
{
    QString error = QStringLiteral("stale");
    ASSERT_TRUE(ProjectWriter::writeFile(tw::test::richProject(), m_path, &error));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(fileBytes(m_path), ProjectWriter::write(tw::test::richProject()));
    const Result<Project> read = ProjectReader::readFile(m_path);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value(), tw::test::richProject());
}

TEST_F(ProjectFiles, SaveReplacesAnExistingFileAndLeavesNoTemporaryFiles)
{
    savedOriginal();
    ASSERT_TRUE(ProjectWriter::writeFile(tw::test::richProject(), m_path, nullptr));
    EXPECT_EQ(fileBytes(m_path), ProjectWriter::write(tw::test::richProject()));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("shop.twproj")});
}

TEST_F(ProjectFiles, SaveOntoAFolderFailsAndLeavesItAlone)
{
    const QString folder = m_dir.filePath(QStringLiteral("folder.twproj"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QString error;
    EXPECT_FALSE(ProjectWriter::writeFile(tw::test::minimalProject(), folder, &error));
    EXPECT_TRUE(error.contains(folder)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST_F(ProjectFiles, SaveIntoAMissingFolderFails)
{
    QString error;
    EXPECT_FALSE(ProjectWriter::writeFile(tw::test::minimalProject(),
                                          m_dir.filePath(QStringLiteral("no/such/p.twproj")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(ProjectFiles, SaveIntoAReadOnlyFolderLeavesTheOldFileUntouched)
{
    const QByteArray before = fileBytes(savedOriginal());
    QFile::setPermissions(m_dir.path(), kReadOnlyFolder);
    bool folderIsWritable = true;
    bool saved = true;
    QString error;
    {
        const UnprivilegedScope unprivileged;
        folderIsWritable = canCreateFileIn(QDir(m_dir.path()));
        if (!folderIsWritable)
            saved = ProjectWriter::writeFile(tw::test::richProject(), m_path, &error);
    }
    QFile::setPermissions(m_dir.path(), kReadOnlyFolder | QFileDevice::WriteOwner);
    if (folderIsWritable)
        GTEST_SKIP() << "folder permissions do not bind this process; WriteFailureLeavesTheOldFileUntouched covers it";
    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot save ") + m_path)) << error.toStdString();
    EXPECT_EQ(fileBytes(m_path), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("shop.twproj")});
}

#ifdef Q_OS_LINUX
// A write that fails half-way (here: the file size limit, which binds root too) must not replace the old file.
TEST_F(ProjectFiles, WriteFailureLeavesTheOldFileUntouched)
{
    const QByteArray before = fileBytes(savedOriginal());
    const QByteArray rich = ProjectWriter::write(tw::test::richProject());
    ASSERT_GT(rich.size(), before.size() + 1);
    rlimit original{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = original;
    limited.rlim_cur = rlim_t(before.size() + 1);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString error;
    const bool saved = ProjectWriter::writeFile(tw::test::richProject(), m_path, &error);
    setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.startsWith(
        QStringLiteral("cannot write %1: %2 of %3 bytes written").arg(m_path).arg(before.size() + 1).arg(rich.size())))
        << error.toStdString();
    EXPECT_EQ(fileBytes(m_path), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("shop.twproj")});
}
#endif

TEST_F(ProjectFiles, MissingFileIsReported)
{
    const Result<Project> result = ProjectReader::readFile(m_dir.filePath(QStringLiteral("nothing.twproj")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), QStringLiteral("the file does not exist"));
}

TEST_F(ProjectFiles, FolderIsNotAProjectFile)
{
    const Result<Project> result = ProjectReader::readFile(m_dir.path());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), QStringLiteral("this is a folder, not a project file"));
}

TEST_F(ProjectFiles, UnreadableFileIsReported)
{
    savedOriginal();
    QFile::setPermissions(m_dir.path(), kReadOnlyFolder | QFileDevice::WriteOwner);
    QFile::setPermissions(m_path, QFileDevice::WriteOwner);
    const UnprivilegedScope unprivileged;
    QFile probe(m_path);
    if (probe.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "file permissions do not bind this process";
    const Result<Project> result = ProjectReader::readFile(m_path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(QStringLiteral("cannot open the file: "))) << result.error().toStdString();
}

TEST_F(ProjectFiles, HundredMegabyteFileIsRefusedWithItsSizeAndTheLimit)
{
    QFile big(m_path);
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(100 * 1024 * 1024)); // sparse: costs no disk space
    big.close();
    const Result<Project> result = ProjectReader::readFile(m_path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), QStringLiteral("the file is too large: 104857600 bytes (100.0 MiB); project files may "
                                             "have at most 33554432 bytes (32 MiB)"));
}

TEST(ProjectReaderLimits, BytesOverTheLimitAreRefusedBeforeParsing)
{
    const QByteArray bytes(ProjectReader::kMaxFileBytes + 1, ' ');
    const Result<Project> result = ProjectReader::read(bytes);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(QStringLiteral("the file is too large: 33554433 bytes")));
}

TEST(ProjectReaderLimits, ALargeButAllowedProjectReads)
{
    Project project;
    for (int t = 0; t < 300; ++t) {
        Table table;
        table.id = Id(QStringLiteral("t%1").arg(t));
        table.name = QStringLiteral("table_%1").arg(t);
        for (int c = 0; c < 30; ++c) {
            Column column;
            column.id = Id(QStringLiteral("t%1.c%2").arg(t).arg(c));
            column.name = QStringLiteral("column_%1").arg(c);
            column.comment = QString(200, u'x');
            table.columns << column;
        }
        project.schema.tables << table;
    }
    const QByteArray bytes = ProjectWriter::write(project);
    ASSERT_GT(bytes.size(), 2 * 1024 * 1024);
    const Result<Project> result = ProjectReader::read(bytes);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result.value(), project);
}
