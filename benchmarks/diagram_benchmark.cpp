// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram at scale, offscreen: building the scene of 100, 1,000 and 2,000 generated tables (laid out by
// autoLayout, as a project opened from disk is), and rendering the whole diagram zoomed to fit into a
// 1440x900 image (level of detail: far-out cards draw their title only) and at 100 % (every row).
// `tw_benchmark_diagram --write-project N FILE` writes the generated project instead, to open it in the window.
#include "benchmarks/laidoutproject.h"
#include "model/document/schemadocument.h"
#include "model/io/projectwriter.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>

namespace {

using tw::bench::laidOutProject;

void BM_DiagramSceneBuild(benchmark::State &state)
{
    tw::model::SchemaDocument document(laidOutProject(int(state.range(0))));
    for (auto _ : state) {
        tw::views::DiagramScene scene(&document);
        benchmark::DoNotOptimize(scene.cards().size());
    }
    state.counters["tables"] = double(state.range(0));
}
BENCHMARK(BM_DiagramSceneBuild)->Arg(100)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond);

/// Renders the view's visible area into a window-sized image, as a repaint of the viewport does.
void renderView(benchmark::State &state, bool fit)
{
    tw::model::SchemaDocument document(laidOutProject(int(state.range(0))));
    tw::views::DiagramView view(&document);
    view.resize(1440, 900);
    view.show();
    QApplication::processEvents();
    if (fit)
        view.zoomToFit();
    else
        view.QGraphicsView::centerOn(view.diagramScene()->cardsBoundingRect().center());
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        view.render(&painter, QRectF(), view.viewport()->rect());
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["zoom%"] = view.zoom() * 100;
}

void BM_DiagramRenderZoomedToFit(benchmark::State &state)
{
    renderView(state, true);
}
BENCHMARK(BM_DiagramRenderZoomedToFit)->Arg(100)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_DiagramRenderAt100Percent(benchmark::State &state)
{
    renderView(state, false);
}
BENCHMARK(BM_DiagramRenderAt100Percent)->Arg(1000)->Unit(benchmark::kMillisecond);

int writeProject(int tables, const char *path)
{
    QString error;
    if (!tw::model::ProjectWriter::writeFile(laidOutProject(tables), QString::fromLocal8Bit(path), &error)) {
        std::fprintf(stderr, "%s: %s\n", path, qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "--write-project") == 0) {
        if (argc != 4) {
            std::fprintf(stderr, "usage: tw_benchmark_diagram --write-project TABLES FILE\n");
            return 2;
        }
        return writeProject(std::atoi(argv[2]), argv[3]);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
