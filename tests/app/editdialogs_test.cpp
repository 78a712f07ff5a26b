// SPDX-License-Identifier: GPL-3.0-or-later
// The window's dialog-backed edits: New Relationship, New View and Project Settings, driven through their actions
// (the modal dialog is filled and accepted from a timer, as a user would).
#include "app/editactions.h"
#include "app/mainwindow.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/viewcarditem.h"
#include "views/editors/relationshipdialog.h"
#include "views/editors/vieweditordialog.h"
#include "views/settings/projectsettingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace tw::model;

namespace {

const Id kCustomers(QStringLiteral("t.customers"));
const Id kProducts(QStringLiteral("t.products"));

class EditDialogsTest : public tw::test::ShopWindowTest
{
protected:
    EditDialogsTest()
    {
        window->show();
        EXPECT_TRUE(window->openFile(projectPath));
    }

    /// Runs @p fill on the modal dialog of type D that @p action opens, then accepts it.
    template<typename D>
    bool triggerAndAccept(QAction *action, const std::function<void(D *)> &fill)
    {
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            fill(dialog);
            dialog->accept();
        });
        action->trigger();
        return seen;
    }

    QAction *menuAction(const QString &text) const
    {
        for (QAction *menu : window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }

    SchemaDocument *document() const { return window->document(); }
};

TEST_F(EditDialogsTest, TheEditAndFileMenusOfferTheDialogs)
{
    EXPECT_EQ(menuAction(QStringLiteral("New &Relationship…")), window->editActions()->newRelationshipAction());
    EXPECT_EQ(menuAction(QStringLiteral("New &View…")), window->editActions()->newViewAction());
    ASSERT_NE(menuAction(QStringLiteral("Project Se&ttings…")), nullptr);
    EXPECT_EQ(window->editActions()->newRelationshipAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
}

TEST_F(EditDialogsTest, NewRelationshipTakesChildAndParentFromTheSelection)
{
    window->diagram()->selectTables({kProducts, kCustomers});
    const bool seen = triggerAndAccept<tw::views::RelationshipDialog>(
        window->editActions()->newRelationshipAction(), [](tw::views::RelationshipDialog *dialog) {
            EXPECT_EQ(dialog->childTableCombo()->currentText(), QStringLiteral("products"));
            EXPECT_EQ(dialog->parentTableCombo()->currentText(), QStringLiteral("customers"));
            EXPECT_EQ(dialog->newColumnEdit()->text(), QStringLiteral("customer_id"));
        });
    ASSERT_TRUE(seen);
    const Table *products = document()->schema().table(kProducts);
    ASSERT_NE(products->columnNamed(QStringLiteral("customer_id")), nullptr);
    ASSERT_EQ(products->foreignKeys.size(), 1);
    EXPECT_EQ(products->foreignKeys.first().targetTable, kCustomers);
    EXPECT_EQ(document()->undoStack()->count(), 1);
}

TEST_F(EditDialogsTest, NewViewAddsANamedViewOnTheDiagram)
{
    Id added;
    const bool seen = triggerAndAccept<tw::views::ViewEditorDialog>(
        window->editActions()->newViewAction(), [](tw::views::ViewEditorDialog *dialog) {
            EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("view_1"));
            dialog->definitionEdit()->setPlainText(QStringLiteral("SELECT id, email FROM customers"));
        });
    ASSERT_TRUE(seen);
    ASSERT_EQ(document()->schema().views.size(), 1);
    EXPECT_EQ(document()->schema().views.first().name, QStringLiteral("view_1"));
    EXPECT_TRUE(document()->layout().items.contains(document()->schema().views.first().id));
    EXPECT_EQ(document()->undoStack()->count(), 1);
}

TEST_F(EditDialogsTest, ProjectSettingsAreAnUndoableEditThatMarksTheProjectModified)
{
    QAction *settings = menuAction(QStringLiteral("Project Se&ttings…"));
    ASSERT_NE(settings, nullptr);
    const bool seen = triggerAndAccept<tw::views::ProjectSettingsDialog>(
        settings, [](tw::views::ProjectSettingsDialog *dialog) { dialog->backupsSpin()->setValue(9); });
    ASSERT_TRUE(seen);
    EXPECT_EQ(document()->settings().backupsToKeep, 9);
    EXPECT_TRUE(window->windowTitle().contains(QLatin1Char('*')));
    document()->undoStack()->undo();
    EXPECT_EQ(document()->settings().backupsToKeep, 5);
}

} // namespace

TEST_F(EditDialogsTest, NewTableTakesNoNameAViewOrIndexHolds)
{
    // SQLite keeps tables, views and indexes in one namespace: New Table once looked at table names only.
    View view;
    view.name = QStringLiteral("table_1");
    view.definition = QStringLiteral("SELECT 1");
    ASSERT_FALSE(SchemaEditor(document()).addView(view).isNull());

    ASSERT_FALSE(window->editActions()->addTable().isNull());

    EXPECT_EQ(document()->schema().tables.last().name, QStringLiteral("table_2"));
}

TEST_F(EditDialogsTest, DeleteRemovesASelectedViewCard)
{
    View view;
    view.name = QStringLiteral("recent");
    view.definition = QStringLiteral("SELECT 1");
    const Id viewId = SchemaEditor(document()).addView(view);
    ASSERT_FALSE(viewId.isNull());
    window->diagram()->selectTables({});
    window->diagram()->diagramScene()->viewCard(viewId)->setSelected(true);
    ASSERT_TRUE(window->editActions()->deleteAction()->isEnabled());

    window->editActions()->deleteAction()->trigger();

    EXPECT_TRUE(document()->schema().views.isEmpty());
}
