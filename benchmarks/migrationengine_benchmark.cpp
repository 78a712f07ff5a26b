// SPDX-License-Identifier: GPL-3.0-or-later
// What one click of "Generate Migration" costs: diff + SQL text + snapshot JSON, on schemas of 100 to 2,000
// tables x 12 columns with 10 % of the tables changed.
#include "benchmarks/generatedschema.h"
#include "migrations/diff/differ.h"
#include "migrations/snapshot/snapshotwriter.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/validation/schemavalidator.h"

#include <benchmark/benchmark.h>

namespace {

using namespace tw;

void generateMigration(benchmark::State &state)
{
    const model::Schema before = bench::generatedSchema(int(state.range(0)));
    const model::Schema after = bench::changedSchema(before);
    for (auto _ : state) {
        const migrations::MigrationPlan plan = migrations::diff(before, after);
        const QString sql = migrations::SqliteMigrationWriter::migrationText(plan);
        migrations::Snapshot snapshot;
        snapshot.id = QStringLiteral("6a8d3c59-3f2c-4b8e-9d57-1f0e2b7c4a10");
        snapshot.prevId = migrations::Snapshot::originId();
        snapshot.schema = after;
        const auto json = migrations::SnapshotWriter::write(snapshot);
        benchmark::DoNotOptimize(sql);
        benchmark::DoNotOptimize(json);
    }
    state.SetComplexityN(state.range(0));
    state.counters["tables"] = double(state.range(0));
}

void diffOnly(benchmark::State &state)
{
    const model::Schema before = bench::generatedSchema(int(state.range(0)));
    const model::Schema after = bench::changedSchema(before);
    for (auto _ : state)
        benchmark::DoNotOptimize(migrations::diff(before, after));
    state.SetComplexityN(state.range(0));
}

// The Problems list's pass (on its worker in the designer): every rule over every table, foreign keys' targets
// looked up by id.
void validateSchema(benchmark::State &state)
{
    const model::Schema schema = bench::generatedSchema(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(model::SchemaValidator::validate(schema));
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK(generateMigration)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(diffOnly)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(validateSchema)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond)->Complexity();
