// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;

namespace {

Column column(const char *id, const char *name, SqlType type)
{
    Column c;
    c.id = Id(QString::fromLatin1(id));
    c.name = QString::fromLatin1(name);
    c.type = type;
    c.notNull = true;
    return c;
}

/// A project with one valid table, optionally with a duplicate column (an error) or without a key (a warning).
Project project(bool duplicateColumn, bool withPrimaryKey)
{
    Table t;
    t.id = Id(QStringLiteral("t"));
    t.name = QStringLiteral("tags");
    Column id = column("c.id", "id", SqlType::Integer);
    id.primaryKey = withPrimaryKey;
    t.columns << id << column("c.name", "name", SqlType::Text);
    if (duplicateColumn)
        t.columns << column("c.name2", "NAME", SqlType::Text);
    Project p;
    p.schema.tables << t;
    return p;
}

QString save(const QTemporaryDir &dir, const Project &p)
{
    const QString path = dir.filePath(QStringLiteral("p.twproj"));
    QString error;
    EXPECT_TRUE(ProjectWriter::writeFile(p, path, &error)) << error.toStdString();
    return path;
}

} // namespace

TEST(CheckCommand, CleanProjectExitsZeroAndPrintsNoProblems)
{
    QTemporaryDir dir;
    const auto run = runCli({QStringLiteral("check"), save(dir, project(false, true))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.endsWith(QStringLiteral(": 0 errors, 0 warnings\n")));
}

TEST(CheckCommand, WarningsOnlyStillExitZero)
{
    QTemporaryDir dir;
    const auto run = runCli({QStringLiteral("check"), save(dir, project(false, false))});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("warning: table tags: "))) << run.out.toStdString();
}

TEST(CheckCommand, ErrorsExitOneWithOneLinePerProblem)
{
    QTemporaryDir dir;
    const auto run = runCli({QStringLiteral("check"), save(dir, project(true, true))});
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("error: ")) || line.startsWith(QStringLiteral("warning: ")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("error: column tags.NAME: "))) << run.out.toStdString();
}

TEST(CheckCommand, MalformedProjectExitsOneNamingFileAndPosition)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.twproj"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"formatVersion\": 1,\n  \"schema\": {\n}");
    file.close();
    const auto run = runCli({QStringLiteral("check"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(path + QStringLiteral(": line "))) << run.err.toStdString();
}

TEST(CheckCommand, MissingFileExitsOne)
{
    const auto run = runCli({QStringLiteral("check"), QStringLiteral("/nonexistent/x.twproj")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("/nonexistent/x.twproj: "))) << run.err.toStdString();
}

TEST(CheckCommand, WrongArgumentCountIsAUsageError)
{
    EXPECT_EQ(runCli({QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--bogus")}).exitCode, 2);
}
