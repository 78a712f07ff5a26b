// SPDX-License-Identifier: GPL-3.0-or-later
// The window shows the scene twice (the diagram and its overview). Each view keeps its own cached pixels of a card,
// so an edit must reach both: a card may never show what the table was before the edit (walkthrough bug b1).
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/schemaedits.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramoverview.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QScrollBar>
#include <QUndoStack>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace tw::model;
using namespace tw::views;

namespace {

const Id kUsers(QStringLiteral("users"));
const Id kPosts(QStringLiteral("posts"));
const Id kEmail(QStringLiteral("users.email"));

/// The diagram and its overview side by side, as the main window has them.
struct Window
{
    explicit Window(SchemaDocument *document)
        : view(new DiagramView(document, &frame))
        , overview(new DiagramOverview(view, &frame))
    {
        auto *layout = new QHBoxLayout(&frame);
        layout->addWidget(view, 3);
        layout->addWidget(overview, 1);
        frame.resize(1100, 700);
        frame.show();
        view->setZoom(1.0);
    }
    QWidget frame;
    DiagramView *view;
    DiagramOverview *overview;
};

// Both views' pixels after every pending paint has run.
std::pair<QImage, QImage> shown(Window &window)
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return {window.view->viewport()->grab().toImage(), window.overview->viewport()->grab().toImage()};
}

class TwoViewRepaintTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.view->selectTables({kUsers}); // the walkthrough's case: the edited card is the selected one
        shown(window);
    }

    // A fresh window on the document as it is now, scrolled and selected alike: what the edited one must show.
    std::pair<QImage, QImage> freshlyDrawn()
    {
        fresh = std::make_unique<SchemaDocument>(document.project());
        Window other(fresh.get());
        other.frame.resize(window.frame.size());
        other.view->setTransform(window.view->transform());
        QApplication::processEvents();
        other.view->horizontalScrollBar()->setValue(window.view->horizontalScrollBar()->value());
        other.view->verticalScrollBar()->setValue(window.view->verticalScrollBar()->value());
        other.view->selectTables(window.view->selectedTableIds());
        return shown(other);
    }

    void expectSameAsFresh(const char *what)
    {
        const auto [view, overview] = shown(window);
        const auto [freshView, freshOverview] = freshlyDrawn();
        EXPECT_TRUE(view == freshView) << what << ": the diagram shows a stale card";
        EXPECT_TRUE(overview == freshOverview) << what << ": the overview shows a stale card";
    }

    SchemaDocument document{tw::test::diagramProject()};
    std::unique_ptr<SchemaDocument> fresh;
    Window window{&document};
    SchemaEditor editor{&document};
};

} // namespace

TEST_F(TwoViewRepaintTest, RenameOfASelectedCardsColumnReachesBothViews)
{
    ASSERT_TRUE(tw::test::renameItem<Column>(document, kUsers, kEmail, QStringLiteral("mail_address")));
    expectSameAsFresh("rename");
}

TEST_F(TwoViewRepaintTest, RetypeNullabilityUndoAndRedoReachBothViews)
{
    Column email = *document.schema().table(kUsers)->column(kEmail);
    email.type = SqlType::Blob;
    email.notNull = !email.notNull;
    ASSERT_TRUE(editor.changeItem(kUsers, email));
    expectSameAsFresh("retype");
    document.undoStack()->undo();
    expectSameAsFresh("undo");
    document.undoStack()->redo();
    expectSameAsFresh("redo");
}

TEST_F(TwoViewRepaintTest, SelectingAnotherCardMovesTheOutlineInBothViews)
{
    window.view->selectTables({kPosts});
    expectSameAsFresh("selection");
    window.view->diagramScene()->clearSelection();
    expectSameAsFresh("deselection");
}
