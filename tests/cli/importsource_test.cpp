// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright import drizzle.config.ts` and the source-mode life of the project it writes: export edits the team's
// files in place (nothing when nothing changed), check/generate/export take in edits made to the files, and refuse
// when both sides changed.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;

namespace {

/// A copy of tests/data/adopt/team (a team's drizzle project without its migrations folder).
struct TeamProject
{
    QTemporaryDir dir;
    TeamProject() { tw::test::copyDataFolder(QStringLiteral("adopt/team"), dir.path()); }

    QString path(const QString &relative) const { return dir.filePath(relative); }
    QString config() const { return path(QStringLiteral("drizzle.config.ts")); }
    QString project() const { return path(QStringLiteral("p.twproj")); }
    QString schemaFile(const char *name) const { return path(QStringLiteral("src/db/schema/") + QLatin1String(name)); }

    /// Every schema file's bytes, by name.
    QMap<QString, QByteArray> schemaFiles() const
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(path(QStringLiteral("src/db/schema")), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            EXPECT_TRUE(file.open(QIODevice::ReadOnly));
            files.insert(it.fileName(), file.readAll());
        }
        return files;
    }

    tw::test::CliRun import(QStringList extra = {}) const
    {
        return runCli(QStringList{QStringLiteral("import"), config(), QStringLiteral("-o"), project()} + extra);
    }

    Project read() const
    {
        const auto read = ProjectReader::readFile(project());
        EXPECT_TRUE(read.ok()) << read.error().toStdString();
        return read.ok() ? read.value() : Project{};
    }
};

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    file.write(text);
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(ImportSource, ConfigGivesASourceModeProjectWithTheConfigsSettings)
{
    TeamProject team;
    const auto run = team.import();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(team.project() + QStringLiteral(": 4 tables, 1 views"))) << run.out.toStdString();
    const Project project = team.read();
    EXPECT_EQ(project.settings.schemaMode, ProjectSettings::SchemaMode::Source);
    EXPECT_EQ(project.settings.schemaSources, QStringList{QStringLiteral("src/db/schema")});
    EXPECT_EQ(project.settings.casing, Casing::SnakeCase);
    EXPECT_EQ(project.settings.migrationsFolder, QStringLiteral("drizzle"));
    EXPECT_EQ(project.settings.target, ProjectSettings::Target::Sqlite);
    EXPECT_EQ(project.settings.schemaFile, QStringLiteral("src/db/schema/posts.ts"))
        << "the first file (in drizzle-kit's order) that declares a table";
    ASSERT_NE(project.schema.tableNamed(QStringLiteral("posts")), nullptr);
    EXPECT_NE(project.schema.tableNamed(QStringLiteral("posts"))->columnNamed(QStringLiteral("author_id")), nullptr)
        << "casing snake_case names authorId author_id";
    EXPECT_EQ(project.schema.tableNamed(QStringLiteral("page_views")), nullptr) << "the pgTable is not SQLite's";
    EXPECT_FALSE(project.source.fileDigests.isEmpty());
    EXPECT_EQ(project.source.tables.size(), 4);
}

TEST(ImportSource, WranglerConfigBesideTheConfigMeansD1)
{
    TeamProject team;
    writeText(team.path(QStringLiteral("wrangler.toml")), "name = \"team\"\n");
    ASSERT_EQ(team.import().exitCode, 0);
    EXPECT_EQ(team.read().settings.target, ProjectSettings::Target::D1);
    EXPECT_EQ(team.read().settings.tracking, ProjectSettings::Tracking::D1);
}

TEST(ImportSource, ExportOfTheUntouchedProjectRewritesNoSchemaFile)
{
    TeamProject team;
    ASSERT_EQ(team.import().exitCode, 0);
    const auto before = team.schemaFiles();
    const auto run =
        runCli({QStringLiteral("export"), team.project(), QStringLiteral("--only"), QStringLiteral("schema")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(team.schemaFiles(), before);
    EXPECT_FALSE(QFile::exists(team.path(QStringLiteral("src/db/schema.ts")))) << "no generated schema.ts";
}

TEST(ImportSource, GenerateWithoutAFolderWritesTheFirstMigration)
{
    TeamProject team;
    ASSERT_EQ(team.import().exitCode, 0);
    const auto run = runCli({QStringLiteral("generate"), team.project()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("drizzle/0000_"))) << run.out.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("generate"), team.project()}).out, QStringLiteral("No schema changes\n"));
}

