// SPDX-License-Identifier: GPL-3.0-or-later
// Copy and paste of tables, within a project and into another one: fresh ids, free names, keys that follow.
#include "model/commands/schemaeditor.h"
#include "model/commands/tableclipboard.h"
#include "model/document/schemadocument.h"
#include "model/validation/schemavalidator.h"
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

// users <- posts <- comments (comments also -> users), each card placed.
Project blog()
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().text(QStringLiteral("email")).notNull();
    b.table(QStringLiteral("posts"))
        .id()
        .integer(QStringLiteral("author_id"))
        .notNull()
        .references(QStringLiteral("users"))
        .index(QStringLiteral("posts_author_id_idx"), {QStringLiteral("author_id")});
    b.table(QStringLiteral("comments"))
        .id()
        .integer(QStringLiteral("post_id"))
        .notNull()
        .references(QStringLiteral("posts"))
        .integer(QStringLiteral("user_id"))
        .references(QStringLiteral("users"));
    Project project;
    project.schema = b.build();
    double x = 0;
    for (const Table &t : project.schema.tables) {
        project.layout.items[t.id].position = QPointF(x, 100);
        x += 300;
    }
    return project;
}

QList<Id> idsOf(const Schema &schema, const QStringList &names)
{
    QList<Id> ids;
    for (const QString &name : names)
        ids << schema.tableNamed(name)->id;
    return ids;
}

} // namespace

TEST(TableClipboard, PastingIntoAnotherProjectKeepsNamesAndFollowsKeysByName)
{
    const Project source = blog();
    const QByteArray clip =
        tableclipboard::copy(source, idsOf(source.schema, {QStringLiteral("posts"), QStringLiteral("comments")}));
    ASSERT_FALSE(clip.isEmpty());

    // The other project has its own users table (another id), and nothing else.
    SchemaBuilder other;
    other.table(QStringLiteral("users")).id().text(QStringLiteral("name"));
    const Schema destination = other.build();
    const auto pasted = tableclipboard::paste(clip, destination, QPointF(1000, 500));
    ASSERT_TRUE(pasted) << pasted.error().toStdString();
    ASSERT_EQ(pasted.value().tables.size(), 2);
    const Table &posts = pasted.value().tables[0];
    const Table &comments = pasted.value().tables[1];
    EXPECT_EQ(posts.name, QStringLiteral("posts"));
    EXPECT_EQ(comments.name, QStringLiteral("comments"));
    EXPECT_NE(posts.id, source.schema.tableNamed(QStringLiteral("posts"))->id);
    EXPECT_TRUE(pasted.value().droppedKeys.isEmpty()) << pasted.value().droppedKeys.join(u';').toStdString();
    ASSERT_EQ(posts.foreignKeys.size(), 1);
    EXPECT_EQ(posts.foreignKeys[0].targetTable, destination.tables[0].id); // this project's users
    EXPECT_EQ(posts.foreignKeys[0].targetColumns, QList<Id>{destination.tables[0].columns[0].id});
    ASSERT_EQ(comments.foreignKeys.size(), 2);
    EXPECT_EQ(comments.foreignKeys[0].targetTable, posts.id); // the pasted posts, not the source's
    EXPECT_EQ(comments.foreignKeys[0].targetColumns, QList<Id>{posts.columns[0].id});
    // The arrangement is kept, moved to the paste point.
    EXPECT_EQ(pasted.value().layout[0].position, QPointF(1000, 500));
    EXPECT_EQ(pasted.value().layout[1].position, QPointF(1300, 500));

    Project into;
    into.schema = destination;
    SchemaDocument document(into);
    const QList<Id> ids = SchemaEditor(&document).pasteTables(pasted.value().tables, pasted.value().layout);
    EXPECT_EQ(ids, (QList<Id>{posts.id, comments.id}));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Paste 2 tables"));
    EXPECT_FALSE(hasErrors(SchemaValidator::validate(document.schema())))
        << describe(SchemaValidator::validate(document.schema()));
    document.undoStack()->undo();
    EXPECT_EQ(document.schema(), destination);
}

TEST(TableClipboard, KeysToTablesTheOtherProjectLacksAreLeftOutAndNamed)
{
    const Project source = blog();
    const QByteArray clip = tableclipboard::copy(source, idsOf(source.schema, {QStringLiteral("comments")}));
    const auto pasted = tableclipboard::paste(clip, Schema(), QPointF());
    ASSERT_TRUE(pasted) << pasted.error().toStdString();
    EXPECT_TRUE(pasted.value().tables[0].foreignKeys.isEmpty());
    EXPECT_EQ(pasted.value().droppedKeys, (QStringList{QStringLiteral("comments.post_id \u2192 posts"),
                                                       QStringLiteral("comments.user_id \u2192 users")}));
}

TEST(TableClipboard, PastingIntoTheSameProjectNumbersTheNamesAndIndexes)
{
    const Project source = blog();
    const QByteArray clip = tableclipboard::copy(source, idsOf(source.schema, {QStringLiteral("posts")}));
    const auto pasted = tableclipboard::paste(clip, source.schema, QPointF(0, 600));
    ASSERT_TRUE(pasted) << pasted.error().toStdString();
    const Table &copy = pasted.value().tables[0];
    EXPECT_EQ(copy.name, QStringLiteral("posts_2"));
    EXPECT_EQ(copy.indexes[0].name, QStringLiteral("posts_2_author_id_idx"));
    EXPECT_EQ(copy.foreignKeys[0].targetTable, source.schema.tableNamed(QStringLiteral("users"))->id);
    Schema after = source.schema;
    after.tables << copy;
    EXPECT_FALSE(hasErrors(SchemaValidator::validate(after))) << describe(SchemaValidator::validate(after));
}

TEST(TableClipboard, SomethingElseOnTheClipboardIsAClearError)
{
    const auto pasted = tableclipboard::paste("not json", Schema(), QPointF());
    ASSERT_FALSE(pasted);
    EXPECT_TRUE(pasted.error().startsWith(QStringLiteral("the clipboard holds no tables to paste")))
        << pasted.error().toStdString();
    EXPECT_TRUE(tableclipboard::copy(blog(), {Id(QStringLiteral("nope"))}).isEmpty());
}
