// SPDX-License-Identifier: GPL-3.0-or-later
// Copy tables in one window, paste them in another: through the system clipboard, one undo step.
#include "app/clipboardactions.h"
#include "app/mainwindow.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"
#include "views/diagram/diagramview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QSettings>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

QString example()
{
    return QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
}

tw::model::Id tableId(const tw::model::SchemaDocument &document, const QString &name)
{
    return document.schema().tableNamed(name)->id;
}

TEST(ClipboardActions, TablesCopiedInOneWindowArePastedInAnotherWithTheirKeys)
{
    QSettings().clear();
    QApplication::clipboard()->clear();
    tw::test::ScriptedPrompts::Script script;
    script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
    tw::app::MainWindow source(std::make_unique<tw::test::ScriptedPrompts>(&script));
    ASSERT_TRUE(source.openFile(example()));
    tw::test::ScriptedPrompts::Script otherScript;
    tw::app::MainWindow other(std::make_unique<tw::test::ScriptedPrompts>(&otherScript));

    auto *copy = source.findChild<tw::app::ClipboardActions *>();
    auto *paste = other.findChild<tw::app::ClipboardActions *>();
    ASSERT_TRUE(copy && paste);
    EXPECT_FALSE(paste->pasteAction()->isEnabled());
    const tw::model::Id products = tableId(*source.document(), QStringLiteral("products"));
    const tw::model::Id junction = tableId(*source.document(), QStringLiteral("product_tags"));
    source.diagram()->selectTables({products, junction});
    ASSERT_TRUE(copy->copySelected());
    EXPECT_TRUE(paste->pasteAction()->isEnabled());
    EXPECT_EQ(copy->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));

    ASSERT_TRUE(paste->paste());
    const tw::model::Schema &pasted = other.document()->schema();
    ASSERT_EQ(pasted.tables.size(), 2);
    EXPECT_EQ(pasted.tables[0].name, QStringLiteral("products"));
    // product_tags -> products follows the pasted products; the keys to categories and tags are left out (the
    // new project has neither), and the window says so.
    ASSERT_EQ(pasted.tables[1].foreignKeys.size(), 1);
    EXPECT_EQ(pasted.tables[1].foreignKeys[0].targetTable, pasted.tables[0].id);
    EXPECT_EQ(other.diagram()->selectedTableIds().size(), 2);
    EXPECT_EQ(other.document()->undoStack()->count(), 1);
    other.document()->undoStack()->undo();
    EXPECT_TRUE(other.document()->schema().tables.isEmpty());
}

} // namespace
