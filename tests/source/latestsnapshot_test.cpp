// SPDX-License-Identifier: GPL-3.0-or-later
// LatestSnapshot, the one reader of a migrations folder every import path goes through (the CLI's import, the
// designer's Open Drizzle Project, ProjectAdopter): it tells the layouts apart, reads drizzle-kit 1.0's folders into
// a schema the next migration continues without changes, and refuses a mixed or damaged folder, naming the files.
#include "migrations/diff/differ.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "source/adopt/latestsnapshot.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <algorithm>

using namespace tw::migrations;
using tw::model::ProjectSettings;
using tw::source::LatestSnapshot;
using tw::test::FolderFixture;

namespace {

const QString kSecond = QStringLiteral("20261207033141_rename_tags");
const QString kSecondId = QStringLiteral("2c9e9c39-1eb7-4239-879f-a085d6393379");

} // namespace

TEST(LatestSnapshot, ReadsDrizzleKit1sFolderIntoItsLatestSchema)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto latest = LatestSnapshot::read(fixture.path());
    ASSERT_TRUE(latest.ok()) << latest.error().toStdString();
    EXPECT_EQ(latest.value().layout, FolderLayout::V1);
    EXPECT_EQ(latest.value().migrationCount, 2);
    EXPECT_EQ(latest.value().snapshot.id, kSecondId);
    EXPECT_EQ(latest.value().file, fixture.file(kSecond + QStringLiteral("/snapshot.json")));
    EXPECT_TRUE(latest.value().warnings.isEmpty()) << latest.value().warnings.join(u'\n').toStdString();
    const tw::model::Schema &schema = latest.value().snapshot.schema;
    ASSERT_EQ(schema.tables.size(), 3);
    const tw::model::Table *labels = schema.tableNamed(QStringLiteral("labels"));
    ASSERT_NE(labels, nullptr);
    EXPECT_TRUE(labels->columnNamed(QStringLiteral("title"))->unique);
    ASSERT_NE(schema.tableNamed(QStringLiteral("users")), nullptr);
    EXPECT_NE(schema.tableNamed(QStringLiteral("users"))->columnNamed(QStringLiteral("display_name")), nullptr);
    EXPECT_EQ(latest.value().summary(), QStringLiteral("drizzle-kit 1.0 layout (v1): 2 migrations"));
    EXPECT_EQ(latest.value().projectLayout(ProjectSettings::MigrationLayout::Classic),
              ProjectSettings::MigrationLayout::V1);
}

TEST(LatestSnapshot, TheImportedSchemaContinuesTheV1FolderWithoutChanges)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto latest = LatestSnapshot::read(fixture.path());
    ASSERT_TRUE(latest.ok()) << latest.error().toStdString();
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    ASSERT_TRUE(folder.latestSnapshot().has_value());
    const SchemaDefinition &previous = folder.latestSnapshot()->ddl;
    DiffOptions options;
    options.dialect = SqlDialect::V1;
    const SchemaDefinition next = continuedDefinition(previous, latest.value().snapshot.schema, options);
    EXPECT_TRUE(diff(previous, next, options).isEmpty());
    // The names rc.5 inherited across the rename come back, so the next snapshot keeps them too.
    const auto labels = std::find_if(next.tables.cbegin(), next.tables.cend(),
                                     [](const TableDefinition &t) { return t.name == QLatin1String("labels"); });
    ASSERT_NE(labels, next.tables.cend());
    EXPECT_EQ(labels->primaryKeyName, QStringLiteral("tags_pk"));
    ASSERT_EQ(labels->uniques.size(), 1);
    EXPECT_EQ(labels->uniques.first().name, QStringLiteral("tags_label_unique"));
}

TEST(LatestSnapshot, AClassicFolderSaysSo)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const auto latest = LatestSnapshot::read(fixture.path());
    ASSERT_TRUE(latest.ok()) << latest.error().toStdString();
    EXPECT_EQ(latest.value().layout, FolderLayout::Classic);
    EXPECT_EQ(latest.value().summary(), QStringLiteral("drizzle-kit 0.31 layout (classic): 2 migrations"));
    EXPECT_EQ(latest.value().projectLayout(ProjectSettings::MigrationLayout::V1),
              ProjectSettings::MigrationLayout::Classic);
}

TEST(LatestSnapshot, AnEmptyFolderKeepsTheProjectsChoice)
{
    QTemporaryDir dir;
    const auto latest = LatestSnapshot::read(dir.path());
    ASSERT_TRUE(latest.ok()) << latest.error().toStdString();
    EXPECT_EQ(latest.value().layout, FolderLayout::Empty);
    EXPECT_TRUE(latest.value().file.isEmpty());
    EXPECT_EQ(latest.value().snapshot.id, Snapshot::originId());
    EXPECT_TRUE(latest.value().summary().isEmpty());
    EXPECT_EQ(latest.value().projectLayout(ProjectSettings::MigrationLayout::V1), ProjectSettings::MigrationLayout::V1);
}

TEST(LatestSnapshot, AMixedFolderIsRefusedNamingTheFiles)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(QStringLiteral("meta/_journal.json"), R"({"version":"7","dialect":"sqlite","entries":[]})");
    const auto latest = LatestSnapshot::read(fixture.path());
    ASSERT_FALSE(latest.ok()) << "a mixed folder was read";
    EXPECT_TRUE(latest.error().startsWith(fixture.path())) << latest.error().toStdString();
    EXPECT_TRUE(latest.error().contains(QStringLiteral("_journal.json"))) << latest.error().toStdString();
    EXPECT_TRUE(fixture.read(QStringLiteral("meta/_journal.json")).size() > 0) << "never fixed";
}

TEST(LatestSnapshot, AV1FolderWithErrorsGivesTheirText)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.remove(kSecond + QStringLiteral("/snapshot.json"));
    const auto scan = V1MigrationsFolder::scan(fixture.path());
    ASSERT_TRUE(scan.hasErrors());
    const auto latest = LatestSnapshot::read(fixture.path());
    ASSERT_FALSE(latest.ok());
    EXPECT_EQ(latest.error(), fixture.path() + QStringLiteral(": ") + scan.errorText());
}
