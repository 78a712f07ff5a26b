// SPDX-License-Identifier: GPL-3.0-or-later
// The project file keeps pending data migrations (`fills`) by id, and drops spent ones.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

/// The rich project with a pending fill on the first column of its first table.
Project projectWithFill(const QString &since)
{
    Project project = tw::test::richProject();
    project.baseline.snapshotId = since;
    const Table &table = project.schema.tables.first();
    project.fills << ColumnFill{table.id, table.columns.first().id, QStringLiteral("lower(replace(name, ' ', '-'))"),
                                since};
    return project;
}

} // namespace

TEST(ColumnFillProject, APendingFillReadsBackEqualWithItsIdsAndSnapshot)
{
    for (const QString &since : {QString(), QStringLiteral("5b6e0d47-7e0e-4c4b-9f7e-2a2b8c1d0e11")}) {
        const Project project = projectWithFill(since);
        const QByteArray bytes = ProjectWriter::write(project);
        EXPECT_TRUE(bytes.contains("\"fills\"")) << bytes.toStdString();
        const auto read = ProjectReader::read(bytes);
        ASSERT_TRUE(read) << read.error().toStdString();
        EXPECT_EQ(read.value().fills, project.fills);
        EXPECT_EQ(ProjectWriter::write(read.value()), bytes);
    }
}

TEST(ColumnFillProject, ProjectsWithoutFillsKeepTheirBytes)
{
    const Project project = tw::test::richProject();
    EXPECT_FALSE(ProjectWriter::write(project).contains("\"fills\""));
}

TEST(ColumnFillProject, AFillSpentByALaterMigrationOrForARemovedColumnIsNotWritten)
{
    Project spent = projectWithFill(QStringLiteral("old-snapshot"));
    spent.baseline.snapshotId = QStringLiteral("new-snapshot");
    EXPECT_FALSE(ProjectWriter::write(spent).contains("\"fills\""));
    EXPECT_TRUE(pendingFills(spent.fills, spent.baseline.snapshotId).isEmpty());

    Project removed = projectWithFill(QString());
    removed.schema.tables.first().columns.removeFirst();
    EXPECT_FALSE(ProjectWriter::write(removed).contains("\"fills\""));
}

TEST(ColumnFillProject, MalformedFillsAreRefusedNamingTheKey)
{
    QByteArray bytes = ProjectWriter::write(projectWithFill(QString()));
    bytes.replace("lower(replace(name, ' ', '-'))", "  ");
    const auto empty = ProjectReader::read(bytes);
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().contains(QStringLiteral("fills"))) << empty.error().toStdString();
    EXPECT_TRUE(empty.error().contains(QStringLiteral("cannot be empty"))) << empty.error().toStdString();
}
