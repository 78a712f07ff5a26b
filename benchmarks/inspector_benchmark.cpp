// SPDX-License-Identifier: GPL-3.0-or-later
// The database panel's rows browser on a 1,000,000-row table: the first screen (count + one page) and a sort on an
// unindexed column (ORDER BY ... LIMIT, SQLite's top-N sort), as TableRowsModel runs them. Figures:
// docs/performance.md.
#include "database/inspector/databaseinspector.h"
#include "tests/views/database/bigtable.h"
#include "views/database/tablerowsmodel.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

namespace {

constexpr int kRows = 1000000;
constexpr int kScreenRows = 40;

tw::database::DatabaseInspector &bigDatabase()
{
    static QTemporaryDir dir;
    static std::unique_ptr<tw::database::DatabaseInspector> inspector = [] {
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        if (!tw::test::writeBigTable(path, kRows))
            std::abort();
        return std::move(tw::database::DatabaseInspector::open(path).value());
    }();
    return *inspector;
}

void readScreen(tw::views::TableRowsModel &model)
{
    for (int row = 0; row < kScreenRows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            benchmark::DoNotOptimize(model.index(row, column).data());
    }
}

void BM_RowsFirstScreen(benchmark::State &state)
{
    tw::views::TableRowsModel model;
    model.setInspector(&bigDatabase());
    for (auto _ : state) {
        model.setTable(QStringLiteral("big"));
        readScreen(model);
    }
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_RowsFirstScreen)->Unit(benchmark::kMillisecond);

void BM_RowsSortUnindexedColumn(benchmark::State &state)
{
    tw::views::TableRowsModel model;
    model.setInspector(&bigDatabase());
    model.setTable(QStringLiteral("big"));
    bool descending = false;
    for (auto _ : state) {
        descending = !descending;
        model.sort(2, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        readScreen(model);
    }
}
BENCHMARK(BM_RowsSortUnindexedColumn)->Unit(benchmark::kMillisecond);

void BM_RowsScrollToTheEnd(benchmark::State &state)
{
    tw::views::TableRowsModel model;
    model.setInspector(&bigDatabase());
    model.setTable(QStringLiteral("big"));
    for (auto _ : state) {
        model.refresh();
        benchmark::DoNotOptimize(model.index(kRows - 1, 1).data());
    }
}
BENCHMARK(BM_RowsScrollToTheEnd)->Unit(benchmark::kMillisecond);

void BM_RowsFilterAllColumns(benchmark::State &state)
{
    tw::views::TableRowsModel model;
    model.setInspector(&bigDatabase());
    model.setTable(QStringLiteral("big"));
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        model.setFilterText(flip ? QStringLiteral("row 99999") : QStringLiteral("row 12345"));
        readScreen(model);
    }
}
BENCHMARK(BM_RowsFilterAllColumns)->Unit(benchmark::kMillisecond);

} // namespace
