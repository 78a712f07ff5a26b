// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/adoptactions.h"
#include "app/fileactions.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw;
using tw::test::ScriptedPrompts;

namespace {

QStringList tableNames(const model::Schema &schema)
{
    QStringList names;
    for (const model::Table &table : schema.tables)
        names << table.name;
    return names;
}

/// A window with scripted prompts and a copy of tests/data/app/@p fixture in a temporary folder.
class AdoptTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        folder = dir.filePath(QStringLiteral("bookshop"));
        window = std::make_unique<app::MainWindow>(std::make_unique<ScriptedPrompts>(&script));
    }
    void TearDown() override
    {
        script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Discard;
        window->close();
    }
    void copyFixture(const char *fixture)
    {
        tw::test::copyDataFolder(QStringLiteral("app/") + QLatin1String(fixture), folder);
    }
    bool openDrizzle(const QString &path)
    {
        script.drizzleProject = path;
        window->adoptActions()->openDrizzleAction()->trigger();
        return window->document()->filePath() == QFileInfo(defaultProject()).absoluteFilePath();
    }
    QString defaultProject() const { return QDir(folder).filePath(QStringLiteral("bookshop.twproj")); }

    QTemporaryDir dir;
    QString folder;
    ScriptedPrompts::Script script;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace

TEST_F(AdoptTest, TheFileMenuOffersOpenDrizzleProjectRightAfterOpen)
{
    QMenu *file = window->menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    const QList<QAction *> actions = file->actions();
    const qsizetype open = actions.indexOf(window->fileActions()->openAction());
    ASSERT_GE(open, 0);
    EXPECT_EQ(actions.value(open + 1), window->adoptActions()->openDrizzleAction());
}

TEST_F(AdoptTest, AConfigOpensAsASourceModeProjectSavedBesideIt)
{
    copyFixture("bookshop");
    const QString config = QDir(folder).filePath(QStringLiteral("drizzle.config.ts"));

    ASSERT_TRUE(openDrizzle(config)) << script.errors.join(u'\n').toStdString();

    ASSERT_EQ(script.reviewed.size(), 1);
    const views::DrizzleProjectRequest &shown = script.reviewed.first();
    EXPECT_EQ(shown.schema, QStringList{QStringLiteral("./src/db/schema.ts")});
    EXPECT_EQ(shown.dialect, QStringLiteral("sqlite"));
    EXPECT_TRUE(shown.unreadable.isEmpty());
    EXPECT_EQ(shown.projectFile, defaultProject());
    EXPECT_TRUE(QFileInfo::exists(defaultProject()));
    const model::SchemaDocument *document = window->document();
    EXPECT_EQ(tableNames(document->schema()), (QStringList{QStringLiteral("authors"), QStringLiteral("books")}));
    EXPECT_EQ(document->settings().schemaMode, model::ProjectSettings::SchemaMode::Source);
    EXPECT_FALSE(document->project().source.isEmpty());
    EXPECT_FALSE(document->isModified()) << "an untouched project is in sync with its files";
    EXPECT_TRUE(script.errors.isEmpty()) << script.errors.join(u'\n').toStdString();
    // The team's file is theirs: opening it changes nothing.
    QFile schema(QDir(folder).filePath(QStringLiteral("src/db/schema.ts")));
    ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
    EXPECT_EQ(schema.readAll(), tw::test::readData(QStringLiteral("app/bookshop/src/db/schema.ts")));
}

TEST_F(AdoptTest, AValueTheConfigDoesNotWriteAsALiteralIsAskedFor)
{
    copyFixture("bookshop");
    QFile::remove(QDir(folder).filePath(QStringLiteral("drizzle.config.ts")));
    tw::test::copyDataFolder(QStringLiteral("app/bookshop-env"), folder); // a config naming an environment variable
    script.completeReview = [](views::DrizzleProjectRequest &request) {
        request.schema = {QStringLiteral("src/db/schema.ts")};
    };

    ASSERT_TRUE(openDrizzle(QDir(folder).filePath(QStringLiteral("drizzle.config.ts"))))
        << script.errors.join(u'\n').toStdString();

    const views::DrizzleProjectRequest &shown = script.reviewed.first();
    EXPECT_EQ(shown.unreadable, QStringList{QStringLiteral("schema")});
    EXPECT_TRUE(shown.schema.isEmpty());
    EXPECT_FALSE(shown.problem().isEmpty()) << "Open waits for the answer";
    EXPECT_TRUE(shown.notes.join(u'\n').contains(QStringLiteral("process.env.SCHEMA_PATH")))
        << shown.notes.join(u'\n').toStdString();
    EXPECT_EQ(tableNames(window->document()->schema()),
              (QStringList{QStringLiteral("authors"), QStringLiteral("books")}));
    EXPECT_EQ(window->document()->settings().schemaSources, QStringList{QStringLiteral("src/db/schema.ts")});
}

TEST_F(AdoptTest, CancellingTheReviewWritesAndOpensNothing)
{
    copyFixture("bookshop");
    script.acceptReview = false;

    EXPECT_FALSE(openDrizzle(QDir(folder).filePath(QStringLiteral("drizzle.config.ts"))));
    EXPECT_FALSE(QFileInfo::exists(defaultProject()));
    EXPECT_TRUE(window->document()->filePath().isEmpty());
}

TEST_F(AdoptTest, AMigrationsFolderWithoutConfigAsksForTheSchemaAndGuessesTheUsualPlace)
{
    copyFixture("bookshop");
    QFile::remove(QDir(folder).filePath(QStringLiteral("drizzle.config.ts")));
    ASSERT_TRUE(QDir(folder).mkpath(QStringLiteral("drizzle/meta")));
    const QString journal = QDir(folder).filePath(QStringLiteral("drizzle/meta/_journal.json"));
    QFile file(journal);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":"7","dialect":"sqlite","entries":[]})");
    file.close();

    ASSERT_TRUE(openDrizzle(journal)) << script.errors.join(u'\n').toStdString();

    const views::DrizzleProjectRequest &shown = script.reviewed.first();
    EXPECT_FALSE(shown.isConfig());
    EXPECT_EQ(shown.migrations, QDir(folder).filePath(QStringLiteral("drizzle")));
    EXPECT_EQ(shown.schema, QStringList{QStringLiteral("src/db/schema.ts")});
    EXPECT_EQ(tableNames(window->document()->schema()).size(), 2);
}

TEST_F(AdoptTest, AFileThatIsNoConfigSaysWhatWasExpected)
{
    copyFixture("bookshop");
    EXPECT_FALSE(openDrizzle(QDir(folder).filePath(QStringLiteral("src/db/schema.ts"))));
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_TRUE(script.errors.first().contains(QStringLiteral("schema.ts"))) << script.errors.first().toStdString();
    EXPECT_TRUE(script.reviewed.isEmpty());
    EXPECT_TRUE(window->document()->filePath().isEmpty());
}