TEST(ImportSource, AnEditedSourceIsTakenInByCheckAndSaved)
{
    TeamProject team;
    ASSERT_EQ(team.import().exitCode, 0);
    QByteArray tags = readText(team.schemaFile("tags.ts"));
    tags.replace("  label: text().notNull().unique(),\n", "  label: text().notNull().unique(),\n  color: text(),\n");
    writeText(team.schemaFile("tags.ts"), tags);
    const auto run = runCli({QStringLiteral("check"), team.project()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("the schema source changed since the last sync (src/db/schema/tags.ts)")))
        << run.out.toStdString();
    const Table *table = team.read().schema.tableNamed(QStringLiteral("tags"));
    ASSERT_NE(table, nullptr);
    EXPECT_NE(table->columnNamed(QStringLiteral("color")), nullptr);
    const auto again = runCli({QStringLiteral("check"), team.project()});
    EXPECT_FALSE(again.out.contains(QStringLiteral("changed since"))) << "in sync again";
}

TEST(ImportSource, BothSidesChangedIsRefusedUntilTheDesignerResolvesIt)
{
    TeamProject team;
    ASSERT_EQ(team.import().exitCode, 0);
    Project project = team.read();
    project.schema.tables[0].comment = QStringLiteral("edited in the project");
    QString error;
    ASSERT_TRUE(ProjectWriter::writeFile(project, team.project(), &error)) << error.toStdString();
    writeText(team.schemaFile("tags.ts"), readText(team.schemaFile("tags.ts")) + "\n// edited in the editor\n");
    for (const char *command : {"check", "generate", "export"}) {
        const auto run = runCli({QLatin1String(command), team.project()});
        EXPECT_EQ(run.exitCode, 1) << command;
        EXPECT_TRUE(run.err.contains(QStringLiteral("open the project in the designer"))) << run.err.toStdString();
    }
    EXPECT_EQ(team.read(), project) << "nothing was saved";
}

TEST(ImportSource, AValueTheConfigDoesNotWriteAsALiteralNeedsItsOverride)
{
    TeamProject team;
    writeText(team.config(), "export default {\n  dialect: \"sqlite\",\n  schema: process.env.SCHEMA_PATH,\n"
                             "  out: \"./drizzle\",\n  casing: \"snake_case\",\n};\n");
    const auto refused = team.import();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("`schema` is written as `process.env.SCHEMA_PATH`")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--schema PATH..."))) << refused.err.toStdString();
    const auto run = team.import({QStringLiteral("--schema"), team.schemaFile("users.ts"), team.schemaFile("posts.ts"),
                                  team.schemaFile("tags.ts")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(team.read().settings.schemaSources.size(), 3);
    EXPECT_EQ(team.read().schema.tables.size(), 4);
}

TEST(ImportSource, OtherDialectsAreRefusedSayingWhatIsRead)
{
    TeamProject team;
    writeText(team.config(), "export default { dialect: \"postgresql\", schema: \"./src/db/schema\" };\n");
    const auto run = team.import();
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("`dialect` is \"postgresql\""))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"sqlite\""))) << run.err.toStdString();
}

