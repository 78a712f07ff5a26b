// SPDX-License-Identifier: GPL-3.0-or-later
// The window benchmarks' application and main (tw_benchmark_window).
#include "benchmarks/windowbenchmark.h"

#include "app/mainwindow.h"
#include "benchmarks/laidoutproject.h"
#include "model/io/projectwriter.h"
#include "model/itemmodels/problemsmodel.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/panels/problemspanel.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace tw::bench {

EventClockApplication::EventClockApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool EventClockApplication::notify(QObject *receiver, QEvent *event)
{
    // Events sent while another is handled are part of it.
    if (m_depth > 0) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    // Read before handling: the receiver may be gone after. Nothing is allocated on the way (the class name is the
    // meta-object's own, the object name a shared copy), so the clock measures the event, not itself.
    const QEvent::Type type = event->type();
    const char *receiverClass = receiver->metaObject()->className();
    const QString receiverName = receiver->objectName();
    QElapsedTimer clock;
    clock.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 elapsed = clock.nsecsElapsed();
    const auto description = [&] {
        return QStringLiteral("%1 to %2 \"%3\"")
            .arg(QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)),
                 QString::fromLatin1(receiverClass), receiverName);
    };
    if (elapsed > m_longestNs) {
        m_longestNs = elapsed;
        m_longestEvent = description();
    }
    if (elapsed > 16'700'000) {
        ++m_overAFrame;
        if (qEnvironmentVariableIsSet("TW_BENCH_SLOW_EVENTS"))
            std::fprintf(stderr, "%.1f ms: %s\n", double(elapsed) / 1e6, qPrintable(description()));
    }
    return handled;
}

void EventClockApplication::resetClock()
{
    m_longestNs = 0;
    m_overAFrame = 0;
    m_longestEvent.clear();
}

EventClockApplication *EventClockApplication::instance()
{
    return static_cast<EventClockApplication *>(QCoreApplication::instance());
}

void waitUntilIdle(const app::MainWindow &window)
{
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    } while (window.pendingPlan()->isPlanning() || window.problemsPanel()->model()->isValidating() ||
             window.diagram()->diagramScene()->isAssigningLanes());
}

QString laidOutProjectFile(int tables)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big-%1.twproj").arg(tables));
    QString error;
    if (!QFile::exists(path) && !model::ProjectWriter::writeFile(laidOutProject(tables), path, &error))
        std::abort();
    return path;
}

} // namespace tw::bench

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    tw::bench::EventClockApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
