// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/constraintnames.h"
#include "migrations/diff/differ.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "migrations/sqlite/sqlitev1migrationwriter.h"
#include "tests/migrations/diff/goldencases.h"
#include "tests/migrations/sqlite/sqlite3cli.h"
#include "tests/support/outsidetools.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw;
using migrations::DiffOptions;
using migrations::SqliteMigrationWriter;
using test::Sqlite3Cli;

namespace {

using migrations::SqlDialect;

DiffOptions optionsFor(const migrations::RenameMap &renames, SqlDialect dialect)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.renames = renames;
    options.dialect = dialect;
    return options;
}

QString sqlFor(const model::Schema &before, const model::Schema &after, const migrations::RenameMap &renames = {},
               SqlDialect dialect = SqlDialect::Classic)
{
    const migrations::MigrationPlan plan = migrations::diff(before, after, optionsFor(renames, dialect));
    return dialect == SqlDialect::V1 ? migrations::SqliteV1MigrationWriter::migrationText(plan)
                                     : SqliteMigrationWriter::migrationText(plan);
}

/// A fresh database of the new version, in @p dialect: in V1 with the constraint names the migration inherits.
QString freshSqlFor(const test::GoldenCase &c, SqlDialect dialect)
{
    if (dialect == SqlDialect::Classic)
        return sqlFor({}, c.after);
    const DiffOptions options = optionsFor(c.renames, dialect);
    const migrations::SchemaDefinition after = migrations::inheritConstraintNames(
        migrations::schemaDefinition(c.before, dialect), migrations::schemaDefinition(c.after, dialect), options);
    return migrations::SqliteV1MigrationWriter::migrationText(migrations::diff({}, after, optionsFor({}, dialect)));
}

QString renamedTable(const migrations::RenameMap &renames, const QString &name)
{
    for (const auto &r : renames.tables) {
        if (r.from == name)
            return r.to;
    }
    return name;
}

class GoldenApply : public ::testing::TestWithParam<test::GoldenCase>
{
protected:
    void SetUp() override
    {
        if (!Sqlite3Cli::isAvailable())
            return test::missingTool("sqlite3");
    }
};

struct Outcome
{
    QString error; ///< empty when every statement ran
    QString foreignKeyProblems;
    QString schema;           ///< normalized schema after the migration
    QString freshSchema;      ///< ... of a fresh database of the new version
    QStringList countsBefore; ///< surviving tables' row counts, under their new names
    QStringList countsAfter;
    QString probe;         ///< the case's probe query's output on the migrated database
    QString expectedProbe; ///< ... when the migration is right

    bool isCorrect() const
    {
        return error.isEmpty() && foreignKeyProblems.isEmpty() && schema == freshSchema &&
               countsBefore == countsAfter && probe == expectedProbe;
    }
};

/// Creates `before`, inserts the case's rows, runs @p migration and looks at the result.
Outcome apply(const test::GoldenCase &c, const QString &migration, SqlDialect dialect = SqlDialect::Classic)
{
    QStringList kept;    // tables of `before` that survive, by their old name
    QStringList renamed; // ... and by their new name
    for (const model::Table &t : c.before.tables) {
        const QString now = renamedTable(c.renames, t.name);
        if (c.after.tableNamed(now)) {
            kept << t.name;
            renamed << now;
        }
    }
    const Sqlite3Cli::Output migrated =
        Sqlite3Cli::run(sqlFor({}, c.before, {}, dialect) + c.seedSql + Sqlite3Cli::marker(QStringLiteral("before")) +
                        Sqlite3Cli::rowCountsSql(kept) + Sqlite3Cli::marker(QStringLiteral("migration")) + migration +
                        Sqlite3Cli::marker(QStringLiteral("check")) + QStringLiteral("PRAGMA foreign_key_check;\n") +
                        Sqlite3Cli::marker(QStringLiteral("schema")) + Sqlite3Cli::normalizedSchemaSql() +
                        Sqlite3Cli::marker(QStringLiteral("after")) + Sqlite3Cli::rowCountsSql(renamed) +
                        Sqlite3Cli::marker(QStringLiteral("probe")) + c.probeSql);
    const Sqlite3Cli::Output fresh = Sqlite3Cli::run(
        freshSqlFor(c, dialect) + Sqlite3Cli::marker(QStringLiteral("schema")) + Sqlite3Cli::normalizedSchemaSql());
    Outcome outcome;
    outcome.error = migrated.error + fresh.error;
    const auto sections = migrated.sections();
    outcome.foreignKeyProblems = sections.value(QStringLiteral("check"));
    outcome.schema = sections.value(QStringLiteral("schema"));
    outcome.freshSchema = fresh.sections().value(QStringLiteral("schema"));
    outcome.countsBefore = sections.value(QStringLiteral("before")).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < outcome.countsBefore.size() && i < kept.size(); ++i)
        outcome.countsBefore[i] = renamed[i] + outcome.countsBefore[i].mid(kept[i].size());
    outcome.countsAfter = sections.value(QStringLiteral("after")).split(u'\n', Qt::SkipEmptyParts);
    outcome.probe = sections.value(QStringLiteral("probe"));
    outcome.expectedProbe = c.probeOutput;
    return outcome;
}

// The migration (drizzle-kit's where it is right, Tablewright's correction where it is not) runs on a database
// holding rows, keeps them, and leaves exactly the schema a fresh database of the new version has.
TEST_P(GoldenApply, MigrationKeepsRowsAndReachesTheNewSchema)
{
    const test::GoldenCase &c = GetParam();
    const Outcome outcome = apply(c, sqlFor(c.before, c.after, c.renames));
    ASSERT_EQ(outcome.error.toStdString(), "");
    EXPECT_EQ(outcome.foreignKeyProblems.toStdString(), "");
    EXPECT_EQ(outcome.schema.toStdString(), outcome.freshSchema.toStdString());
    EXPECT_EQ(outcome.countsBefore, outcome.countsAfter);
    EXPECT_EQ(outcome.probe.toStdString(), outcome.expectedProbe.toStdString());
}

// Where the corrected golden replaces drizzle-kit's, drizzle-kit's own SQL fails, loses rows or misses the schema.
class ReplacedGoldenApply : public GoldenApply
{
};

TEST_P(ReplacedGoldenApply, DrizzleKitsSqlIsWrong)
{
    const test::GoldenCase &c = GetParam();
    ASSERT_TRUE(c.drizzleIsWrong);
    const QByteArray drizzle = test::readData(QStringLiteral("migrations-golden/%1/expected.sql").arg(c.name));
    EXPECT_FALSE(apply(c, QString::fromUtf8(drizzle)).isCorrect());
}

// The same for the V1 dialect (drizzle-kit 1.0's text, Tablewright's correction where rc.5 is wrong).
class GoldenApplyV1 : public ::testing::TestWithParam<test::V1GoldenCase>
{
protected:
    void SetUp() override
    {
        if (!Sqlite3Cli::isAvailable())
            return test::missingTool("sqlite3");
    }
};

TEST_P(GoldenApplyV1, MigrationKeepsRowsAndReachesTheNewSchema)
{
    const test::GoldenCase &c = GetParam().golden;
    const Outcome outcome = apply(c, sqlFor(c.before, c.after, c.renames, SqlDialect::V1), SqlDialect::V1);
    ASSERT_EQ(outcome.error.toStdString(), "");
    EXPECT_EQ(outcome.foreignKeyProblems.toStdString(), "");
    EXPECT_EQ(outcome.schema.toStdString(), outcome.freshSchema.toStdString());
    EXPECT_EQ(outcome.countsBefore, outcome.countsAfter);
    EXPECT_EQ(outcome.probe.toStdString(), outcome.expectedProbe.toStdString());
}

class ReplacedGoldenApplyV1 : public GoldenApplyV1
{
};

TEST_P(ReplacedGoldenApplyV1, DrizzleKit1sSqlIsWrong)
{
    const test::V1GoldenCase &c = GetParam();
    ASSERT_FALSE(c.rc5IsWrong.isEmpty());
    const QByteArray drizzle =
        test::readData(QStringLiteral("migrations-golden-v1/%1/expected.sql").arg(c.golden.name));
    EXPECT_FALSE(apply(c.golden, QString::fromUtf8(drizzle), SqlDialect::V1).isCorrect()) << c.rc5IsWrong.toStdString();
}

// Dropping a parent's column that carries an inline UNIQUE makes rc.5 rebuild the parent: inside a transaction (D1,
// drizzle's migrator) foreign keys stay on and the rebuild empties the CASCADE child. The d1 target keeps the rows.
TEST(GoldenApplyV1D1, DroppingAParentsUniqueColumnKeepsTheChildRowsInATransaction)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    const auto all = test::v1GoldenCases();
    const auto found = std::find_if(all.cbegin(), all.cend(), [](const test::V1GoldenCase &c) {
        return c.golden.name == QLatin1String("v1_unique_column_of_parent_dropped");
    });
    ASSERT_NE(found, all.cend());
    const test::GoldenCase &c = found->golden;
    const DiffOptions options = optionsFor(c.renames, SqlDialect::V1);
    const migrations::SchemaDefinition before = migrations::schemaDefinition(c.before, SqlDialect::V1);
    const QString d1 = migrations::TargetMigrationWriter::migrationText(
        migrations::diff(before, migrations::schemaDefinition(c.after, SqlDialect::V1), options), before,
        model::ProjectSettings::Target::D1, SqlDialect::V1);
    const auto inTransaction = [](const QString &sql) {
        return QStringLiteral("BEGIN;\n") + sql + QStringLiteral("\nCOMMIT;\n");
    };
    const Outcome safe = apply(c, inTransaction(d1), SqlDialect::V1);
    EXPECT_TRUE(safe.isCorrect()) << safe.error.toStdString() << safe.countsAfter.join(u' ').toStdString();
    const QByteArray drizzle = test::readData(QStringLiteral("migrations-golden-v1/%1/expected.sql").arg(c.name));
    const Outcome lossy = apply(c, inTransaction(QString::fromUtf8(drizzle)), SqlDialect::V1);
    EXPECT_NE(lossy.countsBefore, lossy.countsAfter) << "rc.5's rebuild cascades into posts inside a transaction";
}

std::vector<test::V1GoldenCase> replacedV1Cases()
{
    std::vector<test::V1GoldenCase> cases;
    for (const test::V1GoldenCase &c : test::v1GoldenCases()) {
        if (!c.rc5IsWrong.isEmpty())
            cases.push_back(c);
    }
    return cases;
}

std::string v1CaseName(const ::testing::TestParamInfo<test::V1GoldenCase> &info)
{
    return info.param.golden.name.toStdString();
}

std::string caseName(const ::testing::TestParamInfo<test::GoldenCase> &info)
{
    return info.param.name.toStdString();
}

std::vector<test::GoldenCase> replacedCases()
{
    std::vector<test::GoldenCase> cases;
    for (const test::GoldenCase &c : test::goldenCases()) {
        if (c.drizzleIsWrong)
            cases.push_back(c);
    }
    return cases;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Cases, GoldenApply, ::testing::ValuesIn(test::goldenCases()), caseName);
INSTANTIATE_TEST_SUITE_P(Cases, ReplacedGoldenApply, ::testing::ValuesIn(replacedCases()), caseName);
INSTANTIATE_TEST_SUITE_P(Cases, GoldenApplyV1, ::testing::ValuesIn(test::v1GoldenCases()), v1CaseName);
INSTANTIATE_TEST_SUITE_P(Cases, ReplacedGoldenApplyV1, ::testing::ValuesIn(replacedV1Cases()), v1CaseName);
