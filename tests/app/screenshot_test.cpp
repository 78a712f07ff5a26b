// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled example in the window, grabbed to a PNG: every dock shows, and the picture is what docs use.
// TW_SCREENSHOT=path.png keeps the picture; otherwise it goes to a temporary folder.
#include "app/mainwindow.h"
#include "app/theme.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"
#include "views/changes/pendingchangesmodel.h"
#include "views/changes/pendingchangespanel.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/changes/sqlpreviewpanel.h"
#include "views/diagram/diagramview.h"
#include "views/editors/tableeditor.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

/// How many different colours a sample of @p image holds: a blank or single-colour picture has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

/// The lightness of the diagram's background, sampled in a corner of the centre widget.
int diagramBackgroundLightness(tw::app::MainWindow &window)
{
    const QImage diagram = window.diagram()->viewport()->grab().toImage();
    return QColor(diagram.pixel(3, diagram.height() - 4)).lightness();
}

TEST(MainWindowScreenshot, ExampleProjectShowsDiagramAndEveryDock)
{
    QSettings().clear();
    const QString example = QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
    ASSERT_TRUE(QFileInfo::exists(example)) << example.toStdString();
    tw::test::ScriptedPrompts::Script script;
    script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(window.openFile(example));
    ASSERT_FALSE(window.document()->schema().tables.isEmpty());
    // Show a table in the editor, as a user who clicked one would see it.
    const tw::model::Table &shown =
        window.document()->schema().tables.at(std::min<qsizetype>(2, window.document()->schema().tables.size() - 1));
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
    // The table editor has room for several column rows, not one and a half.
    const QTableView *columnsView = nullptr;
    for (const QTableView *view : window.tableEditor()->findChildren<QTableView *>()) {
        if (view->isVisible() && view->model()->rowCount() == shown.columns.size())
            columnsView = view;
    }
    ASSERT_NE(columnsView, nullptr);
    ASSERT_GE(shown.columns.size(), 4);
    EXPECT_GE(columnsView->rowAt(columnsView->viewport()->height() - 1), 3);
    EXPECT_GT(window.diagram()->width(), window.width() / 2);
    // The diagram gets most of the height.
    EXPECT_GT(window.diagram()->height(), window.height() / 2);
    // The plan of the example (no migration yet) and its SQL are on screen.
    window.pendingPlan()->refresh();
    QTest::qWait(50); // the list lays its rows out on the next pass of the event loop
    EXPECT_GT(window.pendingChangesPanel()->model()->rowCount(), 0);
    EXPECT_TRUE(window.sqlPreviewPanel()->text().contains(QStringLiteral("CREATE TABLE"))); // a tab behind

    const QImage image = window.grab().toImage();
    ASSERT_EQ(image.size(), window.size() * window.devicePixelRatio());
    EXPECT_GT(distinctColours(image), 50); // not blank
    EXPECT_GT(diagramBackgroundLightness(window), 200);
    QTemporaryDir dir;
    const QString path = qEnvironmentVariableIsSet("TW_SCREENSHOT") ? qEnvironmentVariable("TW_SCREENSHOT")
                                                                    : dir.filePath(QStringLiteral("window.png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();
    EXPECT_TRUE(script.errors.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
}

TEST(MainWindowScreenshot, DarkThemeDrawsADarkDiagram)
{
    QSettings().clear();
    const QString example = QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
    tw::test::ScriptedPrompts::Script script;
    script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(window.openFile(example));
    tw::app::applyTheme(tw::app::AppSettings::Theme::Dark);
    window.pendingPlan()->refresh();
    QTest::qWait(50);
    const QImage image = window.grab().toImage();
    const int background = diagramBackgroundLightness(window);
    tw::app::applyTheme(tw::app::AppSettings::Theme::Light);
    EXPECT_LT(background, 60);
    EXPECT_GT(distinctColours(image), 50);
    if (qEnvironmentVariableIsSet("TW_SCREENSHOT_DARK")) {
        EXPECT_TRUE(image.save(qEnvironmentVariable("TW_SCREENSHOT_DARK")));
    }
}

} // namespace
