// SPDX-License-Identifier: GPL-3.0-or-later
// What applying a table rebuild costs on a big local database: the drizzle-kit rebuild recipe for a table of
// 1,000,000 rows, and for a parent whose ON DELETE CASCADE child holds 1,000,000 rows, run by MigrationApplier
// (a full quick_check before writing, one transaction, foreign_key_check and quick_check of what the migration
// touched, tracking row; with and without its VACUUM INTO backup) and by the sqlite3 command-line shell reading the
// very same .sql file. Each iteration starts from a fresh copy of the seeded database; the copy is not timed.
// Results and the machine: docs/performance.md.
#include "database/connection/databaseconnection.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/migrationapplier.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>

namespace {

using namespace tw::database;
using namespace tw::migrations;

constexpr int kRows = 1'000'000;

struct Scenario
{
    QByteArray init;    ///< 0000_init.sql
    QByteArray seed;    ///< rows, inserted directly (not a migration)
    QByteArray rebuild; ///< 0001_rebuild.sql, drizzle-kit's recipe
};

QByteArray rebuildRecipe(const QByteArray &table, const QByteArray &newDefinition, const QByteArray &columns)
{
    return "PRAGMA foreign_keys=OFF;--> statement-breakpoint\n" + newDefinition +
           "\n--> statement-breakpoint\n"
           "INSERT INTO `__new_" +
           table + "`(" + columns + ") SELECT " + columns + " FROM `" + table +
           "`;--> statement-breakpoint\nDROP TABLE `" + table + "`;--> statement-breakpoint\nALTER TABLE `__new_" +
           table + "` RENAME TO `" + table + "`;--> statement-breakpoint\nPRAGMA foreign_keys=ON;";
}

Scenario tableRebuild()
{
    const QByteArray rows = QByteArray::number(kRows);
    return {
        "CREATE TABLE `items` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text NOT NULL,\n\t`price` real,\n"
        "\t`category` integer\n);",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows +
            ") INSERT INTO items SELECT i, 'item ' || i, i * 0.01, i % 100 FROM n",
        rebuildRecipe("items",
                      "CREATE TABLE `__new_items` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text NOT NULL,\n"
                      "\t`price` real DEFAULT 0 NOT NULL,\n\t`category` integer\n);",
                      "\"id\", \"name\", \"price\", \"category\"")};
}

Scenario cascadeParentRebuild()
{
    const QByteArray rows = QByteArray::number(kRows);
    return {"CREATE TABLE `authors` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`name` text\n);\n"
            "--> statement-breakpoint\nCREATE TABLE `posts` (\n\t`id` integer PRIMARY KEY NOT NULL,\n"
            "\t`author_id` integer NOT NULL,\n\t`title` text,\n\tFOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) "
            "ON UPDATE no action ON DELETE cascade\n);\n--> statement-breakpoint\n"
            "CREATE INDEX `posts_author_idx` ON `posts` (`author_id`);",
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO authors "
            "SELECT i, 'author ' || i FROM n;\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                rows + ") INSERT INTO posts SELECT i, i % 1000 + 1, 'post ' || i FROM n",
            rebuildRecipe("authors",
                          "CREATE TABLE `__new_authors` (\n\t`id` integer PRIMARY KEY NOT NULL,\n"
                          "\t`name` text DEFAULT '' NOT NULL\n);",
                          "\"id\", \"name\"")};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// A migrations folder (init + rebuild) and a database with the init applied and the rows seeded.
class Prepared
{
public:
    explicit Prepared(const Scenario &scenario)
    {
        const QString folder = folderPath();
        QDir().mkpath(folder + QStringLiteral("/meta"));
        writeFile(folder + QStringLiteral("/0000_init.sql"), scenario.init);
        writeFile(folder + QStringLiteral("/0001_rebuild.sql"), scenario.rebuild);
        writeFile(folder + QStringLiteral("/meta/_journal.json"),
                  "{\n  \"version\": \"7\",\n  \"dialect\": \"sqlite\",\n  \"entries\": [\n"
                  "    {\n      \"idx\": 0,\n      \"version\": \"6\",\n      \"when\": 1700000000000,\n"
                  "      \"tag\": \"0000_init\",\n      \"breakpoints\": true\n    },\n"
                  "    {\n      \"idx\": 1,\n      \"version\": \"6\",\n      \"when\": 1700000001000,\n"
                  "      \"tag\": \"0001_rebuild\",\n      \"breakpoints\": true\n    }\n  ]\n}\n");
        writeFile(folder + QStringLiteral("/meta/0000_snapshot.json"),
                  "{\"id\": \"b0000000-0000-4000-8000-000000000000\", \"prevId\": "
                  "\"00000000-0000-0000-0000-000000000000\"}");
        writeFile(folder + QStringLiteral("/meta/0001_snapshot.json"),
                  "{\"id\": \"b0000000-0000-4000-8000-000000000001\", \"prevId\": "
                  "\"b0000000-0000-4000-8000-000000000000\"}");
        const QString initOnly = m_dir.filePath(QStringLiteral("init-only"));
        QDir().mkpath(initOnly + QStringLiteral("/meta"));
        for (const char *name : {"0000_init.sql", "meta/0000_snapshot.json"})
            QFile::copy(folder + u'/' + QLatin1String(name), initOnly + u'/' + QLatin1String(name));
        QByteArray journal = "{\n  \"version\": \"7\",\n  \"dialect\": \"sqlite\",\n  \"entries\": [\n"
                             "    {\n      \"idx\": 0,\n      \"version\": \"6\",\n      \"when\": 1700000000000,\n"
                             "      \"tag\": \"0000_init\",\n      \"breakpoints\": true\n    }\n  ]\n}\n";
        writeFile(initOnly + QStringLiteral("/meta/_journal.json"), journal);
        ApplyOptions options;
        options.databasePath = basePath();
        options.backupsToKeep = 0;
        const auto init = MigrationApplier::apply(MigrationsFolder::scan(initOnly), options);
        if (!init) {
            m_error = init.error();
            return;
        }
        auto db = DatabaseConnection::open(basePath(), DatabaseConnection::Mode::ReadWrite, 5000);
        if (!db) {
            m_error = db.error();
            return;
        }
        for (const QByteArray &statement : scenario.seed.split(';')) {
            if (statement.trimmed().isEmpty())
                continue;
            if (const QString e = db.value()->exec(QString::fromUtf8(statement)); !e.isEmpty())
                m_error = e;
        }
    }

