// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a big project without waiting for it (issue 18): typing in the table editor and dragging a card in the
// window (offscreen, 1440×900) with a 2,000-table project open. What is measured is the longest single event the
// window's thread handled (EventClockApplication) from the first keystroke or mouse press until the window is idle
// again, the pending plan and the Problems list recomputed: it must stay within a frame (16.7 ms at 60 Hz).
#include "app/mainwindow.h"
#include "benchmarks/windowbenchmark.h"
#include "model/document/schemadocument.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/tablecarditem.h"
#include "views/editors/tableeditor.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>

#include <cstdlib>
#include <memory>

namespace {

using tw::bench::EventClockApplication;

/// A window with the @p tables-table project open and idle.
std::unique_ptr<tw::app::MainWindow> openWindow(int tables)
{
    auto window = std::make_unique<tw::app::MainWindow>();
    window->resize(1440, 900);
    window->show();
    if (!window->openFile(tw::bench::laidOutProjectFile(tables)))
        std::abort();
    tw::bench::waitUntilIdle(*window);
    return window;
}

/// Handles events for @p ms milliseconds, as the window does between a user's keystrokes or mouse moves.
void idleFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 1);
}

void reportClock(benchmark::State &state)
{
    state.counters["longest_event_ms"] = EventClockApplication::instance()->longestEventMs();
    state.counters["events_over_a_frame"] = EventClockApplication::instance()->eventsOverAFrame();
    state.SetLabel(EventClockApplication::instance()->longestEvent().toStdString());
}

// Five letters typed into the table's name at about eight keys a second, a pause, then the letters erased: ten
// undoable edits of the schema, each making the pending plan and the Problems list due.
void BM_TypingInTheTableEditor(benchmark::State &state)
{
    const std::unique_ptr<tw::app::MainWindow> opened = openWindow(int(state.range(0)));
    tw::app::MainWindow &window = *opened;
    window.tableEditor()->setTableId(window.document()->schema().tables.first().id);
    QLineEdit *name = window.tableEditor()->nameEdit();
    name->setFocus();
    name->end(false);
    tw::bench::waitUntilIdle(window);
    EventClockApplication::instance()->resetClock();
    for (auto _ : state) {
        const auto press = [name](int key, const QString &text) {
            QApplication::postEvent(name, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, text));
            QApplication::postEvent(name, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, text));
            idleFor(120);
        };
        for (const char letter : {'a', 'b', 'c', 'd', 'e'})
            press(Qt::Key_A + (letter - 'a'), QString(QLatin1Char(letter)));
        // A pause: the plan and the problems of the new name are computed and shown.
        tw::bench::waitUntilIdle(window);
        for (int i = 0; i < 5; ++i)
            press(Qt::Key_Backspace, {});
        tw::bench::waitUntilIdle(window);
    }
    reportClock(state);
}
BENCHMARK(BM_TypingInTheTableEditor)->Arg(2000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// A card dragged 160 pixels by its title bar in 40 mouse moves at 60 Hz, then dropped (one undoable move).
void BM_DraggingACard(benchmark::State &state)
{
    const std::unique_ptr<tw::app::MainWindow> opened = openWindow(int(state.range(0)));
    tw::app::MainWindow &window = *opened;
    tw::views::DiagramView *view = window.diagram();
    const tw::model::Id table = window.document()->schema().tables.first().id;
    view->resetZoom();
    view->centerOn(table);
    tw::bench::waitUntilIdle(window);
    QWidget *viewport = view->viewport();
    const auto send = [viewport](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, viewport->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    EventClockApplication::instance()->resetClock();
    int direction = 1;
    for (auto _ : state) {
        const QRectF card = view->diagramScene()->card(table)->sceneCardRect();
        QPoint at = view->mapFromScene(card.topLeft() + QPointF(60, 15));
        send(QEvent::MouseButtonPress, at, Qt::LeftButton);
        for (int move = 0; move < 40; ++move) {
            at += QPoint(4 * direction, 2 * direction);
            send(QEvent::MouseMove, at, Qt::LeftButton);
            idleFor(16);
        }
        send(QEvent::MouseButtonRelease, at, Qt::NoButton);
        direction = -direction; // back where it was on the next run
        tw::bench::waitUntilIdle(window);
    }
    reportClock(state);
}
BENCHMARK(BM_DraggingACard)->Arg(2000)->Iterations(4)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
