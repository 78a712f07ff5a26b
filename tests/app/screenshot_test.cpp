// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled example in the window, grabbed to a PNG: every dock shows, and the picture is what docs use.
// TW_SCREENSHOT=path.png keeps the picture; otherwise it goes to a temporary folder.
#include "app/mainwindow.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"
#include "views/diagram/diagramview.h"
#include "views/editors/tableeditor.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

TEST(MainWindowScreenshot, ExampleProjectShowsDiagramAndEveryDock)
{
    QSettings().clear();
    const QString example = QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
    ASSERT_TRUE(QFileInfo::exists(example)) << example.toStdString();
    tw::test::ScriptedPrompts::Script script;
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(window.openFile(example));
    ASSERT_FALSE(window.document()->schema().tables.isEmpty());
    // Show a table in the editor, as a user who clicked one would see it.
    const tw::model::Table &shown = window.document()->schema().tables.at(std::min<qsizetype>(
        2, window.document()->schema().tables.size() - 1));
    window.diagram()->selectTables({shown.id});
    window.tableEditor()->setTableId(shown.id);
    QTest::qWait(50);

    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        const std::string name = dock->objectName().toStdString();
        EXPECT_TRUE(dock->toggleViewAction()->isChecked()) << name;
        // A dock behind another one's tab is not on screen; the others must have room to be read.
        if (!window.tabifiedDockWidgets(dock).isEmpty() && dock->visibleRegion().isEmpty())
            continue;
        EXPECT_GT(dock->width(), 200) << name;
        EXPECT_GT(dock->height(), 150) << name;
    }
    EXPECT_GT(window.diagram()->width(), window.width() / 2);

    const QImage image = window.grab().toImage();
    ASSERT_EQ(image.size(), window.size() * window.devicePixelRatio());
    QTemporaryDir dir;
    const QString path = qEnvironmentVariableIsSet("TW_SCREENSHOT") ? qEnvironmentVariable("TW_SCREENSHOT")
                                                                    : dir.filePath(QStringLiteral("window.png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();
    EXPECT_TRUE(script.errors.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
}

} // namespace
