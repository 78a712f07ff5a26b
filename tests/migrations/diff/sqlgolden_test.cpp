// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/schemats/schematsgenerator.h"
#include "migrations/diff/differ.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "tests/migrations/diff/goldencases.h"
#include "tests/support/golden.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace tw;
using migrations::DiffOptions;

namespace {

class SqlGolden : public ::testing::TestWithParam<test::GoldenCase>
{
protected:
    QString path(const QString &file) const
    {
        return QStringLiteral("migrations-golden/%1/%2").arg(GetParam().name, file);
    }
    bool exists(const QString &file) const { return QFile::exists(test::dataPath(path(file))); }
    QString migrationText() const
    {
        DiffOptions options;
        options.matching = DiffOptions::Matching::NamesOnly; // as drizzle-kit: its snapshots carry no ids
        options.renames = GetParam().renames;
        return migrations::SqliteMigrationWriter::migrationText(
            migrations::diff(GetParam().before, GetParam().after, options));
    }
};

TEST_P(SqlGolden, CaseInputsAreTheExportedSchemas)
{
    const test::GoldenCase &c = GetParam();
    if (!c.handwrittenSchemaTs) {
        test::expectMatchesGolden(
            codegen::SchemaTsGenerator::schemaText(c.before, c.name + QStringLiteral("/before")).toUtf8(),
            path(QStringLiteral("before.schema.ts")));
        test::expectMatchesGolden(
            codegen::SchemaTsGenerator::schemaText(c.after, c.name + QStringLiteral("/after")).toUtf8(),
            path(QStringLiteral("after.schema.ts")));
    }
    if (!c.renames.isEmpty())
        test::expectMatchesGolden(test::renameSpecs(c.renames).toUtf8(), path(QStringLiteral("renames.txt")));
    else
        EXPECT_FALSE(exists(QStringLiteral("renames.txt")));
}

TEST_P(SqlGolden, SqlIsDrizzleKitsWhereItIsRight)
{
    const QByteArray drizzle = test::readData(path(QStringLiteral("expected.sql")));
    if (GetParam().drizzleIsWrong) {
        ASSERT_TRUE(exists(QStringLiteral("expected.tablewright.sql")));
        const QByteArray corrected = test::readData(path(QStringLiteral("expected.tablewright.sql")));
        EXPECT_NE(corrected, drizzle) << "drizzle-kit's SQL is no longer wrong here: drop the corrected golden";
        test::expectMatchesGolden(migrationText().toUtf8(), path(QStringLiteral("expected.tablewright.sql")));
    } else {
        EXPECT_FALSE(exists(QStringLiteral("expected.tablewright.sql")));
        EXPECT_EQ(migrationText().toUtf8().toStdString(), drizzle.toStdString());
    }
}

std::string caseName(const ::testing::TestParamInfo<test::GoldenCase> &info)
{
    return info.param.name.toStdString();
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Cases, SqlGolden, ::testing::ValuesIn(test::goldenCases()), caseName);
