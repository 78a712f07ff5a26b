// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a 2,000-table project file (ProjectReader::read: UTF-8 check, parse, duplicate keys, typed readers,
// references), against parsing the same bytes alone: with simdjson's DOM parser (the library the reader uses), with
// JsonText::parse (the library plus the value every reader walks) and with QJsonDocument (the parser the project
// reader used before). The limit in docs/performance.md: reading within 3× of parsing the JSON alone.
#include "benchmarks/laidoutproject.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "model/json/jsontext.h"

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <QJsonDocument>

#include <cstdlib>
#include <map>

namespace {

const QByteArray &projectBytes(int tables)
{
    static std::map<int, QByteArray> cache;
    auto it = cache.find(tables);
    if (it == cache.end())
        it = cache.emplace(tables, tw::model::ProjectWriter::write(tw::bench::laidOutProject(tables))).first;
    return it->second;
}

void BM_ProjectRead(benchmark::State &state)
{
    const QByteArray &bytes = projectBytes(int(state.range(0)));
    for (auto _ : state) {
        const auto project = tw::model::ProjectReader::read(bytes);
        if (!project.ok())
            std::abort();
        benchmark::DoNotOptimize(project);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
}
BENCHMARK(BM_ProjectRead)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_ProjectJsonSimdjsonDomAlone(benchmark::State &state)
{
    const QByteArray &bytes = projectBytes(int(state.range(0)));
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    simdjson::dom::parser parser;
    for (auto _ : state) {
        simdjson::dom::element root;
        if (parser.parse(padded).get(root))
            std::abort();
        benchmark::DoNotOptimize(root);
    }
}
BENCHMARK(BM_ProjectJsonSimdjsonDomAlone)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_ProjectJsonTextParse(benchmark::State &state)
{
    const QByteArray &bytes = projectBytes(int(state.range(0)));
    for (auto _ : state) {
        const auto value = tw::model::JsonText::parse(bytes);
        if (!value.ok())
            std::abort();
        benchmark::DoNotOptimize(value);
    }
}
BENCHMARK(BM_ProjectJsonTextParse)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_ProjectJsonQJsonDocument(benchmark::State &state)
{
    const QByteArray &bytes = projectBytes(int(state.range(0)));
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (!document.isObject())
            std::abort();
        benchmark::DoNotOptimize(document);
    }
}
BENCHMARK(BM_ProjectJsonQJsonDocument)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace
