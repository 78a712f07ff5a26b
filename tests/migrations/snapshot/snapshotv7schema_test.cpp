// SPDX-License-Identifier: GPL-3.0-or-later
// A v7 snapshot imported into a project Schema (SnapshotV7SchemaReader) describes the same database: building its
// definitions again in the V1 dialect and writing them gives rc.5's bytes, so the project's next generate is empty.
#include "migrations/diff/differ.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7schemareader.h"
#include "model/schema/importedschema.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>

#include <algorithm>

using namespace tw::migrations;

namespace {

QStringList goldenCases()
{
    QStringList cases;
    const QDir root(tw::test::dataPath(QStringLiteral("snapshot-golden-v1")));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(root.filePath(name + QStringLiteral("/snapshot.json"))))
            cases << name;
    }
    return cases;
}

SnapshotV7 golden(const QString &name)
{
    const auto read =
        SnapshotV7Reader::read(tw::test::readData(QStringLiteral("snapshot-golden-v1/%1/snapshot.json").arg(name)));
    EXPECT_TRUE(read.ok()) << read.error().toStdString();
    return read.ok() ? read.value() : SnapshotV7{};
}

tw::model::Schema imported(const SnapshotV7 &snapshot)
{
    auto schema = SnapshotV7SchemaReader::toSchema(snapshot.ddl);
    EXPECT_TRUE(schema.ok()) << schema.error().toStdString();
    if (!schema.ok())
        return {};
    tw::model::prepareImportedSchema(schema.value()); // what import does before saving the project
    return schema.value();
}

/// @p items ordered as @p order holds the same names (others after them, as they were).
template<typename T>
QList<T> inOrderOf(const QList<T> &items, const QList<T> &order)
{
    QList<T> sorted;
    for (const T &wanted : order) {
        for (const T &item : items) {
            if (item.name == wanted.name)
                sorted << item;
        }
    }
    for (const T &item : items) {
        if (!std::any_of(order.cbegin(), order.cend(), [&item](const T &o) { return o.name == item.name; }))
            sorted << item;
    }
    return sorted;
}

/// @p ddl written as @p snapshot's next state. Two orders are left out of the comparison because the snapshot does
/// not record what decides them: tables and views are ordered by their schema.ts export names (an imported project
/// names its exports after the SQL names), and a table's unnamed one-column foreign key comes before the named ones
/// whether schema.ts declared it on the column or the table (the model holds both as the column's `.references()`).
/// And one loss: a column's named `.unique('x')` is held as a table's `unique('x')` (same SQL and name), which the
/// snapshot lists among the table-level ones.
QByteArray rewritten(const SnapshotV7 &snapshot, SchemaDefinition ddl)
{
    ddl.tables = inOrderOf(ddl.tables, snapshot.ddl.tables);
    ddl.views = inOrderOf(ddl.views, snapshot.ddl.views);
    for (qsizetype i = 0; i < ddl.tables.size() && i < snapshot.ddl.tables.size(); ++i) {
        TableDefinition &table = ddl.tables[i];
        table.foreignKeys = inOrderOf(table.foreignKeys, snapshot.ddl.tables[i].foreignKeys);
        for (const UniqueDefinition &theirs : snapshot.ddl.tables[i].uniques) {
            for (UniqueDefinition &ours : table.uniques) {
                if (ours.name == theirs.name && theirs.fromColumn && theirs.nameExplicit)
                    ours.fromColumn = true;
            }
        }
    }
    SnapshotV7 copy = snapshot;
    copy.ddl = ddl;
    return SnapshotV7Writer::write(copy);
}

class ImportedSnapshotV7 : public testing::TestWithParam<QString>
{
};

TEST_P(ImportedSnapshotV7, ContinuingTheFolderGivesRc5sBytes)
{
    const SnapshotV7 snapshot = golden(GetParam());
    DiffOptions options;
    options.dialect = SqlDialect::V1;
    const SchemaDefinition next = continuedDefinition(snapshot.ddl, imported(snapshot), options);
    EXPECT_EQ(rewritten(snapshot, next), SnapshotV7Writer::write(snapshot));
}

/// The cases whose snapshot performed no rename: the names a rename inherits come back only through
/// continuedDefinition (the test above), not from the schema alone.
class ImportedSnapshotV7WithoutRenames : public testing::TestWithParam<QString>
{
};

TEST_P(ImportedSnapshotV7WithoutRenames, RebuildingItsDefinitionGivesRc5sBytes)
{
    const SnapshotV7 snapshot = golden(GetParam());
    EXPECT_EQ(rewritten(snapshot, schemaDefinition(imported(snapshot), SqlDialect::V1)),
              SnapshotV7Writer::write(snapshot));
}

TEST_P(ImportedSnapshotV7, ImportingTwiceGivesEqualSchemas)
{
    const SnapshotV7 snapshot = golden(GetParam());
    EXPECT_EQ(imported(snapshot), imported(snapshot));
}

INSTANTIATE_TEST_SUITE_P(DrizzleKit1, ImportedSnapshotV7, testing::ValuesIn(goldenCases()),
                         [](const testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });
INSTANTIATE_TEST_SUITE_P(DrizzleKit1, ImportedSnapshotV7WithoutRenames, testing::ValuesIn([] {
                             QStringList cases;
                             for (const QString &name : goldenCases())
                                 if (golden(name).renames.isEmpty())
                                     cases << name;
                             return cases;
                         }()),
                         [](const testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

TEST(ImportedSnapshotV7Rules, KeysAndUniquesLandWhereTheModelDeclaresThem)
{
    const tw::model::Schema schema = imported(golden(QStringLiteral("key_declarations")));
    const auto table = [&schema](const char *name) {
        return *schema.tableNamed(QLatin1String(name));
    };
    EXPECT_TRUE(table("alpha").columns[0].primaryKey);
    EXPECT_FALSE(table("alpha").primaryKey.has_value());
    ASSERT_TRUE(table("beta").primaryKey.has_value());
    EXPECT_FALSE(table("beta").columns[0].primaryKey);
    EXPECT_TRUE(table("beta").primaryKey->name.isEmpty());
    ASSERT_TRUE(table("zeta").primaryKey.has_value());
    EXPECT_EQ(table("zeta").primaryKey->name, "zeta_key");
    EXPECT_TRUE(table("gamma").primaryKey->name.isEmpty());
    EXPECT_FALSE(table("epsilon").primaryKey.has_value());
    ASSERT_EQ(table("delta").uniqueConstraints.size(), 1);
    EXPECT_EQ(table("delta").uniqueConstraints[0].name, "delta_z_named");
    EXPECT_TRUE(table("delta").columnNamed(QStringLiteral("y"))->unique);
    // The named column UNIQUE keeps its name as a table-level constraint: same SQL, nothing dropped.
    ASSERT_EQ(table("alpha").uniqueConstraints.size(), 1);
    EXPECT_EQ(table("alpha").uniqueConstraints[0].name, "alpha_code_named");
}

TEST(ImportedSnapshotV7Rules, InheritedNamesAreLeftToTheRules)
{
    const tw::model::Schema schema = imported(golden(QStringLiteral("renames")));
    const tw::model::Table *labels = schema.tableNamed(QStringLiteral("labels"));
    ASSERT_NE(labels, nullptr);
    EXPECT_TRUE(labels->uniqueConstraints.isEmpty());
    EXPECT_TRUE(labels->columnNamed(QStringLiteral("title"))->unique);
}

TEST(ImportedSnapshotV7Rules, AForeignKeyToAMissingTableIsAnError)
{
    SnapshotV7 snapshot = golden(QStringLiteral("renames"));
    ASSERT_FALSE(snapshot.ddl.tables[0].foreignKeys.isEmpty());
    snapshot.ddl.tables[0].foreignKeys[0].targetTable = QStringLiteral("nowhere");
    const auto schema = SnapshotV7SchemaReader::toSchema(snapshot.ddl);
    ASSERT_FALSE(schema.ok());
    EXPECT_TRUE(schema.error().contains(QStringLiteral("\"nowhere\""))) << schema.error().toStdString();
}

} // namespace
