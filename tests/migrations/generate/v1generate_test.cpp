// SPDX-License-Identifier: GPL-3.0-or-later
// Generate in drizzle-kit 1.0's layout: a v1 folder is continued as a v1 folder (a `<time>_<name>/` with
// migration.sql in rc.5's dialect and a version 7 snapshot), an empty one starts in the project's layout.
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7renames.h"
#include "model/io/projectreader.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tw::migrations;
using tw::model::Project;
using tw::model::ReferentialAction;
using tw::model::Schema;
using Layout = tw::model::ProjectSettings::MigrationLayout;
using Target = tw::model::ProjectSettings::Target;

namespace {

/// `tags (id, label unique)` and `posts (id, tag_id -> tags on delete set null)`.
Schema blog()
{
    tw::test::SchemaBuilder b;
    b.table(QStringLiteral("tags")).integer(QStringLiteral("id")).primaryKey().text(QStringLiteral("label")).unique();
    b.table(QStringLiteral("posts"))
        .id()
        .integer(QStringLiteral("tag_id"))
        .references(QStringLiteral("tags"))
        .onDelete(ReferentialAction::SetNull);
    return b.build();
}

Project v1Project(Schema schema)
{
    Project project;
    project.schema = std::move(schema);
    project.settings.migrationLayout = Layout::V1;
    return project;
}

tw::model::Result<GenerateOutcome> generate(Project &project, const QString &folder, const QString &name = {},
                                            std::optional<Target> target = Target::Sqlite)
{
    GenerateRequest request;
    request.project = project;
    request.migrationsFolder = folder;
    request.name = name;
    request.target = target;
    auto outcome = MigrationGenerator::generate(request);
    if (outcome && !outcome.value().noChanges)
        project.baseline = outcome.value().baseline;
    return outcome;
}

SnapshotV7 writtenSnapshot(const GenerateOutcome &outcome)
{
    QFile file(QFileInfo(outcome.sqlPath).dir().filePath(QStringLiteral("snapshot.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << outcome.sqlPath.toStdString();
    auto snapshot = SnapshotV7Reader::read(file.readAll());
    EXPECT_TRUE(snapshot) << snapshot.error().toStdString();
    return snapshot ? snapshot.value() : SnapshotV7{};
}

const TableDefinition *table(const SchemaDefinition &ddl, const QString &name)
{
    for (const TableDefinition &t : ddl.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(V1Generate, AnEmptyFolderStartsInTheProjectsLayoutAndTheSecondGenerateIsEmpty)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    const auto first = generate(project, folder, QStringLiteral("initial"));
    ASSERT_TRUE(first) << first.error().toStdString();
    ASSERT_FALSE(first.value().noChanges);
    EXPECT_TRUE(first.value().sqlPath.endsWith(QStringLiteral("_initial/migration.sql")))
        << first.value().sqlPath.toStdString();
    EXPECT_TRUE(first.value().sql.contains(QStringLiteral("`label` text UNIQUE"))) << "rc.5's dialect";
    EXPECT_EQ(FolderLayoutDetector::detect(folder).layout, FolderLayout::V1);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("drizzle/meta"))));
    const SnapshotV7 snapshot = writtenSnapshot(first.value());
    EXPECT_EQ(snapshot.prevIds, QStringList{Snapshot::originId()});
    EXPECT_EQ(project.baseline.snapshotId, snapshot.id);

    const auto second = generate(project, folder);
    ASSERT_TRUE(second) << second.error().toStdString();
    EXPECT_TRUE(second.value().noChanges) << second.value().sql.toStdString();
}

TEST(V1Generate, AClassicProjectStillStartsAJournal)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    project.settings.migrationLayout = Layout::Classic;
    const auto first = generate(project, folder);
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(FolderLayoutDetector::detect(folder).layout, FolderLayout::Classic);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("drizzle/meta/_journal.json"))));
    project.settings.migrationLayout = Layout::V1; // the folder's layout wins over the setting
    const auto second = generate(project, folder);
    ASSERT_TRUE(second) << second.error().toStdString();
    EXPECT_TRUE(second.value().noChanges);
}

namespace {

// Every file under @p root, relative path -> bytes.
QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        files.insert(QDir(root).relativeFilePath(file.fileName()), file.readAll());
    }
    return files;
}

} // namespace

