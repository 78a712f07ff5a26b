// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/io/schemajsonwriter.h"
#include "source/edit/sourceeditor.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"
#include "tests/source/editortestsupport.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <functional>

using namespace tw;
using source::SourceEditor;
using source::SourceFileEdit;
using source::SourceMatcher;
using source::SourceSchema;
using test::column;
using test::table;

namespace {

/// A fixture file read as a project opened from it: the project schema is what the source says, bound to it.
struct Opened
{
    QString path;
    QString text;
    SourceSchema source;
    model::Schema project;
    source::SourceBinding binding;
};

Opened open(const QString &relative, model::Casing casing)
{
    Opened o;
    o.path = test::dataPath(relative);
    o.text = QString::fromUtf8(test::readData(relative));
    o.source = source::SchemaSourceReader::readText(o.path, o.text, casing);
    o.project = o.source.toSchema();
    o.binding = SourceMatcher::bindingFor(o.project, o.source, QFileInfo(o.path).absolutePath());
    return o;
}

model::Column newColumn(const char *name, model::SqlType type)
{
    model::Column c;
    c.id = model::Id::generate();
    c.name = QString::fromLatin1(name);
    c.type = type;
    return c;
}

/// The schema as the project file stores it, without what the source does not decide (ids aside, which the
/// matcher gives back): comments, and whether a TypeScript name is explicit or derived.
QByteArray comparable(model::Schema schema)
{
    for (model::Table &t : schema.tables) {
        t.comment.clear();
        t.tsName = t.effectiveTsName();
        for (model::Column &c : t.columns) {
            c.comment.clear();
            c.tsName = c.effectiveTsName();
        }
    }
    for (model::View &v : schema.views) {
        v.comment.clear();
        v.tsName = v.effectiveTsName();
    }
    return model::SchemaJsonWriter::write(schema).toJson();
}

struct EditCase
{
    const char *name;
    std::function<void(model::Schema &)> change;
};

QList<EditCase> editCases()
{
    using model::SqlType;
    return {
        {"add_column",
         [](model::Schema &s) {
             table(s, "users").columns << newColumn("bio", SqlType::Text);
         }},
        {"add_int_column",
         [](model::Schema &s) {
             model::Column score = newColumn("score", SqlType::Integer);
             score.notNull = true;
             score.defaultValue = model::ColumnDefault::number(QStringLiteral("0"));
             table(s, "posts").columns << score;
         }},
        {"rename_column",
         [](model::Schema &s) {
             model::Column &c = column(table(s, "users"), "display_name");
             c.tsName = QStringLiteral("displayName");
             c.name = QStringLiteral("full_name");
         }},
        {"remove_column",
         [](model::Schema &s) {
             table(s, "posts").columns.removeLast();
         }},
        {"not_null",
         [](model::Schema &s) {
             column(table(s, "users"), "display_name").notNull = true;
         }},
        {"unique",
         [](model::Schema &s) {
             column(table(s, "users"), "email").unique = true;
         }},
        {"retype",
         [](model::Schema &s) {
             column(table(s, "posts"), "title").length = 200;
         }},
        {"fk_action",
         [](model::Schema &s) {
             table(s, "posts").foreignKeys[0].onDelete = model::ReferentialAction::SetNull;
         }},
        {"add_index",
         [](model::Schema &s) {
             model::Table &posts = table(s, "posts");
             model::Index index;
             index.id = model::Id::generate();
             index.name = QStringLiteral("posts_title_idx");
             index.parts = {model::IndexPart::ofColumn(column(posts, "title").id)};
             posts.indexes << index;
         }},
        {"remove_index",
         [](model::Schema &s) {
             table(s, "users").indexes.clear();
         }},
        {"add_table",
         [](model::Schema &s) {
             model::Table &posts = table(s, "posts");
             model::Table comments;
             comments.id = model::Id::generate();
             comments.name = QStringLiteral("comments");
             model::Column id = newColumn("id", SqlType::Integer);
             id.primaryKey = true;
             id.notNull = true;
             model::Column post = newColumn("post_id", SqlType::Integer);
             post.notNull = true;
             model::Column body = newColumn("body", SqlType::Text);
             body.notNull = true;
             comments.columns = {id, post, body};
             model::ForeignKey fk;
             fk.id = model::Id::generate();
             fk.columns = {post.id};
             fk.targetTable = posts.id;
             fk.targetColumns = {column(posts, "id").id};
             comments.foreignKeys = {fk};
             s.tables << comments;
         }},
        {"remove_table",
         [](model::Schema &s) {
             s.tables.removeAt(s.tableRow(table(s, "tags").id));
         }},
        {"rename_table",
         [](model::Schema &s) {
             model::Table &tags = table(s, "tags");
             tags.tsName = QStringLiteral("tags");
             tags.name = QStringLiteral("labels");
         }},
        {"view_definition",
         [](model::Schema &s) {
             s.views[0].definition.replace(QLatin1String(" desc"), QString());
         }},
    };
}

struct StyleCase
{
    QString style;
    model::Casing casing;
    EditCase edit;
};

class SourceEdit : public ::testing::TestWithParam<StyleCase>
{
};

QList<StyleCase> styleCases()
{
    QList<StyleCase> out;
    for (const EditCase &edit : editCases()) {
        out << StyleCase{QStringLiteral("explicit"), model::Casing::None, edit};
        out << StyleCase{QStringLiteral("derived"), model::Casing::SnakeCase, edit};
    }
    return out;
}

} // namespace

