// SPDX-License-Identifier: GPL-3.0-or-later
// Notes and diagram views on the real view (offscreen): drags, the resize grip, typing in place and the tab bar.
#include "model/commands/diagrameditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtabs.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/noteitem.h"
#include "views/diagram/tablecarditem.h"

#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

class DiagramViewPartsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(1000, 700);
        view.show();
        view.resetZoom();
        view.QGraphicsView::centerOn(QPointF(450, 300));
    }

    QPoint at(const QPointF &scenePos) const { return view.mapFromScene(scenePos); }
    void drag(const QPoint &from, const QPoint &to)
    {
        QWidget *viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(4, 4));
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }
    Id noteAt(const QPointF &position)
    {
        DiagramNote note;
        note.position = position;
        note.text = QStringLiteral("hello");
        note.diagram = document.activeDiagram();
        return DiagramEditor(&document).addNote(note);
    }

    SchemaDocument document{tw::test::diagramProject()};
    DiagramView view{&document};
};

} // namespace

TEST_F(DiagramViewPartsTest, DraggingACardAndANoteTogetherIsOneUndoStepOnEitherDiagram)
{
    for (const bool inView : {false, true}) {
        if (inView)
            document.setActiveDiagram(DiagramEditor(&document).addSubDiagram(QStringLiteral("Posts"), {id("posts")}));
        const Id noteId = noteAt(QPointF(700, 40));
        DiagramScene *scene = view.diagramScene();
        scene->selectTables({id("posts")});
        scene->note(noteId)->setSelected(true);
        const QPointF card = document.layout().position(document.activeDiagram(), id("posts"));
        const int before = document.undoStack()->count();
        drag(at(card + QPointF(60, 15)), at(card + QPointF(140, 55)));
        EXPECT_EQ(document.undoStack()->count(), before + 1) << inView;
        EXPECT_EQ(document.layout().position(document.activeDiagram(), id("posts")), card + QPointF(80, 40));
        EXPECT_EQ(document.layout().notes.value(noteId).position, QPointF(780, 80));
        // Moved on the main diagram the first time round; the drag in the view leaves it there.
        EXPECT_EQ(document.layout().item(id("posts")).position, QPointF(480, 40));
    }
}

TEST_F(DiagramViewPartsTest, TheGripResizesASelectedNoteInOneStep)
{
    const Id noteId = noteAt(QPointF(600, 300));
    NoteItem *note = view.diagramScene()->note(noteId);
    note->setSelected(true);
    const QPointF grip = note->sceneNoteRect().bottomRight() - QPointF(4, 4);
    const int before = document.undoStack()->count();
    drag(at(grip), at(grip + QPointF(60, 30)));
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Resize note"));
    EXPECT_EQ(document.layout().notes.value(noteId).size,
              QSizeF(DiagramNote::kDefaultWidth + 60, DiagramNote::kDefaultHeight + 30));
    EXPECT_EQ(document.layout().notes.value(noteId).position, QPointF(600, 300)); // resized, not moved
}

TEST_F(DiagramViewPartsTest, TypingInANoteIsTextNotPanningOrNudging)
{
    const Id noteId = noteAt(QPointF(600, 300));
    const QPoint inside = at(QPointF(640, 330));
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, inside);
    ASSERT_TRUE(view.diagramScene()->note(noteId)->isEditing());
    QTest::keyClicks(view.viewport(), QStringLiteral("a b"));
    QTest::keyClick(view.viewport(), Qt::Key_Left);
    QTest::keyClick(view.viewport(), Qt::Key_Return);
    QTest::keyClick(view.viewport(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(document.layout().notes.value(noteId).text, QStringLiteral("a \nb"));
    EXPECT_EQ(document.layout().notes.value(noteId).position, QPointF(600, 300));
}

TEST_F(DiagramViewPartsTest, TheTabBarListsTheViewsByNameAndSwitchesBetweenThem)
{
    DiagramTabs *tabs = view.diagramTabs();
    EXPECT_FALSE(tabs->isVisible()); // no views: all the room is the diagram's
    DiagramEditor editor(&document);
    const Id zebra = editor.addSubDiagram(QStringLiteral("Zebra"), {id("tags")});
    const Id authors = editor.addSubDiagram(QStringLiteral("authors"), {id("users"), id("posts")});
    EXPECT_TRUE(tabs->isVisible());
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("All tables"));
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("authors"));
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("Zebra"));
    EXPECT_EQ(tabs->diagramAt(1), authors);

    tabs->setCurrentIndex(2);
    EXPECT_EQ(document.activeDiagram(), zebra);
    EXPECT_EQ(view.diagramScene()->cards().size(), 1);
    ASSERT_TRUE(editor.renameSubDiagram(zebra, QStringLiteral("Animals")));
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("Animals"));
    EXPECT_EQ(tabs->currentIndex(), 1); // still the shown view, now sorted first

    ASSERT_TRUE(editor.removeSubDiagram(zebra));
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_EQ(view.diagramScene()->cards().size(), 4);
    ASSERT_TRUE(editor.removeSubDiagram(authors));
    EXPECT_FALSE(tabs->isVisible());
}