// A caller that cannot save the project's new baseline takes the migration back: the folder is as it was before it.
TEST(V1Generate, AWithdrawnMigrationLeavesTheFolderAsItWasInBothLayouts)
{
    for (const Layout layout : {Layout::Classic, Layout::V1}) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("drizzle"));
        Project project = v1Project(blog());
        project.settings.migrationLayout = layout;
        ASSERT_TRUE(generate(project, folder, QStringLiteral("initial")));
        const auto before = filesUnder(folder);

        tw::test::SchemaBuilder more;
        more.table(QStringLiteral("authors")).id();
        project.schema.tables << more.build().tables;
        const Project unsaved = project;
        const auto second = generate(project, folder, QStringLiteral("authors"));
        ASSERT_TRUE(second && !second.value().noChanges);
        ASSERT_NE(filesUnder(folder), before);
        EXPECT_EQ(MigrationGenerator::withdraw(second.value()), QString());
        EXPECT_EQ(filesUnder(folder), before) << "layout " << int(layout);

        project = unsaved; // the baseline the project kept
        const auto again = generate(project, folder, QStringLiteral("authors"));
        ASSERT_TRUE(again) << again.error().toStdString();
        EXPECT_FALSE(again.value().noChanges) << "the change is still to be generated";
    }
}

TEST(V1Generate, RenamesAreRecordedAndTheGeneratedNamesInherited)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    ASSERT_TRUE(generate(project, folder));
    tw::model::Table &tags = project.schema.tables[0];
    tags.name = QStringLiteral("labels");
    tags.columns[1].name = QStringLiteral("title");

    const auto renamed = generate(project, folder, QStringLiteral("rename"));
    ASSERT_TRUE(renamed) << renamed.error().toStdString();
    EXPECT_EQ(renamed.value().sql, QStringLiteral("ALTER TABLE `tags` RENAME TO `labels`;--> statement-breakpoint\n"
                                                  "ALTER TABLE `labels` RENAME COLUMN `label` TO `title`;"));
    const SnapshotV7 snapshot = writtenSnapshot(renamed.value());
    EXPECT_EQ(SnapshotV7Renames::format(snapshot.renames),
              (QStringList{QStringLiteral("tags->labels"), QStringLiteral("labels.label->labels.title")}));
    const TableDefinition *labels = table(snapshot.ddl, QStringLiteral("labels"));
    ASSERT_NE(labels, nullptr);
    EXPECT_EQ(labels->primaryKeyName, QStringLiteral("tags_pk"));
    ASSERT_EQ(labels->uniques.size(), 1);
    EXPECT_EQ(labels->uniques.first().name, QStringLiteral("tags_label_unique"));
    const TableDefinition *posts = table(snapshot.ddl, QStringLiteral("posts"));
    ASSERT_NE(posts, nullptr);
    ASSERT_EQ(posts->foreignKeys.size(), 1);
    EXPECT_EQ(posts->foreignKeys.first().name, QStringLiteral("fk_posts_tag_id_tags_id_fk"));
    EXPECT_EQ(posts->foreignKeys.first().targetTable, QStringLiteral("labels"));

    const auto again = generate(project, folder);
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_TRUE(again.value().noChanges) << again.value().sql.toStdString();
}

TEST(V1Generate, TheD1TargetWritesKeepAndRestoreRebuildsInTheV1Dialect)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    ASSERT_TRUE(generate(project, folder));
    project.schema.tables[0].columns[1].notNull = true; // a rebuild of the parent: its children kept aside

    const auto sqlite = NextMigration::compute(project, folder, Target::Sqlite);
    ASSERT_TRUE(sqlite) << sqlite.error().toStdString();
    EXPECT_FALSE(sqlite.value().sql.contains(QStringLiteral("__keep_")));
    const auto d1 = generate(project, folder, {}, Target::D1);
    ASSERT_TRUE(d1) << d1.error().toStdString();
    EXPECT_TRUE(d1.value().sql.contains(QStringLiteral("__keep_posts"))) << d1.value().sql.toStdString();
    EXPECT_TRUE(d1.value().sql.contains(QStringLiteral("`label` text NOT NULL UNIQUE"))) << "V1's text";
    EXPECT_FALSE(d1.value().sql.contains(QStringLiteral("ON UPDATE no action")));
    QFile written(d1.value().sqlPath);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(written.readAll()), d1.value().sql);
}

TEST(V1Generate, ThePreviewIsTheBytesGenerateWrites)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    const auto preview = NextMigration::compute(project, folder);
    ASSERT_TRUE(preview) << preview.error().toStdString();
    EXPECT_EQ(preview.value().dialect, SqlDialect::V1);
    const auto written = generate(project, folder);
    ASSERT_TRUE(written);
    EXPECT_EQ(preview.value().sql, written.value().sql);
}

