// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright fill`: the guide's `slug` data migration end to end on real SQLite, in both folder layouts and both
// SQL targets, and the errors a fill expression meets before any migration is written.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;
using tw::test::SqliteFile;

namespace {

struct FillCase
{
    ProjectSettings::MigrationLayout layout;
    ProjectSettings::Target target;
    bool cascadeChild; ///< a `comments` child with ON DELETE CASCADE: the d1 target then keeps and restores it
};

/// A project with `posts(id, name)` (and optionally a CASCADE child), its first migration generated and applied to
/// `app.sqlite`, and three posts in it.
class SlugProject
{
public:
    explicit SlugProject(const FillCase &c)
    {
        tw::test::SchemaBuilder b;
        b.table(QStringLiteral("posts")).id().text(QStringLiteral("name")).notNull();
        if (c.cascadeChild) {
            b.table(QStringLiteral("comments"))
                .id()
                .integer(QStringLiteral("post_id"))
                .notNull()
                .references(QStringLiteral("posts"))
                .onDelete(ReferentialAction::Cascade);
        }
        Project project;
        project.schema = b.build();
        project.settings.migrationLayout = c.layout;
        project.settings.target = c.target;
        project.settings.database = QStringLiteral("app.sqlite");
        save(project);
        expectOk(runCli({QStringLiteral("generate"), path(), QStringLiteral("--name"), QStringLiteral("init")}));
        expectOk(runCli({QStringLiteral("apply"), path()}));
        SqliteFile db(database());
        EXPECT_TRUE(db.exec(QStringLiteral("INSERT INTO posts(name) VALUES ('Hello World'), ('Data Fills'), ('x')")));
        if (c.cascadeChild) {
            EXPECT_TRUE(db.exec(QStringLiteral("INSERT INTO comments(post_id) VALUES (1), (1), (2)")));
        }
    }

    QString path() const { return m_dir.filePath(QStringLiteral("app.twproj")); }
    QString database() const { return m_dir.filePath(QStringLiteral("app.sqlite")); }
    Project load() const { return ProjectReader::readFile(path()).value(); }
    void save(const Project &project) const
    {
        QString error;
        ASSERT_TRUE(ProjectWriter::writeFile(project, path(), &error)) << error.toStdString();
    }
    QByteArray fileBytes() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// Adds `posts.slug text NOT NULL`, no default.
    void addSlug() const
    {
        Project project = load();
        Column slug;
        slug.id = Id(QStringLiteral("col.slug"));
        slug.name = QStringLiteral("slug");
        slug.notNull = true;
        project.schema.tables.first().columns << slug;
        save(project);
    }

    static void expectOk(const tw::test::CliRun &run)
    {
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    }

private:
    QTemporaryDir m_dir;
};

const QString kSlugSql = QStringLiteral("lower(replace(name, ' ', '-'))");

class SlugExample : public ::testing::TestWithParam<FillCase>
{
};

} // namespace

TEST_P(SlugExample, AFillFromOtherColumnsGivesEveryExistingRowItsSlugAndIsWrittenOnce)
{
    SlugProject p(GetParam());
    p.addSlug();
    const auto fill =
        runCli({QStringLiteral("fill"), p.path(), QStringLiteral("posts.slug"), QStringLiteral("--sql"), kSlugSql});
    SlugProject::expectOk(fill);
    const auto list = runCli({QStringLiteral("fill"), p.path(), QStringLiteral("--list")});
    EXPECT_EQ(list.out, QStringLiteral("posts.slug = ") + kSlugSql + u'\n');

    const auto generated =
        runCli({QStringLiteral("generate"), p.path(), QStringLiteral("--name"), QStringLiteral("slug")});
    SlugProject::expectOk(generated);
    EXPECT_FALSE(generated.err.contains(QStringLiteral("warning"))) << generated.err.toStdString();
    const auto rehearsal = runCli({QStringLiteral("apply"), p.path(), QStringLiteral("--dry-run")});
    SlugProject::expectOk(rehearsal);
    EXPECT_TRUE(rehearsal.out.contains(QStringLiteral("posts.slug [id=1]: (new) -> 'hello-world'")))
        << rehearsal.out.toStdString();
    SlugProject::expectOk(runCli({QStringLiteral("apply"), p.path()}));

    SqliteFile db(p.database());
    EXPECT_EQ(db.rows(QStringLiteral("SELECT id, name, slug FROM posts ORDER BY id")),
              (QStringList{QStringLiteral("1|Hello World|hello-world"), QStringLiteral("2|Data Fills|data-fills"),
                           QStringLiteral("3|x|x")}));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('posts') WHERE name = 'slug' AND "
                                       "\"notnull\" = 1")),
              1);
    if (GetParam().cascadeChild) {
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM comments")), 3) << "the CASCADE child kept its rows";
    }

    // The fill is spent: the project no longer holds it and generating again writes nothing.
    EXPECT_FALSE(p.fileBytes().contains("\"fills\"")) << p.fileBytes().toStdString();
    const auto again = runCli({QStringLiteral("generate"), p.path()});
    SlugProject::expectOk(again);
    EXPECT_EQ(again.out, QStringLiteral("No schema changes\n"));
}

