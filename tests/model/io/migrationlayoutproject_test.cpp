// SPDX-License-Identifier: GPL-3.0-or-later
// The project file records the migrations folder layout (classic or v1): a v1 project reads back as v1, a classic
// one is written exactly as before, and a file older than the key reads as classic.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/model/io/projectfixtures.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::dataPath;

namespace {

Project v1Project()
{
    Project p = tw::test::minimalProject();
    p.settings.migrationLayout = ProjectSettings::MigrationLayout::V1;
    return p;
}

} // namespace

TEST(MigrationLayoutProject, V1ReadsBackEqualAndByteIdentical)
{
    const QByteArray bytes = ProjectWriter::write(v1Project());
    EXPECT_TRUE(bytes.contains("\"migrationLayout\": \"v1\"")) << bytes.toStdString();
    const Result<Project> read = ProjectReader::read(bytes);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value().settings.migrationLayout, ProjectSettings::MigrationLayout::V1);
    EXPECT_EQ(read.value(), v1Project());
    EXPECT_EQ(ProjectWriter::write(read.value()), bytes);
}

TEST(MigrationLayoutProject, ClassicIsNotWritten)
{
    EXPECT_FALSE(ProjectWriter::write(tw::test::richProject()).contains("migrationLayout"));
    EXPECT_FALSE(ProjectWriter::write(tw::test::minimalProject()).contains("migrationLayout"));
}

TEST(MigrationLayoutProject, OlderFilesWithoutTheKeyReadAsClassic)
{
    const Result<Project> read = ProjectReader::readFile(dataPath(QStringLiteral("projects/valid/minimal.twproj")));
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value().settings.migrationLayout, ProjectSettings::MigrationLayout::Classic);
}

TEST(MigrationLayoutProject, ExplicitClassicIsAcceptedAndDroppedOnWrite)
{
    QByteArray bytes = ProjectWriter::write(v1Project());
    bytes.replace("\"migrationLayout\": \"v1\"", "\"migrationLayout\": \"classic\"");
    const Result<Project> read = ProjectReader::read(bytes);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value().settings.migrationLayout, ProjectSettings::MigrationLayout::Classic);
    EXPECT_EQ(ProjectWriter::write(read.value()), ProjectWriter::write(tw::test::minimalProject()));
}

TEST(MigrationLayoutProject, UnknownValueNamesTheKeyAndTheChoices)
{
    QByteArray bytes = ProjectWriter::write(v1Project());
    bytes.replace("\"migrationLayout\": \"v1\"", "\"migrationLayout\": \"v2\"");
    const Result<Project> read = ProjectReader::read(bytes);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().startsWith(QStringLiteral("settings.migrationLayout: "))) << read.error().toStdString();
    EXPECT_TRUE(read.error().contains(QStringLiteral("classic, v1"))) << read.error().toStdString();
    EXPECT_TRUE(read.error().contains(QStringLiteral("v2"))) << read.error().toStdString();
}