// The folder rc.5 made (tags renamed to labels, label to title, users.name to display_name), and a project with
// the schema it ends in, imported without a baseline: rc.5's own names and dialect continue with nothing to do.
TEST(V1Generate, AFolderMadeByRc5ContinuesWithNoChanges)
{
    tw::test::FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    tw::test::SchemaBuilder b;
    b.table(QStringLiteral("posts"))
        .id()
        .integer(QStringLiteral("tag_id"))
        .references(QStringLiteral("labels"))
        .onDelete(ReferentialAction::SetNull);
    b.table(QStringLiteral("labels")).integer(QStringLiteral("id")).primaryKey().text(QStringLiteral("title")).unique();
    b.table(QStringLiteral("users")).integer(QStringLiteral("id")).primaryKey().text(QStringLiteral("display_name"));
    Project project = v1Project(b.build());
    const auto next = NextMigration::compute(project, fixture.path());
    ASSERT_TRUE(next) << next.error().toStdString();
    EXPECT_TRUE(next.value().plan.isEmpty()) << next.value().sql.toStdString();
    EXPECT_EQ(next.value().previous.id, QStringLiteral("2c9e9c39-1eb7-4239-879f-a085d6393379"));
}

// The same folder's second migration, made again by Tablewright from its first: rc.5's bytes, snapshot and all.
TEST(V1Generate, TheRenamesRc5GeneratedAreWrittenByteForByte)
{
    tw::test::FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const QString second = QStringLiteral("20261207033141_rename_tags");
    const QByteArray expectedSql = fixture.read(second + QStringLiteral("/migration.sql"));
    const QByteArray expectedSnapshot = fixture.read(second + QStringLiteral("/snapshot.json"));
    ASSERT_TRUE(QDir(fixture.file(second)).removeRecursively());
    tw::test::SchemaBuilder b;
    b.table(QStringLiteral("posts"))
        .id()
        .integer(QStringLiteral("tag_id"))
        .references(QStringLiteral("tags"))
        .onDelete(ReferentialAction::SetNull);
    b.table(QStringLiteral("tags")).integer(QStringLiteral("id")).primaryKey().text(QStringLiteral("label")).unique();
    b.table(QStringLiteral("users")).integer(QStringLiteral("id")).primaryKey().text(QStringLiteral("name"));
    Project project = v1Project(b.build());
    project.baseline =
        BaselineMapper::baselineFor(project.schema, QStringLiteral("476f7055-add5-4277-85cc-1043e696b3a3"));
    project.schema.tables[1].name = QStringLiteral("labels");
    project.schema.tables[1].tsName = QStringLiteral("tags"); // rc.5's schema.ts kept `export const tags`
    project.schema.tables[1].columns[1].name = QStringLiteral("title");
    project.schema.tables[2].columns[1].name = QStringLiteral("display_name");

    GenerateRequest request;
    request.project = project;
    request.migrationsFolder = fixture.path();
    request.name = QStringLiteral("rename_tags");
    request.snapshotId = QStringLiteral("2c9e9c39-1eb7-4239-879f-a085d6393379");
    const auto outcome = MigrationGenerator::generate(request);
    ASSERT_TRUE(outcome) << outcome.error().toStdString();
    QFile sql(outcome.value().sqlPath);
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    EXPECT_EQ(sql.readAll(), expectedSql);
    QFile snapshot(QFileInfo(outcome.value().sqlPath).dir().filePath(QStringLiteral("snapshot.json")));
    ASSERT_TRUE(snapshot.open(QIODevice::ReadOnly));
    EXPECT_EQ(snapshot.readAll().toStdString(), expectedSnapshot.toStdString());
}

TEST(V1Generate, TwoV7SnapshotsDiffToTheSqlRc5Wrote)
{
    tw::test::FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto read = [&](const QString &file) {
        auto snapshot = SnapshotV7Reader::read(fixture.read(file));
        EXPECT_TRUE(snapshot) << snapshot.error().toStdString();
        MigrationSide side;
        side.v7 = snapshot ? snapshot.value() : SnapshotV7{};
        return side;
    };
    const NextMigration next =
        NextMigration::between(read(QStringLiteral("20261207033139_initial/snapshot.json")),
                               read(QStringLiteral("20261207033141_rename_tags/snapshot.json")), Target::Sqlite);
    EXPECT_EQ(next.dialect, SqlDialect::V1);
    EXPECT_EQ(next.sql, QString::fromUtf8(fixture.read(QStringLiteral("20261207033141_rename_tags/migration.sql"))));
}