INSTANTIATE_TEST_SUITE_P(
    LayoutsAndTargets, SlugExample,
    ::testing::Values(FillCase{ProjectSettings::MigrationLayout::Classic, ProjectSettings::Target::Sqlite, false},
                      FillCase{ProjectSettings::MigrationLayout::V1, ProjectSettings::Target::Sqlite, false},
                      FillCase{ProjectSettings::MigrationLayout::Classic, ProjectSettings::Target::D1, true},
                      FillCase{ProjectSettings::MigrationLayout::V1, ProjectSettings::Target::D1, true}),
    [](const auto &test) {
        return std::string(test.param.layout == ProjectSettings::MigrationLayout::V1 ? "V1" : "Classic") +
               (test.param.target == ProjectSettings::Target::D1 ? "D1SafeRebuild" : "Sqlite");
    });

TEST(FillCommand, WithoutAFillTheNotNullColumnOnATableWithRowsIsFlaggedAndFailsToApply)
{
    SlugProject p({ProjectSettings::MigrationLayout::Classic, ProjectSettings::Target::Sqlite, false});
    p.addSlug();
    const auto generated = runCli({QStringLiteral("generate"), p.path()});
    SlugProject::expectOk(generated);
    EXPECT_TRUE(generated.err.contains(QStringLiteral("not null column without default posts.slug: 3 rows, so adding "
                                                      "it fails; give it a default or a fill")))
        << generated.err.toStdString();
    const auto applied = runCli({QStringLiteral("apply"), p.path()});
    EXPECT_NE(applied.exitCode, 0);
    EXPECT_TRUE(applied.err.contains(QStringLiteral("NOT NULL"))) << applied.err.toStdString();
    EXPECT_EQ(SqliteFile(p.database()).scalar(QStringLiteral("SELECT count(*) FROM posts")), 3);
}