TEST_P(SourceEdit, WritesExactlyTheExpectedText)
{
    const StyleCase &c = GetParam();
    Opened o = open(QStringLiteral("source/edit/%1/schema.ts").arg(c.style), c.casing);
    ASSERT_FALSE(o.source.hasErrors());
    c.edit.change(o.project);
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, o.path);
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 1);
    const SourceFileEdit &edit = edits.value().first();
    EXPECT_EQ(edit.path, o.path);
    EXPECT_FALSE(edit.created);
    const QString expected = QString::fromUtf8(
        test::readData(QStringLiteral("source/edit/%1/%2.ts").arg(c.style, QString::fromLatin1(c.edit.name))));
    EXPECT_EQ(edit.newText, expected);

    // Reading the edited source again gives the project's schema.
    const SourceSchema reread = source::SchemaSourceReader::readText(o.path, edit.newText, c.casing);
    EXPECT_FALSE(reread.hasErrors());
    EXPECT_EQ(comparable(SourceMatcher::withProjectIds(reread, o.project, o.binding)), comparable(o.project));
}

TEST_P(SourceEdit, DrizzleKitOnTheEditedSourceWritesTablewrightsMigration)
{
    // <case>.sql is what drizzle-kit generates from the expected text (tools/interop/source-edit-sql.sh keeps it
    // honest); the editor writes that text exactly (above). Cases that rename have no .sql: drizzle-kit asks.
    const StyleCase &c = GetParam();
    const QString sqlFile = QStringLiteral("source/edit/%1/%2.sql").arg(c.style, QString::fromLatin1(c.edit.name));
    if (!QFile::exists(test::dataPath(sqlFile)))
        GTEST_SKIP() << "drizzle-kit asks about renames";
    Opened o = open(QStringLiteral("source/edit/%1/schema.ts").arg(c.style), c.casing);
    const model::Schema before = o.project;
    c.edit.change(o.project);
    const QString tablewright = migrations::SqliteMigrationWriter::migrationText(migrations::diff(before, o.project));
    EXPECT_EQ(tablewright, QString::fromUtf8(test::readData(sqlFile)));
}

INSTANTIATE_TEST_SUITE_P(Styles, SourceEdit, ::testing::ValuesIn(styleCases()),
                         [](const ::testing::TestParamInfo<StyleCase> &param) {
                             return param.param.style.toStdString() + '_' + param.param.edit.name;
                         });

TEST(SourceEditor, AddingAColumnAddsExactlyOneLine)
{
    Opened o = open(QStringLiteral("source/edit/explicit/schema.ts"), model::Casing::None);
    table(o.project, "users").columns << newColumn("bio", model::SqlType::Text);
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, o.path);
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 1);
    QStringList before = o.text.split(u'\n');
    const QStringList after = edits.value().first().newText.split(u'\n');
    ASSERT_EQ(after.size(), before.size() + 1);
    qsizetype added = 0;
    while (added < before.size() && before[added] == after[added])
        ++added;
    before.insert(added, after[added]);
    EXPECT_EQ(before, after);
    EXPECT_EQ(after[added], QStringLiteral("  bio: text(\"bio\"),"));
}

