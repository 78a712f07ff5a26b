// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project in the designer window (offscreen, 1440×900) until it is idle and drawn: the file read and
// checked, the diagram built and fitted, the Problems list validated and the pending plan shown (both on a worker
// thread from 300 tables on), and the whole window painted once. Beside it, the file's JSON parsed alone
// (JsonText::parse), which issue 18 compares opening with (docs/performance.md).
#include "app/mainwindow.h"
#include "benchmarks/windowbenchmark.h"
#include "model/json/jsontext.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFile>

#include <cstdlib>

namespace {

void BM_OpenProjectToIdleDrawnWindow(benchmark::State &state)
{
    const QString path = tw::bench::laidOutProjectFile(int(state.range(0)));
    for (auto _ : state) {
        auto window = std::make_unique<tw::app::MainWindow>();
        window->resize(1440, 900);
        window->show();
        if (!window->openFile(path))
            std::abort();
        tw::bench::waitUntilIdle(*window);
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
    QFile file(tw::bench::laidOutProjectFile(int(state.range(0))));
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