TEST(V1Generate, AMixedFolderIsRefusedWithTheDetectorsMessage)
{
    tw::test::FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(QStringLiteral("meta/_journal.json"), R"({"version":"7","dialect":"sqlite","entries":[]})");
    Project project = v1Project(blog());
    const auto outcome = generate(project, fixture.path());
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error(), FolderLayoutDetector::detect(fixture.path()).message);
    EXPECT_FALSE(outcome.error().isEmpty());
}

TEST(V1Generate, BranchesMakingTheSameChangeAreRefusedAsConflicting)
{
    tw::test::FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    QByteArray branch = fixture.read(QStringLiteral("20261207033141_rename_tags/snapshot.json"));
    branch.replace("2c9e9c39-1eb7-4239-879f-a085d6393379", "9a1f7c55-0000-4000-8000-000000000001");
    fixture.write(QStringLiteral("20261207033140_other_branch/snapshot.json"), branch);
    fixture.write(QStringLiteral("20261207033140_other_branch/migration.sql"),
                  fixture.read(QStringLiteral("20261207033141_rename_tags/migration.sql")));
    const V1MigrationsFolder scanned = V1MigrationsFolder::scan(fixture.path());
    ASSERT_EQ(scanned.leafIds().size(), 2);
    Project project = v1Project(blog());
    const auto outcome = generate(project, fixture.path());
    ASSERT_FALSE(outcome);
    // Both rename tags to labels: without rename resolution each creates `labels`, which rc.5 calls a conflict.
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("conflicting branches: 20261207033140_other_branch and "
                                                        "20261207033141_rename_tags were both generated from "
                                                        "20261207033139_initial")))
        << outcome.error().toStdString();
}

TEST(V1Generate, AFolderThatChangedBehindTheProjectIsRefused)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    ASSERT_TRUE(generate(project, folder));
    project.baseline.snapshotId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    project.schema.tables[0].columns[1].notNull = true;
    const auto outcome = generate(project, folder);
    ASSERT_FALSE(outcome);
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("changed behind the project's back")))
        << outcome.error().toStdString();
}

// The guide's example project works in both layouts: into an empty folder, then nothing more to generate.
TEST(V1Generate, TheExampleProjectGeneratesInBothLayouts)
{
    auto example =
        tw::model::ProjectReader::readFile(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
    ASSERT_TRUE(example) << example.error().toStdString();
    for (const Layout layout : {Layout::Classic, Layout::V1}) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("drizzle"));
        Project project = example.value();
        project.settings.migrationLayout = layout;
        const auto first = generate(project, folder, {}, std::nullopt);
        ASSERT_TRUE(first) << first.error().toStdString();
        EXPECT_FALSE(first.value().noChanges);
        EXPECT_EQ(FolderLayoutDetector::detect(folder).layout,
                  layout == Layout::V1 ? FolderLayout::V1 : FolderLayout::Classic);
        const auto second = generate(project, folder, {}, std::nullopt);
        ASSERT_TRUE(second) << second.error().toStdString();
        EXPECT_TRUE(second.value().noChanges) << second.value().sql.toStdString();
    }
}

// `tablewright diff app.twproj drizzle/`: from the project to the v7 snapshot it generated, paired by the ids its
// baseline recorded (a table and a column renamed since are renamed back, not dropped and created).
TEST(V1Generate, AProjectAgainstTheV7SnapshotItGeneratedIsPairedById)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    Project project = v1Project(blog());
    ASSERT_TRUE(generate(project, folder));
    project.schema.tables[0].name = QStringLiteral("labels");
    project.schema.tables[0].columns[1].name = QStringLiteral("title");

    MigrationSide projectSide;
    projectSide.snapshot.schema = project.schema;
    projectSide.baseline = project.baseline;
    MigrationSide snapshotSide;
    snapshotSide.v7 = V1MigrationsFolder::scan(folder).latestSnapshot();
    ASSERT_TRUE(snapshotSide.v7.has_value());
    const NextMigration back = NextMigration::between(projectSide, snapshotSide, Target::Sqlite);
    EXPECT_EQ(back.sql, QStringLiteral("ALTER TABLE `labels` RENAME TO `tags`;--> statement-breakpoint\n"
                                       "ALTER TABLE `tags` RENAME COLUMN `title` TO `label`;"));

    // Unchanged since: nothing between them, although the v7 snapshot's names are data, not the project's rules.
    const Project generated = v1Project(blog());
    projectSide.snapshot.schema = generated.schema;
    projectSide.baseline = BaselineMapper::baselineFor(generated.schema, snapshotSide.v7->id);
    EXPECT_TRUE(NextMigration::between(projectSide, snapshotSide, Target::Sqlite).plan.isEmpty());
}
