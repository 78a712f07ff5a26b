// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/schemats/schematsgenerator.h"
#include "migrations/diff/differ.h"
#include "migrations/sqlite/sqlitev1migrationwriter.h"
#include "tests/migrations/diff/goldencases.h"
#include "tests/support/golden.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace tw;
using migrations::DiffOptions;

namespace {

/// tests/data/migrations-golden-v1/<case>: rc.5's migration.sql for the case (expected.sql, made by
/// tools/goldens-v1/make-sql-goldens.py), and the correct SQL where rc.5 is wrong (expected.tablewright.sql).
class SqlGoldenV1 : public ::testing::TestWithParam<test::V1GoldenCase>
{
protected:
    QString path(const QString &file) const
    {
        return QStringLiteral("migrations-golden-v1/%1/%2").arg(GetParam().golden.name, file);
    }
    bool exists(const QString &file) const { return QFile::exists(test::dataPath(path(file))); }
    QString migrationText() const
    {
        DiffOptions options;
        options.matching = DiffOptions::Matching::NamesOnly; // as drizzle-kit: its snapshots carry no ids
        options.renames = GetParam().golden.renames;
        options.dialect = migrations::SqlDialect::V1;
        return migrations::SqliteV1MigrationWriter::migrationText(
            migrations::diff(GetParam().golden.before, GetParam().golden.after, options));
    }
};

// The cases only the V1 set has keep their schema.ts inputs (and renames) beside their goldens.
TEST_P(SqlGoldenV1, V1OnlyCaseInputsAreTheExportedSchemas)
{
    const test::V1GoldenCase &v1 = GetParam();
    const test::GoldenCase &c = v1.golden;
    if (!v1.v1Only) {
        EXPECT_FALSE(exists(QStringLiteral("before.schema.ts"))) << "a shared case reads the 0.31 set's inputs";
        return;
    }
    test::expectMatchesGolden(
        codegen::SchemaTsGenerator::schemaText(c.before, c.name + QStringLiteral("/before")).toUtf8(),
        path(QStringLiteral("before.schema.ts")));
    test::expectMatchesGolden(
        codegen::SchemaTsGenerator::schemaText(c.after, c.name + QStringLiteral("/after")).toUtf8(),
        path(QStringLiteral("after.schema.ts")));
    if (!c.renames.isEmpty())
        test::expectMatchesGolden(test::renameSpecs(c.renames).toUtf8(), path(QStringLiteral("renames.txt")));
}

TEST_P(SqlGoldenV1, SqlIsDrizzleKit1sWhereItIsRight)
{
    const QByteArray drizzle = test::readData(path(QStringLiteral("expected.sql")));
    if (!GetParam().rc5IsWrong.isEmpty()) {
        ASSERT_TRUE(exists(QStringLiteral("expected.tablewright.sql"))) << GetParam().rc5IsWrong.toStdString();
        const QByteArray corrected = test::readData(path(QStringLiteral("expected.tablewright.sql")));
        EXPECT_NE(corrected, drizzle) << "rc.5's SQL is no longer wrong here: drop the corrected golden";
        test::expectMatchesGolden(migrationText().toUtf8(), path(QStringLiteral("expected.tablewright.sql")));
    } else {
        EXPECT_FALSE(exists(QStringLiteral("expected.tablewright.sql")));
        EXPECT_EQ(migrationText().toUtf8().toStdString(), drizzle.toStdString());
    }
}

std::string caseName(const ::testing::TestParamInfo<test::V1GoldenCase> &info)
{
    return info.param.golden.name.toStdString();
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Cases, SqlGoldenV1, ::testing::ValuesIn(test::v1GoldenCases()), caseName);
