// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/documentcommand.h"
#include "model/commands/movecommand.h"
#include "model/commands/replacevaluecommand.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::id;

namespace {

QString undoText(const SchemaDocument &document)
{
    return document.undoStack()->undoText();
}

const DocumentCommand *topCommand(const SchemaDocument &document)
{
    return dynamic_cast<const DocumentCommand *>(document.undoStack()->command(document.undoStack()->index() - 1));
}

Table tagsTable()
{
    Table table;
    table.id = id("tags");
    table.name = QStringLiteral("tags");
    table.columns << tw::test::column("tags", "id", SqlType::Integer);
    return table;
}

} // namespace

TEST(TableCommands, AddTablePlacesItsLayoutItemAndUndoTakesBoth)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return editor.addTable(tagsTable(), QPointF(10, 20)) == id("tags"); });

    EXPECT_EQ(undoText(document), QStringLiteral("Add table tags"));
    EXPECT_EQ(after.schema.tableRow(id("tags")), 4);
    EXPECT_EQ(after.layout.item(id("tags")).position, QPointF(10, 20));
    EXPECT_TRUE(topCommand(document)->changesSchema());
}

TEST(TableCommands, AddTableSignalsEachStepAndSchemaChangedOncePerUndoStep)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    tw::test::SignalLog log(&document);

    ASSERT_FALSE(editor.addTable(tagsTable()).isNull());
    EXPECT_EQ(log.entries,
              QStringList({QStringLiteral("aboutToInsertTable(4)"), QStringLiteral("tableInserted(tags,4)"),
                           QStringLiteral("layoutChanged([tags])"), QStringLiteral("schemaChanged()"),
                           QStringLiteral("modifiedChanged(true)")}));
    log.clear();
    document.undoStack()->undo();
    EXPECT_EQ(log.entries,
              QStringList({QStringLiteral("layoutChanged([tags])"), QStringLiteral("aboutToRemoveTable(tags,4)"),
                           QStringLiteral("tableRemoved(tags,4)"), QStringLiteral("schemaChanged()"),
                           QStringLiteral("modifiedChanged(false)")}));
}

TEST(TableCommands, AddTableRefusesATakenIdAndPushesNothing)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    Table table = tagsTable();
    table.id = id("recent_posts"); // a view's id: tables and views share the layout map
    EXPECT_TRUE(editor.addTable(table).isNull());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(TableCommands, RemoveTableTakesIncomingForeignKeysAndLayoutAndUndoRestoresThemInOrder)
{
    const Project original = tw::test::sampleProject();
    SchemaDocument document(original);
    SchemaEditor editor(&document);
    tw::test::SignalLog log(&document);
    QStringList danglingWhenRemoved{QStringLiteral("not called")};
    QObject context;
    QObject::connect(&document, &SchemaDocument::tableRemoved, &context,
                     [&] { danglingWhenRemoved = tw::test::danglingReferences(document.project()); });

    const Project after =
        tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.removeTablesAndViews({id("users")}); });

    EXPECT_EQ(undoText(document), QStringLiteral("Remove table users"));
    EXPECT_TRUE(danglingWhenRemoved.isEmpty()) << danglingWhenRemoved.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(after.schema.table(id("users")), nullptr);
    EXPECT_TRUE(after.schema.table(id("posts"))->foreignKeys.isEmpty());
    EXPECT_EQ(after.schema.table(id("comments"))->foreignKeys.size(), 1);
    EXPECT_FALSE(after.layout.items.contains(id("users")));
    EXPECT_TRUE(tw::test::danglingReferences(after).isEmpty());
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == original);
    EXPECT_EQ(log.named(QStringLiteral("itemRemoved")).mid(0, 2),
              QStringList({QStringLiteral("itemRemoved(posts,foreign key,posts.author_fk,0)"),
                           QStringLiteral("itemRemoved(comments,foreign key,comments.user_fk,1)")}));
    EXPECT_EQ(log.named(QStringLiteral("itemInserted")).mid(0, 2),
              QStringList({QStringLiteral("itemInserted(comments,foreign key,comments.user_fk,1)"),
                           QStringLiteral("itemInserted(posts,foreign key,posts.author_fk,0)")}));
}

