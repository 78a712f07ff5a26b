// SPDX-License-Identifier: GPL-3.0-or-later
// After converting, the project's next migration in drizzle-kit 1.0's dialect is empty: the schema keeps 0.31's
// unique indexes as uniqueIndex() (UniqueIndexes). drizzle-kit's own `up` leaves `.unique()` columns, whose 1.0
// spelling is an inline UNIQUE, and its next generate rebuilds every such table.
#include "migrations/convert/classicsnapshotupgrade.h"
#include "migrations/convert/layoutconversion.h"
#include "migrations/convert/projectconversion.h"
#include "migrations/convert/uniqueindexes.h"
#include "migrations/diff/differ.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/snapshot/snapshotreader.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

/// The schema of the classic folder's latest snapshot, as a project imported from it holds it.
tw::model::Schema importedSchema(const FolderFixture &fixture)
{
    const auto snapshot = SnapshotReader::read(fixture.read(QStringLiteral("meta/0002_snapshot.json")));
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    return snapshot.ok() ? snapshot.value().schema : tw::model::Schema{};
}

/// The next migration of @p schema after the converted folder's latest snapshot, in the V1 dialect.
MigrationPlan nextPlan(const FolderFixture &fixture, const tw::model::Schema &schema)
{
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors()) << folder.errorText().toStdString();
    if (!folder.latestSnapshot())
        return {};
    DiffOptions options;
    options.dialect = SqlDialect::V1;
    options.matching = DiffOptions::Matching::NamesOnly;
    const SchemaDefinition &previous = folder.latestSnapshot()->ddl;
    return diff(previous, continuedDefinition(previous, schema, options), options);
}

} // namespace

TEST(NextMigrationAfterConvert, IsEmptyWhenTheUniqueIndexesAreKept)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    const tw::model::Schema schema = importedSchema(fixture);
    int kept = 0;
    const tw::model::Schema converted = UniqueIndexes::keptAsIndexes(schema, &kept);
    EXPECT_EQ(kept, 3); // users.email, users.handle, tags.label
    ASSERT_TRUE(LayoutConverter::apply(LayoutConverter::planToV1(fixture.path()).value()).ok());
    const MigrationPlan plan = nextPlan(fixture, converted);
    EXPECT_TRUE(plan.isEmpty()) << plan.operations.size() << " operations";
}

TEST(NextMigrationAfterConvert, WouldRebuildTheTablesWithUniqueColumnsWithoutThem)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    const tw::model::Schema schema = importedSchema(fixture);
    ASSERT_TRUE(LayoutConverter::apply(LayoutConverter::planToV1(fixture.path()).value()).ok());
    EXPECT_FALSE(nextPlan(fixture, schema).isEmpty()) << "what drizzle-kit up leaves: a rebuild of users and tags";
}

TEST(NextMigrationAfterConvert, TheProjectConversionKeepsTheIndexesAndSetsTheLayout)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    tw::model::Project project;
    project.schema = importedSchema(fixture);
    project.settings.migrationsFolder = fixture.path();
    const auto plan = ProjectConversion::plan(project, fixture.file(QStringLiteral("../p.twproj")),
                                              tw::model::ProjectSettings::MigrationLayout::V1);
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    EXPECT_TRUE(plan.value().description.contains(QStringLiteral("0000_init.sql -> 20261207041743_init/migration.sql")))
        << plan.value().description.toStdString();
    const auto outcome = ProjectConversion::apply(plan.value(), project);
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_EQ(outcome.value().project.settings.migrationLayout, tw::model::ProjectSettings::MigrationLayout::V1);
    EXPECT_EQ(outcome.value().uniqueIndexesKept, 3);
    EXPECT_TRUE(nextPlan(fixture, outcome.value().project.schema).isEmpty());
}

TEST(NextMigrationAfterConvert, IsEmptyAfterGoingBackToClassic)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    tw::model::Project project;
    project.schema = importedSchema(fixture);
    project.settings.migrationsFolder = fixture.path();
    const QString projectFile = fixture.file(QStringLiteral("../p.twproj"));
    const auto toV1 = ProjectConversion::plan(project, projectFile, tw::model::ProjectSettings::MigrationLayout::V1);
    ASSERT_TRUE(toV1.ok()) << toV1.error().toStdString();
    const auto v1 = ProjectConversion::apply(toV1.value(), project);
    ASSERT_TRUE(v1.ok()) << v1.error().toStdString();
    const auto back =
        ProjectConversion::plan(v1.value().project, projectFile, tw::model::ProjectSettings::MigrationLayout::Classic);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    const auto classic = ProjectConversion::apply(back.value(), v1.value().project);
    ASSERT_TRUE(classic.ok()) << classic.error().toStdString();
    EXPECT_EQ(classic.value().project.settings.migrationLayout, tw::model::ProjectSettings::MigrationLayout::Classic);
    EXPECT_TRUE(classic.value().report.contains(QStringLiteral("Converted 3 migrations to the classic layout")))
        << classic.value().report.toStdString();
    // Tablewright's next generate (also for a schema imported from the folder, no baseline): nothing.
    const auto next = NextMigration::compute(classic.value().project, fixture.path());
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_TRUE(next.value().sql.isEmpty()) << next.value().sql.toStdString();
}

// Every drizzle-kit 0.31.11 snapshot golden, converted: expression indexes and CHECKs included (where `up` would
// make the next generate drop and create each expression index and rebuild each table with a check). Not `defaults`:
// 0.31 wrote its JSON default `'{"note":"it's"}'` unescaped, SQL no database can hold, which 1.0 writes escaped.
TEST(NextMigrationAfterConvert, IsEmptyForEverySnapshotGolden)
{
    for (const char *c :
         {"column_types", "constraints", "generated_and_checks", "guide_example", "indexes", "names", "views"}) {
        const QByteArray v6 = tw::test::readData(QStringLiteral("drizzle/snapshots/%1/snapshot.json").arg(c));
        const auto upgraded = ClassicSnapshotUpgrade::upgrade(v6);
        ASSERT_TRUE(upgraded.ok()) << c << upgraded.error().toStdString();
        const auto imported = SnapshotReader::read(v6);
        ASSERT_TRUE(imported.ok()) << c << imported.error().toStdString();
        DiffOptions options;
        options.dialect = SqlDialect::V1;
        options.matching = DiffOptions::Matching::NamesOnly;
        const SchemaDefinition &previous = upgraded.value().snapshot.ddl;
        const tw::model::Schema kept = UniqueIndexes::keptAsIndexes(imported.value().schema);
        const MigrationPlan plan = diff(previous, continuedDefinition(previous, kept, options), options);
        EXPECT_TRUE(plan.isEmpty()) << c << ": " << plan.operations.size() << " operations, the first a "
                                    << (plan.isEmpty() ? "" : operationKindName(plan.operations.first()).toStdString());
    }
}