TEST(FillCommand, ANullableNewColumnIsFilledByAnUpdateAfterTheAdd)
{
    SlugProject p({ProjectSettings::MigrationLayout::Classic, ProjectSettings::Target::Sqlite, false});
    Project project = p.load();
    Column upper;
    upper.id = Id(QStringLiteral("col.shout"));
    upper.name = QStringLiteral("shout");
    project.schema.tables.first().columns << upper;
    p.save(project);
    SlugProject::expectOk(runCli({QStringLiteral("fill"), p.path(), QStringLiteral("posts.shout"),
                                  QStringLiteral("--sql"), QStringLiteral("upper(name) || '!'")}));
    const auto generated =
        runCli({QStringLiteral("generate"), p.path(), QStringLiteral("--name"), QStringLiteral("shout")});
    SlugProject::expectOk(generated);
    const QStringList sql =
        QDir(QFileInfo(p.path()).dir().filePath(QStringLiteral("drizzle"))).entryList({QStringLiteral("0001_*.sql")});
    ASSERT_EQ(sql.size(), 1);
    QFile file(QFileInfo(p.path()).dir().filePath(QStringLiteral("drizzle/") + sql.first()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("ALTER TABLE `posts` ADD `shout` text;--> statement-breakpoint\n"
                                         "UPDATE `posts` SET `shout` = upper(name) || '!';"));
    SlugProject::expectOk(runCli({QStringLiteral("apply"), p.path()}));
    EXPECT_EQ(SqliteFile(p.database()).rows(QStringLiteral("SELECT shout FROM posts ORDER BY id")),
              (QStringList{QStringLiteral("HELLO WORLD!"), QStringLiteral("DATA FILLS!"), QStringLiteral("X!")}));
}

TEST(FillCommand, RefusesExpressionsThatDoNotWorkOnTheTableBeforeTheMigrationNamingTheColumn)
{
    SlugProject p({ProjectSettings::MigrationLayout::Classic, ProjectSettings::Target::Sqlite, false});
    p.addSlug();
    const QByteArray before = p.fileBytes();
    const auto fillWith = [&](const QString &target, const QString &sql) {
        return runCli({QStringLiteral("fill"), p.path(), target, QStringLiteral("--sql"), sql});
    };
    const auto typo = fillWith(QStringLiteral("posts.slug"), QStringLiteral("lower(nmae)"));
    EXPECT_EQ(typo.exitCode, 1);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("posts.slug")) &&
                typo.err.contains(QStringLiteral("no such column: nmae")))
        << typo.err.toStdString();
    const auto quoted = fillWith(QStringLiteral("posts.slug"), QStringLiteral("\"nmae\""));
    EXPECT_TRUE(quoted.err.contains(QStringLiteral("no such column: nmae"))) << quoted.err.toStdString();
    const auto syntax = fillWith(QStringLiteral("posts.slug"), QStringLiteral("name); DROP TABLE posts; SELECT (1"));
    EXPECT_EQ(syntax.exitCode, 1);
    const auto unknown = fillWith(QStringLiteral("posts.slgu"), QStringLiteral("name"));
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no column \"slgu\" in table \"posts\"")))
        << unknown.err.toStdString();
    const auto unchanged = fillWith(QStringLiteral("posts.name"), QStringLiteral("upper(name)"));
    EXPECT_TRUE(unchanged.err.contains(QStringLiteral("posts.name has no change in the next migration")))
        << unchanged.err.toStdString();
    const auto usage = runCli({QStringLiteral("fill"), p.path(), QStringLiteral("posts.slug")});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_EQ(p.fileBytes(), before) << "a refused fill leaves the project as it was";

    SlugProject::expectOk(fillWith(QStringLiteral("posts.slug"), kSlugSql));
    SlugProject::expectOk(
        runCli({QStringLiteral("fill"), p.path(), QStringLiteral("posts.slug"), QStringLiteral("--clear")}));
    EXPECT_EQ(p.fileBytes(), before);
}

TEST(FillCommand, AColumnReplacingAnotherStartsFromItBeforeTheOldOneIsDropped)
{
    for (const auto layout : {ProjectSettings::MigrationLayout::Classic, ProjectSettings::MigrationLayout::V1}) {
        SlugProject p({layout, ProjectSettings::Target::D1, false});
        Project project = p.load();
        Table &posts = project.schema.tables.first();
        posts.columns.removeIf([](const Column &c) { return c.name == QLatin1String("name"); });
        Column title;
        title.id = Id(QStringLiteral("col.title"));
        title.name = QStringLiteral("title");
        title.notNull = true;
        posts.columns << title;
        p.save(project);
        SlugProject::expectOk(
            runCli({QStringLiteral("fill"), p.path(), QStringLiteral("posts.title"), QStringLiteral("--sql"),
                    QStringLiteral("upper(substr(name, 1, 1)) || substr(name, 2)")}));
        SlugProject::expectOk(runCli({QStringLiteral("generate"), p.path()}));
        SlugProject::expectOk(runCli({QStringLiteral("apply"), p.path()}));
        SqliteFile db(p.database());
        EXPECT_EQ(
            db.rows(QStringLiteral("SELECT * FROM posts ORDER BY id")),
            (QStringList{QStringLiteral("1|Hello World"), QStringLiteral("2|Data Fills"), QStringLiteral("3|X")}));
    }
}