TEST(TableCommands, RemoveTableKeepsItsOwnSelfReferenceInsideTheTable)
{
    Project project = tw::test::sampleProject();
    Table &posts = project.schema.tables[1];
    posts.columns << tw::test::column("posts", "parent_id", SqlType::Integer);
    posts.foreignKeys << ForeignKey{id("posts.parent_fk"), {}, {id("posts.parent_id")}, id("posts"), {id("posts.id")}};
    SchemaDocument document(project);
    SchemaEditor editor(&document);

    ASSERT_TRUE(editor.removeTablesAndViews({id("posts")}));
    document.undoStack()->undo();

    EXPECT_TRUE(document.project() == project);
}

TEST(TableCommands, RenameIsAnAttributeChangeThatKeepsReferences)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    tw::test::SignalLog log(&document);

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return tw::test::renameTable(document, id("users"), QStringLiteral("accounts")); });

    EXPECT_EQ(undoText(document), QStringLiteral("Rename table users to accounts"));
    EXPECT_EQ(after.schema.table(id("users"))->name, QStringLiteral("accounts"));
    EXPECT_EQ(after.schema.table(id("posts"))->foreignKeys.first().targetTable, id("users"));
    EXPECT_EQ(log.named(QStringLiteral("tableChanged")).size(), 3);
    EXPECT_EQ(log.named(QStringLiteral("schemaChanged")).size(), 3);
    EXPECT_FALSE(tw::test::renameTable(document, id("users"), QStringLiteral("accounts"))); // no-op: nothing pushed
    EXPECT_FALSE(tw::test::renameTable(document, id("missing"), QStringLiteral("x")));
}

TEST(TableCommands, CompositePrimaryKeyChangeRoundTrips)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    const PrimaryKey key{id("comments.pk"), {}, {id("comments.post_id"), id("comments.user_id")}};

    TableAttributes attributes = TableAttributes::of(*document.schema().table(id("comments")));
    attributes.primaryKey = key;

    const Project after = tw::test::expectUndoRedoRoundTrip(
        document, [&] { return editor.changeTableAttributes(id("comments"), attributes, EditAspect::PrimaryKey); });

    EXPECT_EQ(after.schema.table(id("comments"))->primaryKey, key);
    EXPECT_EQ(undoText(document), QStringLiteral("Change primary key of table comments"));
}

TEST(TableCommands, TsNameAndCommentChangesRoundTrip)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    TableAttributes attributes = TableAttributes::of(*document.schema().table(id("posts")));
    attributes.tsName = QStringLiteral("articles");

    tw::test::expectUndoRedoRoundTrip(
        document, [&] { return editor.changeTableAttributes(id("posts"), attributes, EditAspect::TsName); });
    EXPECT_EQ(undoText(document), QStringLiteral("Change TypeScript name of table posts"));

    attributes.comment = QStringLiteral("Blog posts");
    tw::test::expectUndoRedoRoundTrip(
        document, [&] { return editor.changeTableAttributes(id("posts"), attributes, EditAspect::Comment); });
    EXPECT_EQ(document.schema().table(id("posts"))->comment, QStringLiteral("Blog posts"));
}

TEST(TableCommands, MoveTableReordersAndEmitsMoveSignals)
{
    SchemaDocument document(tw::test::sampleProject());
    tw::test::SignalLog log(&document);
    const auto moveUsers = [&](int to) {
        return tw::test::pushCommand(document,
                                     std::make_unique<MoveCommand<TableListAccess>>(&document, Id(), id("users"), to));
    };

    const Project after = tw::test::expectUndoRedoRoundTrip(document, [&] { return moveUsers(2); });

    EXPECT_EQ(after.schema.tableRow(id("users")), 2);
    EXPECT_EQ(undoText(document), QStringLiteral("Reorder table users"));
    EXPECT_EQ(log.named(QStringLiteral("aboutToMoveTable")),
              QStringList({QStringLiteral("aboutToMoveTable(users,0,2)"), QStringLiteral("aboutToMoveTable(users,2,0)"),
                           QStringLiteral("aboutToMoveTable(users,0,2)")}));
    EXPECT_FALSE(moveUsers(2));
    EXPECT_FALSE(moveUsers(7));
}