    QString folderPath() const { return m_dir.filePath(QStringLiteral("drizzle")); }
    QString basePath() const { return m_dir.filePath(QStringLiteral("base.sqlite")); }
    QString workPath() const { return m_dir.filePath(QStringLiteral("work.sqlite")); }
    const QString &error() const { return m_error; }

    /// A fresh copy of the seeded database, and no backups of an earlier iteration.
    bool resetWork() const
    {
        QDir dir(m_dir.path());
        for (const QString &name : dir.entryList({QStringLiteral("work.sqlite*")}, QDir::Files))
            dir.remove(name);
        return QFile::copy(basePath(), workPath());
    }

private:
    QTemporaryDir m_dir;
    QString m_error;
};

const Prepared &prepared(int scenario)
{
    static std::map<int, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[scenario];
    if (!slot)
        slot = std::make_unique<Prepared>(scenario == 0 ? tableRebuild() : cascadeParentRebuild());
    return *slot;
}

void applier(benchmark::State &state)
{
    const Prepared &p = prepared(int(state.range(0)));
    if (!p.error().isEmpty())
        return state.SkipWithError(p.error().toStdString().c_str());
    ApplyOptions options;
    options.databasePath = p.workPath();
    options.backupsToKeep = int(state.range(1));
    const MigrationsFolder folder = MigrationsFolder::scan(p.folderPath());
    for (auto _ : state) {
        state.PauseTiming();
        p.resetWork();
        state.ResumeTiming();
        const auto report = MigrationApplier::apply(folder, options);
        if (!report || report.value().applied.size() != 1)
            return state.SkipWithError(report ? "nothing applied" : report.error().toStdString().c_str());
    }
    state.counters["rows"] = kRows;
}

void sqlite3Cli(benchmark::State &state)
{
    const Prepared &p = prepared(int(state.range(0)));
    if (!p.error().isEmpty())
        return state.SkipWithError(p.error().toStdString().c_str());
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return state.SkipWithError("the sqlite3 command-line shell is not installed (apt install sqlite3)");
    for (auto _ : state) {
        state.PauseTiming();
        p.resetWork();
        QProcess process;
        process.setStandardInputFile(p.folderPath() + QStringLiteral("/0001_rebuild.sql"));
        state.ResumeTiming();
        process.start(sqlite3, {QStringLiteral("-bail"), p.workPath()});
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            return state.SkipWithError(process.readAllStandardError().toStdString().c_str());
    }
    state.counters["rows"] = kRows;
}

} // namespace

// Arguments: scenario (0: table of 1,000,000 rows, 1: parent of a CASCADE child of 1,000,000 rows), backups kept.
BENCHMARK(applier)
    ->ArgNames({"cascade", "backups"})
    ->Args({0, 0})
    ->Args({0, 5})
    ->Args({1, 0})
    ->Args({1, 5})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK(sqlite3Cli)
    ->ArgNames({"cascade"})
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QtSql's driver plugins need an application object
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
