// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QString>

namespace tw::app {
class MainWindow;
}

namespace tw::bench {

/// The application of the window benchmarks (offscreen unless QT_QPA_PLATFORM says otherwise). It times every event
/// the window's thread handles from its event loop (input, timers, results queued from worker threads, painting):
/// the longest is how long the window could not answer, which issue 18 asks to keep within a frame. With
/// TW_BENCH_SLOW_EVENTS set, each event longer than a frame is printed to stderr.
class EventClockApplication : public QApplication
{
public:
    EventClockApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    /// Starts a new measurement.
    void resetClock();
    /// The longest event handled since resetClock, in milliseconds.
    double longestEventMs() const { return double(m_longestNs) / 1e6; }
    /// How many events since resetClock took longer than a frame at 60 Hz (16.7 ms).
    int eventsOverAFrame() const { return m_overAFrame; }
    /// The longest event's type and receiver, e.g. `MouseMove to QWidget "qt_scrollarea_viewport"`.
    const QString &longestEvent() const { return m_longestEvent; }

    static EventClockApplication *instance();

private:
    int m_depth = 0;
    qint64 m_longestNs = 0;
    int m_overAFrame = 0;
    QString m_longestEvent;
};

/// Handles events until @p window is idle: no plan due or computing, no validation or lane pass running, nothing
/// queued.
void waitUntilIdle(const app::MainWindow &window);

/// The generated, laid-out project of @p tables tables (laidOutProject), written once into a folder of its own.
QString laidOutProjectFile(int tables);

} // namespace tw::bench
