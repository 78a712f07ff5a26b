// SPDX-License-Identifier: GPL-3.0-or-later
// DiagramEditor: every note and diagram view edit is one undo step that undoes to the project before it and redoes
// to the project after it; layout only, never a schema change.
#include "model/commands/diagrameditor.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/model/commands/commandfixture.h"
#include "tests/support/printers.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace tw::model;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

class DiagramEditorTest : public ::testing::Test
{
protected:
    SchemaDocument document{tw::test::shopProject()};
    DiagramEditor editor{&document};

    /// Runs @p edit, expects exactly one new undo step named @p text that changes the project (and the schema only
    /// when @p changesSchema), and
    /// checks undo and redo give the projects before and after.
    void expectOneStep(const std::function<bool()> &edit, const QString &text, bool changesSchema = false)
    {
        const Project before = document.project();
        const int steps = document.undoStack()->count();
        QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
        ASSERT_TRUE(edit()) << text.toStdString();
        const Project after = document.project();
        EXPECT_NE(after, before);
        EXPECT_EQ(after.schema != before.schema, changesSchema);
        EXPECT_EQ(schemaChanged.count(), changesSchema ? 1 : 0);
        ASSERT_EQ(document.undoStack()->count(), steps + 1);
        EXPECT_EQ(document.undoStack()->undoText(), text);
        document.undoStack()->undo();
        EXPECT_EQ(document.project(), before);
        document.undoStack()->redo();
        EXPECT_EQ(document.project(), after);
    }

    DiagramNote note(const QString &text, const Id &diagram = {})
    {
        DiagramNote n;
        n.position = QPointF(10, 20);
        n.text = text;
        n.diagram = diagram;
        return n;
    }
};

} // namespace

TEST_F(DiagramEditorTest, AddingEditingMovingResizingColouringAndDeletingANoteAreOneStepEach)
{
    Id noteId;
    expectOneStep([&] { return !(noteId = editor.addNote(note(QStringLiteral("hello")))).isNull(); },
                  QStringLiteral("Add note"));
    EXPECT_EQ(document.layout().notes.value(noteId).text, QStringLiteral("hello"));

    DiagramNote changed = document.layout().notes.value(noteId);
    changed.text = QStringLiteral("two\nlines");
    expectOneStep([&] { return editor.changeNote(noteId, changed); }, QStringLiteral("Edit note"));
    changed.position = QPointF(300, 40);
    expectOneStep(
        [&] {
            return editor.moveCardsAndNotes({}, {{noteId, changed.position}});
        },
        QStringLiteral("Move note"));
    changed.size = QSizeF(400, 90);
    expectOneStep([&] { return editor.changeNote(noteId, changed); }, QStringLiteral("Resize note"));
    changed.color = QColor(Qt::cyan);
    expectOneStep([&] { return editor.changeNote(noteId, changed); }, QStringLiteral("Change note colour"));
    EXPECT_EQ(document.layout().notes.value(noteId), changed);
    expectOneStep([&] { return editor.removeNotes({noteId}); }, QStringLiteral("Delete note"));
    EXPECT_TRUE(document.layout().notes.isEmpty());

    EXPECT_FALSE(editor.changeNote(noteId, changed)); // gone
    EXPECT_TRUE(editor.addNote(note(QStringLiteral("x"), id("no-such-view"))).isNull());
}

TEST_F(DiagramEditorTest, DeleteOnATableAndANoteTogetherIsOneStep)
{
    const Id noteId = editor.addNote(note(QStringLiteral("hello")));
    expectOneStep(
        [&] {
            return SchemaEditor(&document).removeTablesAndViews({id("tags"), noteId});
        },
        QStringLiteral("Remove table tags"), true);
    EXPECT_FALSE(document.layout().notes.contains(noteId));
    EXPECT_FALSE(document.schema().table(id("tags")));
}