TEST(SourceEditor, AnUntouchedProjectChangesNoFile)
{
    QStringList files;
    for (QDirIterator it(test::dataPath(QStringLiteral("source")), {QStringLiteral("*.ts")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    files.sort();
    ASSERT_FALSE(files.isEmpty());
    for (const QString &path : files) {
        for (model::Casing casing : {model::Casing::None, model::Casing::SnakeCase}) {
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            const SourceSchema source =
                source::SchemaSourceReader::readText(path, QString::fromUtf8(file.readAll()), casing);
            const model::Schema project = source.toSchema();
            const auto binding = SourceMatcher::bindingFor(project, source, QFileInfo(path).absolutePath());
            const auto edits = SourceEditor::edits(source, binding, project, path);
            ASSERT_TRUE(edits.ok()) << path.toStdString() << ": " << edits.error().toStdString();
            EXPECT_TRUE(edits.value().isEmpty()) << path.toStdString();
        }
    }
}

TEST(SourceEditor, AnUntouchedMultiFileProjectChangesNoFile)
{
    QStringList folders{test::dataPath(QStringLiteral("source"))};
    for (QDirIterator it(folders.first(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
         it.hasNext();)
        folders << it.next();
    for (const QString &folder : folders) {
        QStringList files;
        for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name)) {
            if (!info.fileName().startsWith(QLatin1String("drizzle.config")))
                files << info.absoluteFilePath();
        }
        // The edit fixtures of one style are versions of one file, not one schema; refuse/ holds unrelated ones.
        const bool versions =
            folder.contains(QLatin1String("/source/edit/")) && !folder.endsWith(QLatin1String("/multi"));
        if (files.isEmpty() || versions)
            continue;
        const SourceSchema source = source::SchemaSourceReader::read(files, model::Casing::None);
        const model::Schema project = source.toSchema();
        const auto binding = SourceMatcher::bindingFor(project, source, folder);
        const auto edits = SourceEditor::edits(source, binding, project, files.first());
        ASSERT_TRUE(edits.ok()) << folder.toStdString() << ": " << edits.error().toStdString();
        EXPECT_TRUE(edits.value().isEmpty()) << folder.toStdString();
    }
}

TEST(SourceEditor, RefusesToCreateANewTableFileThatExistsOutsideTheSchema)
{
    Opened o = open(QStringLiteral("source/edit/explicit/schema.ts"), model::Casing::None);
    model::Table extra;
    extra.id = model::Id::generate();
    extra.name = QStringLiteral("extra");
    extra.columns = {newColumn("id", model::SqlType::Integer)};
    o.project.tables << extra;
    const QString elsewhere = test::dataPath(QStringLiteral("source/edit/refuse/spread.ts"));
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, elsewhere);
    ASSERT_FALSE(edits.ok());
    EXPECT_TRUE(edits.error().startsWith(elsewhere + QStringLiteral(" exists but is not one of the schema files")));
}

TEST(SourceEditor, RefusesToRemoveATableStillUsedElsewhere)
{
    Opened o = open(QStringLiteral("source/edit/explicit/schema.ts"), model::Casing::None);
    o.project.tables.removeAt(o.project.tableRow(table(o.project, "users").id));
    table(o.project, "posts").foreignKeys.clear();
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, o.path);
    ASSERT_FALSE(edits.ok());
    EXPECT_TRUE(edits.error().contains(
        QStringLiteral("table users was removed in the project, but its variable users is still used (%1:26)")
            .arg(o.path)))
        << edits.error().toStdString();
}

TEST(SourceEditor, RefusesToChangeAColumnFromASpreadAndChangesNothing)
{
    Opened o = open(QStringLiteral("source/edit/refuse/spread.ts"), model::Casing::None);
    model::Table &notes = table(o.project, "notes");
    column(notes, "created_at").notNull = false;
    column(notes, "body").notNull = true; // would be fine alone; refused with the rest
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, o.path);
    ASSERT_FALSE(edits.ok());
    EXPECT_TRUE(edits.error().startsWith(o.path + QStringLiteral(":10: notes.created_at: cannot change it in place: ")))
        << edits.error().toStdString();
    EXPECT_TRUE(edits.error().endsWith(QStringLiteral("; change it there"))) << edits.error().toStdString();
}

TEST(SourceEditor, RefusesToRenameAVariableOthersUse)
{
    Opened o = open(QStringLiteral("source/edit/explicit/schema.ts"), model::Casing::None);
    table(o.project, "posts").tsName = QStringLiteral("articles");
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, o.path);
    ASSERT_FALSE(edits.ok());
    EXPECT_EQ(edits.error(), QStringLiteral("%1:14: table posts: renaming its variable posts to articles would break "
                                            "the code that uses it (%1:27, %1:30); rename it in your editor")
                                 .arg(o.path));
}

TEST(SourceEditor, ANewTableGoesIntoANewFileWithItsImports)
{
    Opened o = open(QStringLiteral("source/edit/derived/schema.ts"), model::Casing::SnakeCase);
    model::Table audit;
    audit.id = model::Id::generate();
    audit.name = QStringLiteral("audit_log");
    model::Column at = newColumn("logged_at", model::SqlType::Integer);
    at.notNull = true;
    at.defaultValue = model::ColumnDefault::expression(QStringLiteral("(unixepoch())"));
    audit.columns = {at};
    o.project.tables << audit;
    const QString created = QFileInfo(o.path).absolutePath() + QStringLiteral("/audit.ts");
    const auto edits = SourceEditor::edits(o.source, o.binding, o.project, created);
    ASSERT_TRUE(edits.ok()) << edits.error().toStdString();
    ASSERT_EQ(edits.value().size(), 1);
    EXPECT_TRUE(edits.value().first().created);
    EXPECT_EQ(edits.value().first().newText,
              QStringLiteral("import { sql } from 'drizzle-orm'\n"
                             "import { integer, sqliteTable } from 'drizzle-orm/sqlite-core'\n"
                             "\n"
                             "export const auditLog = sqliteTable('audit_log', {\n"
                             "    loggedAt: integer().notNull().default(sql`(unixepoch())`)\n"
                             "})\n"));
}
