// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a drizzle-kit snapshot of 500 and 2,000 tables (SnapshotReader::read: parse, the JavaScript-reading check,
// typed readers, name checks, the model), against parsing the same bytes alone with simdjson's DOM parser (the library
// the reader uses), with JsonDocument::parse (the parse plus its check) and with JsonText::parse (the library plus
// the JsonValue the snapshot readers walked before). The limit in docs/performance.md: reading within 2× of parsing.
#include "benchmarks/generatedschema.h"
#include "migrations/json/jsontext.h"
#include "migrations/json/jsonview.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotwriter.h"

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdlib>
#include <map>

namespace {

using namespace tw;

/// What drizzle-kit writes for the benchmark's schema (SnapshotWriter gives its bytes; tests/migrations prove it).
const QByteArray &snapshotBytes(int tables)
{
    static std::map<int, QByteArray> cache;
    auto it = cache.find(tables);
    if (it == cache.end()) {
        migrations::Snapshot snapshot;
        snapshot.id = QStringLiteral("6e4a5f3e-1b7c-4d2a-9f0e-000000000001");
        snapshot.prevId = migrations::Snapshot::originId();
        snapshot.schema = bench::generatedSchema(tables);
        const auto bytes = migrations::SnapshotWriter::write(snapshot);
        if (!bytes.ok())
            std::abort();
        it = cache.emplace(tables, bytes.value()).first;
    }
    return it->second;
}

void BM_SnapshotRead(benchmark::State &state)
{
    const QByteArray &bytes = snapshotBytes(int(state.range(0)));
    for (auto _ : state) {
        const auto snapshot = migrations::SnapshotReader::read(bytes);
        if (!snapshot.ok())
            std::abort();
        benchmark::DoNotOptimize(snapshot);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
}
BENCHMARK(BM_SnapshotRead)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_SnapshotJsonSimdjsonDomAlone(benchmark::State &state)
{
    const QByteArray &bytes = snapshotBytes(int(state.range(0)));
    for (auto _ : state) {
        // A parser per reading, as the reader makes one per file.
        const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        if (parser.parse(padded).get(root))
            std::abort();
        benchmark::DoNotOptimize(root);
    }
}
BENCHMARK(BM_SnapshotJsonSimdjsonDomAlone)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_SnapshotJsonDocumentParse(benchmark::State &state)
{
    const QByteArray &bytes = snapshotBytes(int(state.range(0)));
    for (auto _ : state) {
        const auto document = migrations::JsonDocument::parse(bytes);
        if (!document.ok())
            std::abort();
        benchmark::DoNotOptimize(document);
    }
}
BENCHMARK(BM_SnapshotJsonDocumentParse)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_SnapshotJsonTextParse(benchmark::State &state)
{
    const QByteArray &bytes = snapshotBytes(int(state.range(0)));
    for (auto _ : state) {
        const auto value = migrations::JsonText::parse(bytes);
        if (!value.ok())
            std::abort();
        benchmark::DoNotOptimize(value);
    }
}
BENCHMARK(BM_SnapshotJsonTextParse)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace
