// SPDX-License-Identifier: GPL-3.0-or-later
// New View: the view editor opened on a draft adds the view at the given place as one undo step.
#include "views/editors/vieweditordialog.h"

#include "model/document/schemadocument.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::ViewEditorDialog;

namespace {

QPushButton *okButton(const ViewEditorDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

TEST(NewView, OkIsDisabledUntilNameAndSelectAreGiven)
{
    SchemaDocument document{Project{}};
    View draft;
    draft.name = QStringLiteral("view_1");
    ViewEditorDialog dialog(&document, draft, QPointF(10, 20));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New View"));
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("view_1"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_FALSE(dialog.apply());
    dialog.definitionEdit()->setPlainText(QStringLiteral("SELECT 1 AS one"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral(" "));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(NewView, AcceptAddsTheViewWhereAskedAsOneUndoStep)
{
    SchemaDocument document{Project{}};
    View draft;
    draft.name = QStringLiteral("view_1");
    ViewEditorDialog dialog(&document, draft, QPointF(120, 80));
    dialog.nameEdit()->setText(QStringLiteral("active_users"));
    dialog.tsNameEdit()->setText(QStringLiteral("activeUsersView"));
    dialog.definitionEdit()->setPlainText(QStringLiteral("SELECT id FROM users WHERE active = 1"));
    dialog.accept();

    ASSERT_EQ(document.schema().views.size(), 1);
    const View &added = document.schema().views.first();
    EXPECT_EQ(dialog.viewId(), added.id);
    EXPECT_EQ(added.name, QStringLiteral("active_users"));
    EXPECT_EQ(added.tsName, QStringLiteral("activeUsersView"));
    EXPECT_EQ(added.definition, QStringLiteral("SELECT id FROM users WHERE active = 1"));
    EXPECT_EQ(document.layout().item(added.id).position, QPointF(120, 80));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_FALSE(dialog.apply()); // a second OK adds nothing more
    document.undoStack()->undo();
    EXPECT_TRUE(document.schema().views.isEmpty());
}

} // namespace
