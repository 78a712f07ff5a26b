// SPDX-License-Identifier: GPL-3.0-or-later
// The editor on a schema split over several files with a re-exporting index.ts.
#include "source/config/drizzleconfig.h"
#include "source/edit/sourceeditor.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"
#include "tests/source/editortestsupport.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace tw;
using test::column;
using test::table;

namespace {

struct Folder
{
    QString dir;
    source::SourceSchema source;
    model::Schema project;
    source::SourceBinding binding;

    QString path(const char *name) const { return dir + u'/' + QString::fromLatin1(name); }
    QString text(const char *name) const
    {
        return QString::fromUtf8(test::readData(QStringLiteral("source/edit/multi/") + QString::fromLatin1(name)));
    }
};

Folder openMulti()
{
    Folder f;
    f.dir = QDir::cleanPath(test::dataPath(QStringLiteral("source/edit/multi")));
    QStringList errors;
    const QStringList files = source::SchemaSourceReader::resolvePaths({f.dir}, f.dir, &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    f.source = source::SchemaSourceReader::read(files, model::Casing::None);
    f.project = f.source.toSchema();
    f.binding = source::SourceMatcher::bindingFor(f.project, f.source, f.dir);
    return f;
}

model::Table commentsOn(model::Schema &schema)
{
    model::Table comments;
    comments.id = model::Id::generate();
    comments.name = QStringLiteral("comments");
    model::Column id;
    id.id = model::Id::generate();
    id.name = QStringLiteral("id");
    id.type = model::SqlType::Integer;
    id.primaryKey = true;
    id.notNull = true;
    model::Column post = id;
    post.id = model::Id::generate();
    post.name = QStringLiteral("post_id");
    post.primaryKey = false;
    comments.columns = {id, post};
    model::ForeignKey fk;
    fk.id = model::Id::generate();
    fk.columns = {post.id};
    fk.targetTable = table(schema, "posts").id;
    fk.targetColumns = {table(schema, "posts").columns[0].id};
    comments.foreignKeys = {fk};
    return comments;
}

} // namespace

TEST(SourceEditorFiles, UntouchedChangesNothing)
{
    Folder f = openMulti();
    ASSERT_EQ(f.project.tables.size(), 2);
    const auto edits = source::SourceEditor::edits(f.source, f.binding, f.project, f.path("posts.ts"));
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    EXPECT_TRUE(edits.value().isEmpty());
}

TEST(SourceEditorFiles, RenamingAKeyFollowsItsUsesIntoOtherFiles)
{
    Folder f = openMulti();
    table(f.project, "users").columns[0].tsName = QStringLiteral("userId");
    const auto edits = source::SourceEditor::edits(f.source, f.binding, f.project, f.path("posts.ts"));
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 2);
    QMap<QString, QString> byPath;
    for (const source::SourceFileEdit &edit : edits.value())
        byPath.insert(edit.path, edit.newText);
    EXPECT_EQ(byPath.value(f.path("users.ts")),
              f.text("users.ts").replace(QStringLiteral("  id: integer"), QStringLiteral("  userId: integer")));
    EXPECT_EQ(byPath.value(f.path("posts.ts")),
              f.text("posts.ts").replace(QStringLiteral("users.id"), QStringLiteral("users.userId")));
}

TEST(SourceEditorFiles, ANewTableInANewFileImportsWhatItReferences)
{
    Folder f = openMulti();
    f.project.tables << commentsOn(f.project);
    const auto edits = source::SourceEditor::edits(f.source, f.binding, f.project, f.path("comments.ts"));
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 1);
    EXPECT_TRUE(edits.value().first().created);
    EXPECT_EQ(edits.value().first().newText,
              QStringLiteral(R"(import { integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { posts } from "./posts";

export const comments = sqliteTable("comments", {
  id: integer("id").primaryKey(),
  postId: integer("post_id").notNull().references(() => posts.id),
});
)"));
}

TEST(SourceEditorFiles, ANewTableInAFileThatImportsItsTargetAddsNoImport)
{
    Folder f = openMulti();
    model::Table comments = commentsOn(f.project);
    comments.foreignKeys[0].targetTable = table(f.project, "users").id;
    comments.foreignKeys[0].targetColumns = {table(f.project, "users").columns[0].id};
    f.project.tables << comments;
    const auto edits = source::SourceEditor::edits(f.source, f.binding, f.project, f.path("posts.ts"));
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 1);
    EXPECT_EQ(edits.value().first().newText, f.text("posts.ts") + QStringLiteral(R"(
export const comments = sqliteTable("comments", {
  id: integer("id").primaryKey(),
  postId: integer("post_id").notNull().references(() => users.id),
});
)"));
}

TEST(SourceEditorFiles, RefusesToRemoveATableAnotherFileImports)
{
    Folder f = openMulti();
    f.project.tables.removeAt(f.project.tableRow(table(f.project, "users").id));
    table(f.project, "posts").foreignKeys.clear();
    const auto edits = source::SourceEditor::edits(f.source, f.binding, f.project, f.path("posts.ts"));
    ASSERT_FALSE(edits.ok());
    EXPECT_EQ(edits.error(), QStringLiteral("%1:3: table users was removed in the project, but its variable users is "
                                            "still used (%2:2); remove those uses first")
                                 .arg(f.path("users.ts"), f.path("posts.ts")));
}

TEST(SourceEditorFiles, InATeamProjectAddingAColumnAddsOneLineToThatTablesFile)
{
    const auto config =
        source::DrizzleConfigReader::read(test::dataPath(QStringLiteral("source/team/drizzle.config.ts")));
    ASSERT_TRUE(config.ok()) << config.error().toStdString();
    const QString projectDir = QFileInfo(config.value().path).absolutePath();
    QStringList errors;
    const QStringList files = source::SchemaSourceReader::resolvePaths(config.value().schema, projectDir, &errors);
    const source::SourceSchema read = source::SchemaSourceReader::read(files, config.value().casing);
    model::Schema project = read.toSchema();
    const source::SourceBinding binding = source::SourceMatcher::bindingFor(project, read, projectDir);
    model::Column archived;
    archived.id = model::Id::generate();
    archived.name = QStringLiteral("archived");
    archived.type = model::SqlType::Integer;
    archived.mode = model::DrizzleMode::Boolean;
    archived.notNull = true;
    archived.defaultValue = model::ColumnDefault::boolean(false);
    table(project, "projects").columns << archived;

    const auto edits =
        source::SourceEditor::edits(read, binding, project, projectDir + QStringLiteral("/src/db/new.ts"));
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 1);
    const source::SourceFileEdit &edit = edits.value().first();
    EXPECT_EQ(QFileInfo(edit.path).fileName(), QStringLiteral("projects.ts"));
    QStringList before = edit.oldText.split(u'\n');
    const QStringList after = edit.newText.split(u'\n');
    ASSERT_EQ(after.size(), before.size() + 1);
    qsizetype added = 0;
    while (before[added] == after[added])
        ++added;
    EXPECT_EQ(after[added], QStringLiteral("  archived: t.integer({ mode: \"boolean\" }).notNull().default(false),"));
    before.insert(added, after[added]);
    EXPECT_EQ(before, after);
}