TEST_F(DiagramEditorTest, ViewsAreCreatedRenamedFilledEmptiedAndDeletedOneStepEach)
{
    Id view;
    expectOneStep(
        [&] {
            return !(view = editor.addSubDiagram(QStringLiteral("Catalog"), {id("categories"), id("products")}))
                        .isNull();
        },
        QStringLiteral("New view Catalog"));
    const SubDiagram created = document.layout().subDiagrams.value(view);
    EXPECT_EQ(created.positions.keys(), (QList<Id>{id("categories"), id("products")}));
    EXPECT_EQ(created.positions.value(id("products")), document.layout().item(id("products")).position);

    expectOneStep([&] { return editor.renameSubDiagram(view, QStringLiteral("Shop")); },
                  QStringLiteral("Rename view Catalog to Shop"));
    expectOneStep([&] { return editor.addToSubDiagram(view, {id("tags")}); }, QStringLiteral("Add table to view Shop"));
    EXPECT_TRUE(document.layout().shows(view, id("tags")));
    expectOneStep(
        [&] {
            return editor.removeFromSubDiagram(view, {id("tags"), id("products")});
        },
        QStringLiteral("Remove 2 tables from view Shop"));
    EXPECT_FALSE(document.layout().shows(view, id("products")));

    const Id noteOnView = editor.addNote(note(QStringLiteral("on the view"), view));
    const Id noteOnMain = editor.addNote(note(QStringLiteral("on the main diagram")));
    expectOneStep([&] { return editor.removeSubDiagram(view); }, QStringLiteral("Delete view Shop"));
    EXPECT_FALSE(document.layout().notes.contains(noteOnView)); // the view's notes went with it
    EXPECT_TRUE(document.layout().notes.contains(noteOnMain));

    EXPECT_TRUE(editor.addSubDiagram(QStringLiteral("  "), {id("tags")}).isNull());
    EXPECT_TRUE(editor.addSubDiagram(QStringLiteral("Nope"), {id("no-such-table")}).isNull());
}

TEST_F(DiagramEditorTest, MovingACardInAViewLeavesTheMainLayoutAlone)
{
    const Id view = editor.addSubDiagram(QStringLiteral("Catalog"), {id("categories"), id("products")});
    const DiagramLayout mainBefore = document.layout();
    document.setActiveDiagram(view);
    expectOneStep(
        [&] {
            return editor.moveCardsAndNotes({{id("products"), QPointF(900, 700)}}, {});
        },
        QStringLiteral("Move table products"));
    EXPECT_EQ(document.layout().position(view, id("products")), QPointF(900, 700));
    EXPECT_EQ(document.layout().items, mainBefore.items);

    document.setActiveDiagram(Id());
    expectOneStep(
        [&] {
            return editor.moveCardsAndNotes({{id("products"), QPointF(5, 6)}}, {});
        },
        QStringLiteral("Move table products"));
    EXPECT_EQ(document.layout().item(id("products")).position, QPointF(5, 6));
    EXPECT_EQ(document.layout().position(view, id("products")), QPointF(900, 700));
}

TEST_F(DiagramEditorTest, ATableCreatedWhileAViewIsShownJoinsItInTheSameStep)
{
    const Id view = editor.addSubDiagram(QStringLiteral("Catalog"), {id("categories")});
    document.setActiveDiagram(view);
    Table table;
    table.name = QStringLiteral("brands");
    Id added;
    expectOneStep([&] { return !(added = SchemaEditor(&document).addTable(table, QPointF(80, 90))).isNull(); },
                  QStringLiteral("Add table brands"), true);
    EXPECT_EQ(document.layout().position(view, added), QPointF(80, 90));
    const QList<Id> copies = SchemaEditor(&document).duplicateTables({id("categories")});
    ASSERT_EQ(copies.size(), 1);
    EXPECT_TRUE(document.layout().shows(view, copies.first()));
    EXPECT_EQ(document.undoStack()->count(), 3);

    document.undoStack()->setIndex(0); // the view goes: the window falls back to all tables
    EXPECT_TRUE(document.activeDiagram().isNull());
}
