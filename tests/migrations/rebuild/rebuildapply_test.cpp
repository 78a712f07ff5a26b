// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/folder/migrationfolderwriter.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/snapshot/snapshotwriter.h"
#include "tests/migrations/rebuild/rebuildfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace tw;
using test::RebuildCase;
using test::RebuildFixture;
using Target = model::ProjectSettings::Target;

namespace {

/// The fixture folder (init, seed) plus @p rebuildSql as a third migration, applied by our applier;
/// returns every row of the fixture's tables and sqlite_sequence afterwards, or the applier's error.
QStringList applied(const QString &rebuildSql, const RebuildCase &c, bool after)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    test::copyDataFolder(QStringLiteral("rebuild/fixture"), folder);
    const auto base = migrations::MigrationsFolder::scan(folder);
    migrations::Snapshot next;
    next.id = QStringLiteral("33333333-3333-4333-8333-333333333333");
    next.prevId = base.latestSnapshotId();
    next.schema = c.after;
    const auto snapshot = migrations::SnapshotWriter::write(next);
    if (!snapshot)
        return {QStringLiteral("snapshot: ") + snapshot.error()};
    const auto written = migrations::MigrationFolderWriter::append(
        base, {QStringLiteral("0002_rebuild"), base.nextWhen(0), rebuildSql.toUtf8(), snapshot.value()});
    if (!written)
        return {QStringLiteral("cannot write the migration: ") + written.error()};
    migrations::ApplyOptions options;
    options.databasePath = dir.filePath(QStringLiteral("local.sqlite"));
    options.backupsToKeep = 0;
    const auto report = migrations::MigrationApplier::apply(migrations::MigrationsFolder::scan(folder), options);
    if (!report)
        return {QStringLiteral("apply failed: ") + report.error()};
    const test::SqliteFile db(options.databasePath);
    QStringList rows = db.rows(QStringLiteral("PRAGMA foreign_key_check"));
    const QString dump = after ? c.dumpAfter() : c.dumpBefore();
    for (const QString &query : dump.split(u'\n', Qt::SkipEmptyParts))
        rows << db.rows(query);
    return rows;
}

class RebuildApply : public ::testing::TestWithParam<RebuildCase>
{
};

TEST_P(RebuildApply, D1OutputKeepsEveryRowAndSequenceThroughOurApplier)
{
    const RebuildCase &c = GetParam();
    const auto before = migrations::schemaDefinition(RebuildFixture::schema());
    const QString sql = migrations::TargetMigrationWriter::migrationText(
        migrations::diff(before, migrations::schemaDefinition(c.after)), before, Target::D1);
    const QStringList expected = applied(QStringLiteral("SELECT 1;"), c, false);
    ASSERT_GT(expected.size(), 20) << expected.join(u'\n').toStdString();
    EXPECT_TRUE(expected.contains(QStringLiteral("seq|reviews|5"))) << "sqlite_sequence is compared too";
    EXPECT_EQ(applied(sql, c, true), expected);
}

INSTANTIATE_TEST_SUITE_P(Fixture, RebuildApply, ::testing::ValuesIn(test::fixtureRebuildCases()),
                         [](const auto &testInfo) { return testInfo.param.name.toStdString(); });

} // namespace
