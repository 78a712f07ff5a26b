// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project in the designer window (offscreen, 1440×900) until it is idle and drawn: the file read and
// checked, the diagram built and fitted, the Problems list validated and the pending plan shown (both on a worker
// thread from 300 tables on), and the whole window painted once. Beside it, the file's JSON parsed alone
// (JsonText::parse), which issue 18 compares opening with (docs/performance.md).
#include "app/mainwindow.h"
#include "benchmarks/laidoutproject.h"
#include "model/io/projectwriter.h"
#include "model/itemmodels/problemsmodel.h"
#include "model/json/jsontext.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/panels/problemspanel.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

// The generated, laid-out project of @p tables tables, written once into a folder of its own.
QString projectFile(int tables)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big-%1.twproj").arg(tables));
    QString error;
    if (!QFile::exists(path) && !tw::model::ProjectWriter::writeFile(tw::bench::laidOutProject(tables), path, &error))
        std::abort();
    return path;
}

void BM_OpenProjectToIdleDrawnWindow(benchmark::State &state)
{
    const QString path = projectFile(int(state.range(0)));
    for (auto _ : state) {
        auto window = std::make_unique<tw::app::MainWindow>();
        window->resize(1440, 900);
        window->show();
        if (!window->openFile(path))
            std::abort();
        // Idle: no plan due or computing, no validation running, nothing left in the event queue.
        do {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        } while (window->pendingPlan()->isPlanning() || window->problemsPanel()->model()->isValidating());
        benchmark::DoNotOptimize(window->grab()); // every widget painted
        state.PauseTiming();
        window.reset();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenProjectToIdleDrawnWindow)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_OpenProjectJsonParseAlone(benchmark::State &state)
{
    QFile file(projectFile(int(state.range(0))));
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    const QByteArray bytes = file.readAll();
    for (auto _ : state) {
        const auto value = tw::model::JsonText::parse(bytes);
        if (!value.ok())
            std::abort();
        benchmark::DoNotOptimize(value);
    }
}
BENCHMARK(BM_OpenProjectJsonParseAlone)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
