// SPDX-License-Identifier: GPL-3.0-or-later
// Notes on the canvas and diagram views in the scene: which cards and lines a view shows, moves that stay in their
// view, notes edited in place, and exports that carry a note's text.
#include "model/commands/diagrameditor.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramexport.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/noteitem.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"

#include <QFile>
#include <QGraphicsTextItem>
#include <QImageReader>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

int countItems(const DiagramScene &scene, int type)
{
    const QList<QGraphicsItem *> items = scene.items();
    return int(std::count_if(items.cbegin(), items.cend(),
                             [type](const QGraphicsItem *item) { return item->type() == type; }));
}

class DiagramPartsTest : public ::testing::Test
{
protected:
    SchemaDocument document{tw::test::diagramProject()};
    DiagramScene scene{&document};
    DiagramEditor editor{&document};

    Id addView() { return editor.addSubDiagram(QStringLiteral("Authors"), {id("users"), id("posts")}); }

    QByteArray exportSvg()
    {
        const QString path = dir.filePath(QStringLiteral("diagram.svg"));
        EXPECT_TRUE(exportDiagram(scene, path));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(DiagramPartsTest, AViewShowsOnlyItsCardsAndTheLinesBetweenThem)
{
    ASSERT_EQ(countItems(scene, TableCardItem::Type), 4);
    const int allLines = countItems(scene, RelationItem::Type);
    const Id view = addView();
    document.setActiveDiagram(view);
    EXPECT_EQ(countItems(scene, TableCardItem::Type), 2);
    EXPECT_TRUE(scene.card(id("users")) && scene.card(id("posts")));
    EXPECT_FALSE(scene.card(id("profiles")));
    // posts -> users and users -> users stay; profiles -> users has no card to go to.
    EXPECT_EQ(countItems(scene, RelationItem::Type), allLines - 1);
    for (const RelationItem *relation : scene.relations())
        EXPECT_NE(relation->childTableId(), id("profiles"));

    document.setActiveDiagram(Id());
    EXPECT_EQ(countItems(scene, TableCardItem::Type), 4);
    EXPECT_EQ(countItems(scene, RelationItem::Type), allLines);
}

TEST_F(DiagramPartsTest, MovingACardInAViewMovesItOnlyThere)
{
    const Id view = addView();
    document.setActiveDiagram(view);
    const QPointF mainPosition = document.layout().item(id("posts")).position;
    scene.selectTables({id("posts")});
    ASSERT_TRUE(scene.nudgeSelected(QPointF(20, 10)));
    EXPECT_EQ(document.layout().item(id("posts")).position, mainPosition);
    EXPECT_EQ(document.layout().position(view, id("posts")), mainPosition + QPointF(20, 10));
    EXPECT_EQ(scene.card(id("posts"))->pos(), mainPosition + QPointF(20, 10));

    document.setActiveDiagram(Id());
    EXPECT_EQ(scene.card(id("posts"))->pos(), mainPosition);
}

TEST_F(DiagramPartsTest, CardsFollowTheShownViewThroughEditsAndUndo)
{
    const Id view = addView();
    document.setActiveDiagram(view);
    ASSERT_TRUE(editor.addToSubDiagram(view, {id("tags")}));
    EXPECT_TRUE(scene.card(id("tags")));
    Table drafts;
    drafts.name = QStringLiteral("drafts");
    const Id created = SchemaEditor(&document).addTable(drafts, QPointF(800, 0));
    EXPECT_TRUE(scene.card(created)); // a new table joins the shown view
    document.undoStack()->undo();
    EXPECT_FALSE(scene.card(created));
    document.undoStack()->setIndex(0); // the view itself is undone: all tables again
    EXPECT_TRUE(document.activeDiagram().isNull());
    EXPECT_EQ(countItems(scene, TableCardItem::Type), 4);
}

TEST_F(DiagramPartsTest, NotesAppearOnTheirOwnDiagramAndGoWithUndo)
{
    const Id view = addView();
    const Id mainNote = scene.addNote(QPointF(700, 40), false);
    ASSERT_TRUE(scene.note(mainNote));
    DiagramNote onView;
    onView.text = QStringLiteral("view only");
    onView.diagram = view;
    const Id viewNote = editor.addNote(onView);
    EXPECT_FALSE(scene.note(viewNote));
    document.setActiveDiagram(view);
    EXPECT_TRUE(scene.note(viewNote));
    EXPECT_FALSE(scene.note(mainNote));
    EXPECT_EQ(countItems(scene, NoteItem::Type), 1);
    document.undoStack()->undo();
    EXPECT_FALSE(scene.note(viewNote));
}

TEST_F(DiagramPartsTest, ANoteEditedInPlaceIsOneStepAndDeleteTakesItAway)
{
    const Id noteId = scene.addNote(QPointF(700, 40), true);
    NoteItem *note = scene.note(noteId);
    ASSERT_TRUE(note && note->isEditing());
    auto *editor = dynamic_cast<QGraphicsTextItem *>(scene.focusItem());
    ASSERT_TRUE(editor);
    editor->setPlainText(QStringLiteral("Orders ship\nwithin a day"));
    const int steps = document.undoStack()->count();
    note->finishEditing(true);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Edit note"));
    EXPECT_EQ(document.layout().notes.value(noteId).text, QStringLiteral("Orders ship\nwithin a day"));

    scene.clearSelection();
    scene.note(noteId)->setSelected(true);
    EXPECT_EQ(scene.selectedNoteIds(), QList<Id>{noteId});
    ASSERT_TRUE(scene.removeSelected());
    EXPECT_FALSE(scene.note(noteId));
    document.undoStack()->undo();
    EXPECT_TRUE(scene.note(noteId));
}

TEST_F(DiagramPartsTest, TheExportCarriesANotesTextAndAViewExportsOnlyItsCards)
{
    DiagramNote note;
    note.position = QPointF(900, 500);
    note.text = QStringLiteral("Remember the audit trail");
    editor.addNote(note);
    const QByteArray all = exportSvg();
    EXPECT_TRUE(all.contains("Remember the audit trail"));
    EXPECT_TRUE(all.contains("profiles"));
    // The note widens the picture: its right edge is part of what is drawn.
    EXPECT_GE(scene.cardsBoundingRect().right(), 900 + DiagramNote::kDefaultWidth);

    document.setActiveDiagram(addView());
    const QByteArray view = exportSvg();
    EXPECT_FALSE(view.contains("Remember the audit trail"));
    EXPECT_FALSE(view.contains("profiles"));
    EXPECT_TRUE(view.contains("posts"));
}

namespace {

// A 1,000-table diagram exported to PNG took 1.9 GB: the picture is drawn at twice the scene's size only while that
// stays under 48 megapixels, and scaled down to fit them beyond (here two cards 20,000 units apart).
TEST(DiagramPngExport, AHugeDiagramIsScaledToTheImageBudget)
{
    tw::model::Project project = tw::test::diagramProject();
    double x = 0;
    for (const tw::model::Table &table : project.schema.tables) {
        project.layout.items[table.id].position = QPointF(x, x * 0.6);
        x += 20000.0 / double(std::max<qsizetype>(1, project.schema.tables.size() - 1));
    }
    SchemaDocument document(project);
    DiagramScene scene(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    ASSERT_TRUE(exportDiagram(scene, path));
    const QSize size = QImageReader(path).size();
    EXPECT_GT(double(size.width()) * size.height(), 40e6);
    EXPECT_LE(double(size.width()) * size.height(), 48e6);
    EXPECT_GT(size.width(), size.height()); // the diagram's shape is kept
}

} // namespace