TEST(ImportSource, FolderAndSchemaPathsWorkWithoutAConfig)
{
    TeamProject team;
    const auto run = runCli({QStringLiteral("import"), team.path(QStringLiteral("drizzle")), QStringLiteral("-o"),
                             team.project(), QStringLiteral("--schema"), team.path(QStringLiteral("src/db/schema")),
                             QStringLiteral("--casing"), QStringLiteral("snake_case")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(team.read().settings.schemaMode, ProjectSettings::SchemaMode::Source);
    EXPECT_EQ(team.read().settings.schemaSources, QStringList{QStringLiteral("src/db/schema")});
}

TEST(ImportSource, EveryUnreadableInputSaysWhatWasExpected)
{
    TeamProject team;
    const QString notes = team.path(QStringLiteral("notes.txt"));
    writeText(notes, "shopping list\n");
    const auto text = runCli({QStringLiteral("import"), notes, QStringLiteral("-o"), team.project()});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains(QStringLiteral("not a format Tablewright reads; expected")))
        << text.err.toStdString();

    const auto schema = runCli({QStringLiteral("check"), team.schemaFile("users.ts")});
    EXPECT_EQ(schema.exitCode, 1);
    EXPECT_TRUE(schema.err.contains(QStringLiteral("is TypeScript or JavaScript, not a project")))
        << schema.err.toStdString();
    EXPECT_FALSE(schema.err.contains(QStringLiteral("illegal value"))) << schema.err.toStdString();

    const auto missing = runCli({QStringLiteral("import"), team.path(QStringLiteral("nothing.config.ts")),
                                 QStringLiteral("-o"), team.project()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no such file; expected a drizzle config")))
        << missing.err.toStdString();

    const auto typo =
        runCli({QStringLiteral("import"), team.path(QStringLiteral("drizle")), QStringLiteral("-o"), team.project()});
    EXPECT_EQ(typo.exitCode, 1) << "a missing folder is a typo, not an empty history";
    EXPECT_TRUE(typo.err.contains(QStringLiteral("drizle: no such file or folder; expected a drizzle config")))
        << typo.err.toStdString();

    const auto usage = runCli({QStringLiteral("import"), team.path(QStringLiteral("drizzle")), QStringLiteral("-o"),
                               team.project(), QStringLiteral("--casing"), QStringLiteral("snake_case")});
    EXPECT_EQ(usage.exitCode, 2) << "--casing without a config or --schema";
}

TEST(ImportSource, SourceEditedButNotGeneratedIsPendingWorkForTheNextMigration)
{
    TeamProject team;
    ASSERT_EQ(team.import().exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("generate"), team.project()}).exitCode, 0) << "the folder's first migration";
    QByteArray tags = readText(team.schemaFile("tags.ts"));
    tags.replace("  label: text().notNull().unique(),\n", "  label: text().notNull().unique(),\n  color: text(),\n");
    writeText(team.schemaFile("tags.ts"), tags);

    const auto run = team.import({QStringLiteral("--force")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("warning: column tags.color is in the schema source but not in the "
                                                "latest snapshot: the next migration adds it")))
        << run.err.toStdString();
    const auto generate = runCli({QStringLiteral("generate"), team.project()});
    ASSERT_EQ(generate.exitCode, 0) << generate.err.toStdString();
    const QString sqlPath = generate.out.trimmed();
    EXPECT_TRUE(sqlPath.contains(QStringLiteral("/drizzle/0001_"))) << sqlPath.toStdString();
    EXPECT_EQ(readText(sqlPath), QByteArray("ALTER TABLE `tags` ADD `color` text;"));
}

TEST(ImportSource, AJsonConfigIsReadLikeATypeScriptOne)
{
    TeamProject team;
    const QString json = team.path(QStringLiteral("drizzle.config.json"));
    writeText(json,
              R"({ "dialect": "turso", "schema": "./src/db/schema", "out": "./migrations", "casing": "snake_case" })");
    const auto run = runCli({QStringLiteral("import"), json, QStringLiteral("-o"), team.project()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(team.read().settings.migrationsFolder, QStringLiteral("migrations"));
    EXPECT_EQ(team.read().schema.tables.size(), 4);
}

TEST(ImportSource, BreakpointsFalseIsAWarningNotARefusal)
{
    TeamProject team;
    writeText(team.config(),
              "export default { dialect: \"sqlite\", schema: \"./src/db/schema\", casing: \"snake_case\", "
              "breakpoints: false };\n");
    const auto run = team.import();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("`breakpoints: false`"))) << run.err.toStdString();
}