TEST(TableCommands, ReplaceTableSwapsTheWholeTable)
{
    SchemaDocument document(tw::test::sampleProject());
    Table posts = *document.schema().table(id("posts"));
    posts.columns.removeLast();
    posts.indexes.clear();
    posts.uniqueConstraints.clear();
    tw::test::SignalLog log(&document);

    tw::test::expectUndoRedoRoundTrip(document, [&] {
        return tw::test::pushCommand(document,
                                     std::make_unique<ReplaceTableCommand>(&document, ValueKey{Id(), posts.id}, posts));
    });

    EXPECT_EQ(log.entries.mid(0, 2),
              QStringList({QStringLiteral("aboutToReplaceTable(posts)"), QStringLiteral("tableReplaced(posts)")}));
}

TEST(ViewCommands, AddRenameMoveAndRemoveViewRoundTrip)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    View view;
    view.name = QStringLiteral("active_users");
    view.definition = QStringLiteral("SELECT * FROM users");

    Id viewId;
    tw::test::expectUndoRedoRoundTrip(document, [&] {
        viewId = editor.addView(view, QPointF(3, 4));
        return !viewId.isNull();
    });
    EXPECT_EQ(undoText(document), QStringLiteral("Add view active_users"));
    EXPECT_TRUE(document.layout().items.contains(viewId));

    View renamed = *document.schema().view(viewId);
    renamed.name = QStringLiteral("people");
    tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.changeView(renamed, EditAspect::Name); });
    EXPECT_EQ(undoText(document), QStringLiteral("Rename view active_users to people"));

    tw::test::expectUndoRedoRoundTrip(document, [&] {
        return tw::test::pushCommand(document,
                                     std::make_unique<MoveCommand<ViewListAccess>>(&document, Id(), viewId, 0));
    });
    EXPECT_EQ(document.schema().viewRow(viewId), 0);

    tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.removeTablesAndViews({viewId}); });
    EXPECT_FALSE(document.layout().items.contains(viewId));
    EXPECT_EQ(undoText(document), QStringLiteral("Remove view people"));
    EXPECT_TRUE(tw::test::danglingReferences(document.project()).isEmpty());
}

TEST(ProjectCommands, SettingsAndBaselineAreUndoableButNoSchemaChange)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
    QSignalSpy settingsChanged(&document, &SchemaDocument::settingsChanged);
    ProjectSettings settings = document.settings();
    settings.migrationsFolder = QStringLiteral("migrations");
    Baseline baseline;
    baseline.snapshotId = QStringLiteral("0000");
    baseline.tables.insert(id("users"), {QStringLiteral("users"), {}});

    tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.changeSettings(settings); });
    EXPECT_EQ(undoText(document), QStringLiteral("Change project settings"));
    EXPECT_FALSE(topCommand(document)->changesSchema());
    tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.setBaseline(baseline); });
    EXPECT_FALSE(topCommand(document)->changesSchema());

    EXPECT_EQ(schemaChanged.count(), 0);
    EXPECT_EQ(settingsChanged.count(), 3);
    EXPECT_EQ(document.baseline(), baseline);
}

TEST(ViewCommands, AddAndRemoveViewSignalRowsAroundTheChange)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    View view;
    view.id = id("v2");
    view.name = QStringLiteral("v2");
    tw::test::SignalLog log(&document);

    ASSERT_EQ(editor.addView(view, {}, 0), id("v2"));
    ASSERT_TRUE(editor.removeTablesAndViews({id("recent_posts")}));

    EXPECT_EQ(log.named(QStringLiteral("aboutToInsertView")), QStringList{QStringLiteral("aboutToInsertView(0)")});
    EXPECT_EQ(log.named(QStringLiteral("viewInserted")), QStringList{QStringLiteral("viewInserted(v2,0)")});
    EXPECT_EQ(log.named(QStringLiteral("aboutToRemoveView")),
              QStringList{QStringLiteral("aboutToRemoveView(recent_posts,1)")});
    EXPECT_EQ(log.named(QStringLiteral("viewRemoved")), QStringList{QStringLiteral("viewRemoved(recent_posts,1)")});
    EXPECT_EQ(log.named(QStringLiteral("schemaChanged")).size(), 2);
}

TEST(TableCommands, CompoundEditsReportASchemaChangeAndLayoutEditsDoNot)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    ASSERT_TRUE(editor.removeTablesAndViews({id("users")}));
    EXPECT_TRUE(topCommand(document)->changesSchema());
    EXPECT_EQ(topCommand(document)->childCount(), 4); // two incoming keys, the layout item, the table
    ASSERT_TRUE(editor.moveLayoutItems({{id("posts"), QPointF(7, 7)}}));
    EXPECT_FALSE(topCommand(document)->changesSchema());
}
