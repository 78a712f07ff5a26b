// SPDX-License-Identifier: GPL-3.0-or-later
// A project opens readable: at 75 % or more (the walkthrough saw the example at 44 %), centred on its cards, also when
// the window settles its size after the project is open.
#include "app/editordocksizer.h"
#include "app/mainwindow.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/tablecarditem.h"
#include "views/editors/tableeditor.h"

#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QString example()
{
    return QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")));
}

void expectReadableAndCentred(tw::app::MainWindow &window)
{
    tw::views::DiagramView *view = window.diagram();
    EXPECT_GE(view->zoom(), 0.75);
    EXPECT_LE(view->zoom(), 1.0);
    const QPointF centre = view->diagramScene()->cardsBoundingRect().center();
    const QPoint shown = view->mapFromScene(centre);
    const QRect viewport = view->viewport()->rect();
    EXPECT_TRUE(viewport.contains(shown)) << "the cards' centre is at " << shown.x() << "," << shown.y();
    // Centred, not just somewhere on screen.
    EXPECT_LT(std::abs(shown.x() - viewport.center().x()), viewport.width() / 8);
    EXPECT_LT(std::abs(shown.y() - viewport.center().y()), viewport.height() / 8);
}

TEST(OpenZoom, ExampleOpensReadableAndCentredOnItsCards)
{
    QSettings().clear();
    tw::test::ScriptedPrompts::Script script;
    script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(example()));
    QTest::qWait(20);
    expectReadableAndCentred(window);
}

TEST(OpenZoom, StaysCentredWhenTheWindowSettlesAfterOpening)
{
    QSettings().clear();
    tw::test::ScriptedPrompts::Script script;
    script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    ASSERT_TRUE(window.openFile(example())); // before the window has its size, as `tablewright FILE` may
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(20);
    expectReadableAndCentred(window);
    // Once the user zooms, a resize leaves the view alone.
    window.diagram()->zoomIn();
    const double zoomed = window.diagram()->zoom();
    window.resize(1200, 800);
    QTest::qWait(20);
    EXPECT_DOUBLE_EQ(window.diagram()->zoom(), zoomed);
}

// Where the first card of the example shows when its cards are at @p places (in schema order) and it is opened in a
// 1440x900 window: the card's rectangle and the viewport's, in viewport coordinates, and the zoom.
struct OpenedAt
{
    QRect firstCard;
    QRect viewport;
    double zoom = 0;
};

OpenedAt openWithCardsAt(const QList<QPointF> &places)
{
    QSettings().clear();
    auto project = tw::model::ProjectReader::readFile(example());
    if (!project) {
        ADD_FAILURE() << project.error().toStdString();
        return {};
    }
    for (qsizetype i = 0; i < project.value().schema.tables.size(); ++i)
        project.value().layout.items[project.value().schema.tables[i].id].position = places.value(i);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("moved.twproj"));
    QString error;
    if (!tw::model::ProjectWriter::writeFile(project.value(), path, &error)) {
        ADD_FAILURE() << error.toStdString();
        return {};
    }
    tw::test::ScriptedPrompts::Script script;
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path)) {
        ADD_FAILURE() << "the window did not open " << path.toStdString();
        return {};
    }
    QTest::qWait(20);
    tw::views::DiagramView *view = window.diagram();
    const QRectF first = view->diagramScene()->card(project.value().schema.tables.first().id)->sceneCardRect();
    return {view->mapFromScene(first).boundingRect(), view->viewport()->rect(), view->zoom()};
}

// The walkthrough's window opened centred between cards with the first card above the view: a diagram taller
// than the view at the readable floor starts where reading starts, its top-left card whole.
TEST(OpenZoom, ADiagramTooTallForTheViewOpensAtItsTop)
{
    const OpenedAt opened = openWithCardsAt({{0, 0}, {0, 900}, {0, 1800}, {0, 2700}, {0, 3600}}); // 900 apart
    EXPECT_DOUBLE_EQ(opened.zoom, 0.75);
    EXPECT_TRUE(opened.viewport.contains(opened.firstCard))
        << "the first card is at " << opened.firstCard.top() << ".." << opened.firstCard.bottom() << " of a viewport "
        << opened.viewport.height() << " high";
}

// Too wide and too tall, with nothing at the content's top-left corner (a left-to-right layout centres its first
// layer): the window opens at the schema's first table, not at an empty corner.
TEST(OpenZoom, ADiagramLargerThanTheViewOpensAtItsFirstTable)
{
    const OpenedAt opened = openWithCardsAt({{0, 3000}, {3000, 0}, {3000, 6000}, {6000, 3000}, {6000, 0}});
    EXPECT_TRUE(opened.viewport.contains(opened.firstCard));
}

QDockWidget *tableDock(tw::app::MainWindow &window)
{
    return window.findChild<QDockWidget *>(QStringLiteral("tableDock"));
}

// With no table to edit, the Table dock shows one line of hint: it gives its height to the diagram, and takes it
// back when a table is shown (the walkthrough's window spent a third of its height on the hint).
TEST(OpenZoom, TheTableDockIsCompactUntilATableIsShown)
{
    QSettings().clear();
    tw::test::ScriptedPrompts::Script script;
    script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
    tw::app::MainWindow window(std::make_unique<tw::test::ScriptedPrompts>(&script));
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(example()));
    QTest::qWait(50);
    QDockWidget *dock = tableDock(window);
    ASSERT_NE(dock, nullptr);
    EXPECT_LE(dock->height(), tw::app::EditorDockSizer::kCompactHeight + 8);
    const int compactViewport = window.diagram()->viewport()->height();
    EXPECT_GT(compactViewport, 600);

    const tw::model::Id users = window.document()->schema().tables.first().id;
    window.diagram()->selectTables({users});
    QTest::qWait(50);
    EXPECT_GE(dock->height(), tw::app::EditorDockSizer::kDefaultHeight - 40);

    // The user makes it taller; deleting the table shows the hint again, and the next table gets that height.
    window.resizeDocks({dock}, {420}, Qt::Vertical);
    QTest::qWait(20);
    const int chosen = dock->height();
    ASSERT_TRUE(tw::model::SchemaEditor(window.document()).removeTablesAndViews({users}));
    QTest::qWait(50);
    EXPECT_FALSE(window.tableEditor()->showsTable());
    EXPECT_LE(dock->height(), tw::app::EditorDockSizer::kCompactHeight + 8);
    window.diagram()->selectTables({window.document()->schema().tables.first().id});
    QTest::qWait(50);
    EXPECT_NEAR(dock->height(), chosen, 40);
}

} // namespace
