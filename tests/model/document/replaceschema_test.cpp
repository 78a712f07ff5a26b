// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "model/commands/documentcommand.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace tw::model;
using tw::test::id;

namespace {

const QString kText = QStringLiteral("Update from schema.ts");

// The sample schema as the team's source might say it after an afternoon: comments gone (with its keys),
// a column added to users, posts renamed, a new tags table first in the file, the view's SQL changed and the
// remaining tables in another order.
Schema editedSchema()
{
    Schema schema = tw::test::sampleProject().schema;
    schema.tables.removeAt(schema.tableRow(id("comments")));
    schema.table(id("users"))->columns << tw::test::column("users", "bio");
    schema.table(id("posts"))->name = QStringLiteral("articles");
    Table tags;
    tags.id = id("tags");
    tags.name = QStringLiteral("tags");
    tags.columns << tw::test::column("tags", "id", SqlType::Integer);
    tags.foreignKeys << ForeignKey{id("tags.post_fk"), {}, {id("tags.id")}, id("posts"), {id("posts.id")}};
    schema.tables.prepend(tags);
    schema.tables.move(schema.tableRow(id("post_tags")), 1);
    schema.views[0].definition = QStringLiteral("SELECT id FROM articles");
    return schema;
}

} // namespace

TEST(ReplaceSchema, RedoGivesTheNewSchemaAndUndoTheOldOneExactly)
{
    SchemaDocument document(tw::test::sampleProject());
    const Schema edited = editedSchema();

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return SchemaEditor(&document).replaceSchema(edited, kText); });

    EXPECT_EQ(after.schema, edited);
    EXPECT_EQ(document.undoStack()->undoText(), kText);
    EXPECT_TRUE(tw::test::danglingReferences(after).isEmpty())
        << tw::test::danglingReferences(after).join(u'\n').toStdString();
    EXPECT_FALSE(after.layout.items.contains(id("comments")));
    ASSERT_TRUE(after.layout.items.contains(id("tags")));
}

TEST(ReplaceSchema, NewTablesGoBelowTheCardsAlreadyThere)
{
    SchemaDocument document(tw::test::sampleProject());
    ASSERT_TRUE(SchemaEditor(&document).replaceSchema(editedSchema(), kText));

    const QPointF tags = document.layout().item(id("tags")).position;
    for (const Table &table : document.schema().tables) {
        if (table.id != id("tags")) {
            EXPECT_GT(tags.y(), document.layout().item(table.id).position.y()) << table.name.toStdString();
        }
    }
}

TEST(ReplaceSchema, AnEmptyProjectGetsTheWholeSchemaLaidOut)
{
    SchemaDocument document;
    const Schema schema = tw::test::sampleProject().schema;
    ASSERT_TRUE(SchemaEditor(&document).replaceSchema(schema, kText));

    EXPECT_EQ(document.schema(), schema);
    std::set<std::pair<double, double>> positions;
    for (const Table &table : schema.tables) {
        ASSERT_TRUE(document.layout().items.contains(table.id));
        const QPointF position = document.layout().item(table.id).position;
        positions.insert({position.x(), position.y()});
    }
    EXPECT_EQ(positions.size(), size_t(schema.tables.size())); // no two cards on top of each other
}

TEST(ReplaceSchema, SchemaChangedFiresOncePerRedoAndUndo)
{
    SchemaDocument document(tw::test::sampleProject());
    tw::test::SignalLog log(&document);

    ASSERT_TRUE(SchemaEditor(&document).replaceSchema(editedSchema(), kText));
    EXPECT_EQ(log.named(QStringLiteral("schemaChanged")).size(), 1);
    EXPECT_FALSE(log.named(QStringLiteral("tableInserted")).isEmpty());
    log.clear();
    document.undoStack()->undo();
    EXPECT_EQ(log.named(QStringLiteral("schemaChanged")).size(), 1);
    log.clear();
    document.undoStack()->redo();
    EXPECT_EQ(log.named(QStringLiteral("schemaChanged")).size(), 1);
}

TEST(ReplaceSchema, TheSameSchemaPushesNothing)
{
    SchemaDocument document(tw::test::sampleProject());
    EXPECT_FALSE(SchemaEditor(&document).replaceSchema(document.schema(), kText));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(ReplaceSchema, OnlyAReorderIsOneStepToo)
{
    SchemaDocument document(tw::test::sampleProject());
    Schema reordered = document.schema();
    std::reverse(reordered.tables.begin(), reordered.tables.end());

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return SchemaEditor(&document).replaceSchema(reordered, kText); });
    EXPECT_EQ(after.schema, reordered);
    EXPECT_EQ(after.layout, tw::test::sampleProject().layout);
}
