// SPDX-License-Identifier: GPL-3.0-or-later
// What the user sees, not only what the items hold: a card drawn on screen shows an edit at once, without being moved.
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/schemaedits.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/tablecarditem.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

const Id kUsers(QStringLiteral("users"));
const Id kEmail(QStringLiteral("users.email"));

// The view's pixels after every pending paint has run.
QImage shown(DiagramView &view)
{
    QApplication::processEvents();
    return view.grab().toImage();
}

class CardRepaintTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(900, 700);
        view.show();
        before = shown(view);
    }

    // A fresh window on the document as it is now: what the edited window must look like.
    QImage freshlyDrawn()
    {
        SchemaDocument fresh{document.project()};
        DiagramView other(&fresh);
        other.resize(view.size());
        other.show();
        other.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value());
        other.verticalScrollBar()->setValue(view.verticalScrollBar()->value());
        other.setTransform(view.transform());
        return shown(other);
    }

    SchemaDocument document{tw::test::diagramProject()};
    DiagramView view{&document};
    SchemaEditor editor{&document};
    QImage before;
};

} // namespace

TEST_F(CardRepaintTest, RenamedColumnIsRedrawnWhereItStands)
{
    ASSERT_TRUE(tw::test::renameItem<Column>(document, kUsers, kEmail, QStringLiteral("mail_address")));
    const QImage after = shown(view);
    EXPECT_NE(after, before);
    EXPECT_EQ(after, freshlyDrawn());
}

TEST_F(CardRepaintTest, ChangedColumnTypeIsRedrawnAndUndoRestoresThePicture)
{
    const Column *found = document.schema().table(kUsers)->column(kEmail);
    ASSERT_NE(found, nullptr);
    Column email = *found;
    email.type = SqlType::Blob;
    ASSERT_TRUE(editor.changeItem(kUsers, email));
    const QImage after = shown(view);
    EXPECT_NE(after, before);
    EXPECT_EQ(after, freshlyDrawn());
    document.undoStack()->undo();
    EXPECT_EQ(shown(view), before);
}

TEST_F(CardRepaintTest, DriftOutlinesTheCardUntilCleared)
{
    DiagramScene *scene = view.diagramScene();
    scene->showDrift({{QStringLiteral("users"), {QStringLiteral("column \"users\".\"age\": extra in the database")}}});
    EXPECT_EQ(scene->card(kUsers)->driftLines().size(), 1);
    EXPECT_TRUE(scene->card(kUsers)->toolTip().contains(QLatin1String("age")))
        << scene->card(kUsers)->toolTip().toStdString();
    const QImage marked = shown(view);
    EXPECT_NE(marked, before);
    if (const QString path = qEnvironmentVariable("TW_DRIFT_SCREENSHOT"); !path.isEmpty())
        marked.save(path); // to look at the mark
    scene->showDrift({});
    EXPECT_TRUE(scene->card(kUsers)->driftLines().isEmpty());
    EXPECT_EQ(shown(view), before);
}
