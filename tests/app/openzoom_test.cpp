// SPDX-License-Identifier: GPL-3.0-or-later
// A project opens readable: at 75 % or more (the walkthrough saw the example at 44 %), centred on its cards, also when
// the window settles its size after the project is open.
#include "app/mainwindow.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"

#include <QDir>
#include <QSettings>
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

} // namespace
