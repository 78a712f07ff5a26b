// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the whole diagram of 1,000 generated tables (laid out by autoLayout) to a vector PDF, on one page and on
// A4 pages, through views::exportDiagram as the window and `tablewright render` do. Counters: the file's size and
// the process's peak resident memory so far (scene build included), for the 5 s / 400 MB budget.
#include "benchmarks/laidoutproject.h"
#include "model/document/schemadocument.h"
#include "views/diagram/diagramexport.h"
#include "views/diagram/diagramscene.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

namespace {

double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void exportPdf(benchmark::State &state, tw::views::PdfLayout layout)
{
    tw::model::SchemaDocument document(tw::bench::laidOutProject(int(state.range(0))));
    tw::views::DiagramScene scene(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.pdf"));
    for (auto _ : state) {
        if (!tw::views::exportDiagram(scene, path, layout))
            state.SkipWithError("the export failed");
    }
    state.counters["file_MB"] = double(QFileInfo(path).size()) / 1e6;
    state.counters["peak_RSS_MB"] = peakResidentMegabytes();
}

void BM_DiagramExportPdfOnePage(benchmark::State &state)
{
    exportPdf(state, tw::views::PdfLayout::OnePage);
}
BENCHMARK(BM_DiagramExportPdfOnePage)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_DiagramExportPdfA4Pages(benchmark::State &state)
{
    exportPdf(state, tw::views::PdfLayout::A4Pages);
}
BENCHMARK(BM_DiagramExportPdfA4Pages)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace
