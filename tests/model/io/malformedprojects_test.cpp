// SPDX-License-Identifier: GPL-3.0-or-later
// Every file under tests/data/projects/malformed/ has exactly one problem; the reader must refuse it with one
// specific message that names where the problem is.
#include "model/io/projectreader.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace tw::model;

namespace {

struct MalformedCase
{
    const char *file;     ///< under projects/malformed/, without .twproj
    const char *expected; ///< a substring of the error, including the JSON path or the position
};

void PrintTo(const MalformedCase &c, std::ostream *os)
{
    *os << c.file;
}

class MalformedProject : public testing::TestWithParam<MalformedCase>
{
};

TEST_P(MalformedProject, IsRefusedWithASpecificMessage)
{
    const QString path =
        tw::test::dataPath(QStringLiteral("projects/malformed/%1.twproj").arg(QLatin1String(GetParam().file)));
    const Result<Project> result = ProjectReader::readFile(path);
    ASSERT_FALSE(result.ok()) << "read without error: " << path.toStdString();
    EXPECT_TRUE(result.error().contains(QString::fromUtf8(GetParam().expected)))
        << "expected: " << GetParam().expected << "\n  actual: " << result.error().toStdString();
    EXPECT_FALSE(result.error().contains(u'\n')) << "one line only: " << result.error().toStdString();
}

// clang-format off
const MalformedCase kCases[] = {
    // Syntax and encoding
    {"empty", "the file is empty"},
    {"syntax-missing-value", "line 4, column 2: object is missing after a comma"},
    {"syntax-trailing-comma", "line 11, column 6: object is missing after a comma"},
    {"syntax-garbage-after-root", "line 141, column 1: garbage at the end of the document"},
    {"syntax-unterminated-string", "line 4, column 1: unterminated string"},
    {"non-finite-number", "line 125, column 23: illegal number"},
    {"invalid-utf8", "invalid UTF-8 at byte 3652 (line 113)"},
    {"invalid-utf8-overlong", "invalid UTF-8 at byte 3652 (line 113)"},
    {"invalid-utf8-surrogate", "invalid UTF-8 at byte 3652 (line 113)"},
    {"invalid-utf8-truncated", "invalid UTF-8 at byte 3658 (line 113)"},
    {"root-array", "expected an object at the top level, got an array"},
    {"duplicate-key", "schema.tables[1].name: the key appears more than once in its object"},
    // formatVersion and the top level
    {"missing-format-version", "formatVersion: required key is missing"},
    {"format-version-newer", "formatVersion: this project was written by a newer Tablewright (format 3); this version reads format 1 and older"},
    {"format-version-string", "formatVersion: expected an integer, got \"1\""},
    {"format-version-fraction", "formatVersion: expected an integer, got 1.5"},
    {"format-version-zero", "formatVersion: expected 1 or more, got 0"},
    {"unknown-top-level-key", "comments: unknown key; allowed here: baseline, fills, formatVersion, layout, schema, settings, source"},
    {"missing-settings", "settings: required key is missing"},
    {"schema-not-object", "schema: expected an object, got an array"},
    // Keys, types and enum values
    {"unknown-column-key", "schema.tables[1].columns[2].nullable: unknown key; allowed here: autoincrement, comment, default,"},
    {"missing-column-name", "schema.tables[0].columns[1].name: required key is missing"},
    {"missing-table-columns", "schema.tables[0].columns: required key is missing"},
    {"table-name-not-string", "schema.tables[0].name: expected a string, got 42"},
    {"columns-not-array", "schema.tables[0].columns: expected an array, got an object"},
    {"not-null-not-boolean", "schema.tables[0].columns[1].notNull: expected true or false, got \"yes\""},
    {"comment-null", "schema.tables[1].comment: expected a string, got null"},
    {"invalid-column-type", "schema.tables[1].columns[1].type: expected one of integer, text, real, blob, numeric, got \"varchar\""},
    {"invalid-mode", "schema.tables[1].columns[2].mode: expected one of none, boolean, timestamp, timestamp_ms, json, bigint, got \"date\""},
    {"invalid-on-delete", "schema.tables[1].foreignKeys[0].onDelete: expected one of no action, restrict, cascade, set null, set default, got \"CASCADE\""},
    {"invalid-target", "settings.target: expected one of sqlite, d1, got \"postgres\""},
    {"invalid-tracking", "settings.tracking: expected one of drizzle, d1, got \"wrangler\""},
    {"invalid-procedure-access", "settings.procedureAccess: expected one of auto, protected, public, got \"private\""},
    {"invalid-default-kind", "schema.tables[1].columns[1].default.kind: expected one of number, string, boolean, expression, got \"literal\""},
    {"default-boolean-as-string", "schema.tables[1].columns[1].default.value: expected true or false, got \"true\""},
    {"default-missing-value", "schema.tables[1].columns[1].default.value: required key is missing"},
    {"invalid-generated-storage", "schema.tables[1].columns[3].generated.storage: expected one of virtual, stored, got \"persisted\""},
    {"enum-values-not-strings", "schema.tables[1].columns[1].enumValues[1]: expected a string, got 2"},
    {"index-part-both-keys", "schema.tables[1].indexes[0].parts[0]: expected exactly one of the keys column and expression"},
    {"index-part-no-keys", "schema.tables[1].indexes[0].parts[0]: expected exactly one of the keys column and expression"},
    {"view-missing-definition", "schema.views[0].definition: required key is missing"},
    // Numbers
    {"length-zero", "schema.tables[1].columns[1].length: expected an integer of at least 1, got 0"},
    {"length-negative", "schema.tables[1].columns[1].length: expected an integer of at least 1, got -5"},
    {"length-fraction", "schema.tables[1].columns[1].length: expected an integer, got 2.5"},
    {"length-huge", "schema.tables[1].columns[1].length: expected an integer from 1 to 2147483647, got 10000000000"},
    {"backups-negative", "settings.backupsToKeep: expected an integer of at least 0, got -1"},
    // Ids
    {"invalid-id", "schema.tables[0].id: \"t users\" is not a valid id"},
    {"empty-id", "schema.tables[1].columns[0].id: \"\" is not a valid id"},
    {"id-too-long", "schema.tables[1].checkConstraints[0].id: \"ck.xxxx"},
    {"duplicate-table-id", "schema.tables[1].id: duplicate id \"t.users\", already used by schema.tables[0]"},
    {"duplicate-column-id", "schema.tables[1].columns[0].id: duplicate id \"c.users.id\", already used by schema.tables[0].columns[0]"},
    {"duplicate-id-index-and-column", "schema.tables[1].indexes[0].id: duplicate id \"c.posts.title\", already used by schema.tables[1].columns[1]"},
    {"duplicate-id-view-and-table", "schema.views[0].id: duplicate id \"t.posts\", already used by schema.tables[1]"},
    {"duplicate-id-foreign-key-and-check", "schema.tables[1].checkConstraints[0].id: duplicate id \"fk.posts.author\", already used by schema.tables[1].foreignKeys[0]"},
    // Dangling references
    {"dangling-primary-key-column", "schema.tables[0].primaryKey.columns[1]: no column of the table \"users\" has id \"c.users.nope\""},
    {"dangling-unique-column", "schema.tables[1].uniqueConstraints[0].columns[0]: no column of the table \"posts\" has id \"c.posts.gone\""},
    {"dangling-index-column", "schema.tables[1].indexes[0].parts[0].column: no column of table \"posts\" has id \"c.users.email\""},
    {"dangling-foreign-key-column", "schema.tables[1].foreignKeys[0].columns[0]: no column of the table \"posts\" has id \"c.users.id\""},
    {"dangling-foreign-key-target-table", "schema.tables[1].foreignKeys[0].targetTable: no table has id \"t.authors\""},
    {"dangling-foreign-key-target-column", "schema.tables[1].foreignKeys[0].targetColumns[0]: no column of the target table \"users\" has id \"c.posts.id\""},
    // Layout and baseline
    {"layout-unknown-id", "layout[\"t.gone\"]: no table or view has id \"t.gone\""},
    {"layout-invalid-id-key", "layout[\"t gone\"]: the key \"t gone\" is not a valid id"},
    {"layout-bad-color", "layout[\"t.users\"].color: expected a colour as #rrggbb, got \"red\""},
    {"layout-negative-width", "layout[\"t.posts\"].width: expected 0 or more, got -220"},
    {"layout-x-string", "layout[\"t.posts\"].x: expected a finite number, got \"300\""},
    {"layout-unknown-key", "layout[\"t.posts\"].height: unknown key; allowed here: color, group, width, x, y"},
    {"layout-missing-y", "layout[\"t.posts\"].y: required key is missing"},
    {"baseline-invalid-id-key", "baseline.tables[\"t/old\"]: the key \"t/old\" is not a valid id"},
    {"baseline-table-missing-name", "baseline.tables[\"t.users\"].name: required key is missing"},
    {"baseline-column-name-not-string", "baseline.tables[\"t.users\"].columns[\"c.users.email\"]: expected a string, got false"},
};
// clang-format on

std::string caseName(const testing::TestParamInfo<MalformedCase> &info)
{
    std::string name = info.param.file;
    for (char &c : name) {
        if (c == '-')
            c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, MalformedProject, testing::ValuesIn(kCases), caseName);

} // namespace

TEST(MalformedProjectCorpus, EveryFileHasACase)
{
    const QStringList files = QDir(tw::test::dataPath(QStringLiteral("projects/malformed")))
                                  .entryList({QStringLiteral("*.twproj")}, QDir::Files);
    QStringList listed;
    for (const MalformedCase &c : kCases)
        listed << QLatin1String(c.file) + QStringLiteral(".twproj");
    listed.sort();
    EXPECT_EQ(files, listed);
}

TEST(MalformedProjectCorpus, TheirCommonBaseIsValid)
{
    const Result<Project> result =
        ProjectReader::readFile(tw::test::dataPath(QStringLiteral("projects/valid/corpus-base.twproj")));
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result.value().schema.tables.size(), 2);
    EXPECT_EQ(result.value().schema.tables[1].foreignKeys.first().onDelete, ReferentialAction::Cascade);
    EXPECT_EQ(result.value().layout.items.size(), 2);
}
