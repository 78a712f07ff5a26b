// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/driftreport.h"
#include "database/introspection/schemaintrospector.h"
#include "migrations/diff/differ.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/schema/importedschema.h"
#include "tests/database/introspection/introspectiondatabase.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::database;
using namespace tw::migrations;
using tw::model::ColumnDefault;
using tw::model::Table;

namespace {

const Table &table(const IntrospectedSchema &result, const QString &name)
{
    const Table *t = result.schema.tableNamed(name);
    if (!t) {
        ADD_FAILURE() << "no table " << name.toStdString();
        static const Table none;
        return none;
    }
    return *t;
}

const tw::model::Column &column(const Table &t, const QString &name)
{
    const tw::model::Column *c = t.columnNamed(name);
    if (!c) {
        ADD_FAILURE() << "no column " << name.toStdString() << " in " << t.name.toStdString();
        static const tw::model::Column none;
        return none;
    }
    return *c;
}

bool hasWarning(const IntrospectedSchema &result, const QString &part)
{
    for (const QString &w : result.warnings) {
        if (w.contains(part))
            return true;
    }
    return false;
}

class AwkwardSchema : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("awkward.sqlite"));
        tw::test::createDatabase(path, QString::fromUtf8(tw::test::readData(QStringLiteral("introspect/awkward.sql"))));
        auto read = SchemaIntrospector::read(path);
        ASSERT_TRUE(read.ok()) << read.error().toStdString();
        result = read.value();
    }

    QTemporaryDir dir;
    QString path;
    IntrospectedSchema result;
};

} // namespace

TEST_F(AwkwardSchema, InternalTablesAreSkippedAndOddNamesSurvive)
{
    QStringList names;
    for (const Table &t : result.schema.tables)
        names << t.name;
    EXPECT_EQ(names, QStringList({"order", "order_lines", "badges"}));
    const Table &order = table(result, QStringLiteral("order"));
    QStringList columns;
    for (const tw::model::Column &c : order.columns)
        columns << c.name;
    EXPECT_EQ(columns, QStringList({"id", "say \"hi\"", "back`tick", QStringLiteral("größe"), "flag", "parent_id",
                                    "total", "label", "note"}));
}

TEST_F(AwkwardSchema, ColumnsKeepKeysDefaultsAndGeneratedExpressions)
{
    const Table &order = table(result, QStringLiteral("order"));
    EXPECT_TRUE(column(order, QStringLiteral("id")).primaryKey);
    EXPECT_TRUE(column(order, QStringLiteral("id")).autoincrement);
    EXPECT_EQ(column(order, QStringLiteral("say \"hi\"")).defaultValue,
              ColumnDefault::string(QStringLiteral("it's, (really) fine")));
    EXPECT_TRUE(column(order, QStringLiteral("say \"hi\"")).notNull);
    EXPECT_EQ(column(order, QStringLiteral("back`tick")).defaultValue,
              ColumnDefault::expression(QStringLiteral("(unixepoch())")));
    EXPECT_EQ(column(order, QStringLiteral("größe")).defaultValue, ColumnDefault::number(QStringLiteral("-2.5")));
    EXPECT_EQ(column(order, QStringLiteral("größe")).type, tw::model::SqlType::Real);
    EXPECT_EQ(column(order, QStringLiteral("flag")).defaultValue, ColumnDefault::boolean(true));
    const auto total = column(order, QStringLiteral("total")).generated;
    ASSERT_TRUE(total.has_value());
    EXPECT_EQ(total->expression, QStringLiteral("\"größe\" * 2"));
    EXPECT_EQ(total->storage, tw::model::GeneratedColumn::Storage::Stored);
    const auto label = column(order, QStringLiteral("label")).generated;
    ASSERT_TRUE(label.has_value());
    EXPECT_EQ(label->expression, QStringLiteral("upper(\"say \"\"hi\"\"\")"));
    EXPECT_EQ(label->storage, tw::model::GeneratedColumn::Storage::Virtual);
    EXPECT_EQ(column(order, QStringLiteral("note")).type, tw::model::SqlType::Text);
    EXPECT_TRUE(hasWarning(result, QStringLiteral("declared type varchar(20) is read as text")));

    const Table &lines = table(result, QStringLiteral("order_lines"));
    ASSERT_TRUE(lines.primaryKey.has_value());
    EXPECT_EQ(lines.columnNames(lines.primaryKey->columns), QStringList({"order_id", "line"}));
    const Table &badges = table(result, QStringLiteral("badges"));
    ASSERT_TRUE(badges.primaryKey.has_value()) << "a key without NOT NULL is table-level, as in snapshots";
    EXPECT_EQ(badges.columnNames(badges.primaryKey->columns), QStringList{"code"});
}

TEST_F(AwkwardSchema, ChecksForeignKeysAndIndexes)
{
    const Table &order = table(result, QStringLiteral("order"));
    QStringList checks;
    for (const tw::model::CheckConstraint &c : order.checkConstraints)
        checks << c.name + QStringLiteral(": ") + c.expression;
    EXPECT_EQ(checks, QStringList({"order_check_1: length(\"note\") < 20",
                                   "total, positive: \"total\" >= 0 OR \"total\" IS NULL",
                                   "order_check_2: \"flag\" IN (0, 1)"}));
    EXPECT_TRUE(hasWarning(result, QStringLiteral("has no name in the database; it is named \"order_check_1\"")));
    ASSERT_EQ(order.foreignKeys.size(), 1);
    EXPECT_EQ(order.foreignKeys.first().targetTable, order.id);
    EXPECT_EQ(order.foreignKeys.first().onDelete, tw::model::ReferentialAction::SetNull);
    EXPECT_TRUE(column(order, QStringLiteral("flag")).unique);
    ASSERT_EQ(order.indexes.size(), 1);
    const tw::model::Index &expressionIndex = order.indexes.first();
    EXPECT_EQ(expressionIndex.name, QStringLiteral("order_label_uq"));
    EXPECT_TRUE(expressionIndex.unique);
    ASSERT_EQ(expressionIndex.parts.size(), 2);
    EXPECT_EQ(expressionIndex.parts[0].expression, QStringLiteral("lower(\"say \"\"hi\"\"\")"));
    EXPECT_EQ(expressionIndex.parts[1].expression, QStringLiteral("`back``tick` DESC"));

    const Table &lines = table(result, QStringLiteral("order_lines"));
    ASSERT_EQ(lines.foreignKeys.size(), 1);
    EXPECT_EQ(lines.foreignKeys.first().onUpdate, tw::model::ReferentialAction::Cascade);
    EXPECT_EQ(lines.foreignKeys.first().onDelete, tw::model::ReferentialAction::Cascade);
    EXPECT_TRUE(hasWarning(result, QStringLiteral("foreign key names (lines_order_fk) are not kept")));
    EXPECT_TRUE(
        hasWarning(result, QStringLiteral("table \"order_lines\": DEFERRABLE foreign keys are imported as immediate")));
    EXPECT_TRUE(hasWarning(result, QStringLiteral("column \"sku\": COLLATE NOCASE is not kept")));
    ASSERT_EQ(lines.uniqueConstraints.size(), 1);
    EXPECT_EQ(lines.columnNames(lines.uniqueConstraints.first().columns), QStringList({"order_id", "sku"}));
    ASSERT_EQ(lines.indexes.size(), 1);
    EXPECT_EQ(lines.indexes.first().where, QStringLiteral("qty > 0"));
    EXPECT_TRUE(column(table(result, QStringLiteral("badges")), QStringLiteral("title")).unique);
}

TEST_F(AwkwardSchema, ViewsAndTriggers)
{
    ASSERT_EQ(result.schema.views.size(), 1);
    const tw::model::View &view = result.schema.views.first();
    EXPECT_EQ(view.name, QStringLiteral("big orders"));
    EXPECT_EQ(view.definition, QStringLiteral("SELECT \"id\", \"total\" FROM \"order\" WHERE \"total\" > 100"));
    ASSERT_EQ(view.columns.size(), 2);
    EXPECT_EQ(view.columns[1].type, tw::model::SqlType::Real);
    EXPECT_TRUE(hasWarning(result, QStringLiteral("trigger \"order_touch\" on \"order\" is not imported")));
}

TEST_F(AwkwardSchema, ReadingWritesNothingAndKeepsNoLock)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    ASSERT_TRUE(SchemaIntrospector::read(path).ok());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    const tw::test::SqliteFile writer(path);
    EXPECT_TRUE(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    EXPECT_TRUE(writer.exec(QStringLiteral("ROLLBACK")));
}

TEST(SchemaIntrospector, NotADatabaseIsAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("just some text, definitely not a database file\n").repeated(100));
    file.close();
    EXPECT_FALSE(SchemaIntrospector::hasSqliteHeader(path));
    const auto read = SchemaIntrospector::read(path);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().contains(path)) << read.error().toStdString();
    EXPECT_FALSE(SchemaIntrospector::read(dir.filePath(QStringLiteral("missing.sqlite"))).ok());
}

/// Every drizzle-kit golden: migrated with Tablewright's SQL, the database reads back as the snapshot.
class SnapshotRoundTrip : public ::testing::TestWithParam<QString>
{
};

TEST_P(SnapshotRoundTrip, DatabaseMigratedFromASnapshotReadsBackAsIt)
{
    auto snapshot =
        SnapshotReader::read(tw::test::readData(QStringLiteral("drizzle/snapshots/%1/snapshot.json").arg(GetParam())));
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    // Prepared as `import` prepares it: drizzle-kit's unescaped JSON default becomes the string it meant.
    tw::model::Schema expected = snapshot.value().schema;
    tw::model::prepareImportedSchema(expected);
    // SQLite keeps no foreign key names (drizzle writes none into the SQL): a custom one cannot come back.
    for (tw::model::Table &t : expected.tables) {
        for (tw::model::ForeignKey &fk : t.foreignKeys)
            fk.name.clear();
    }
    DiffOptions names;
    names.matching = DiffOptions::Matching::NamesOnly;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    tw::test::createDatabase(path, SqliteMigrationWriter::migrationText(diff(tw::model::Schema{}, expected, names)));
    ASSERT_TRUE(SchemaIntrospector::hasSqliteHeader(path));
    auto read = SchemaIntrospector::read(path);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    tw::model::prepareImportedSchema(read.value().schema);
    const MigrationPlan plan = diff(expected, read.value().schema, names);
    EXPECT_TRUE(plan.isEmpty()) << SqliteMigrationWriter::migrationText(plan).toStdString();
    const DriftReport drift = DriftReport::compare(expected, read.value().schema);
    EXPECT_TRUE(drift.isInSync()) << drift.text().toStdString();
    for (const QString &warning : read.value().warnings)
        EXPECT_TRUE(warning.contains(QStringLiteral("no declared type")))
            << warning.toStdString(); // a view's expression
}

INSTANTIATE_TEST_SUITE_P(DrizzleGoldens, SnapshotRoundTrip,
                         ::testing::Values(QStringLiteral("column_types"), QStringLiteral("constraints"),
                                           QStringLiteral("defaults"), QStringLiteral("generated_and_checks"),
                                           QStringLiteral("guide_example"), QStringLiteral("indexes"),
                                           QStringLiteral("names"), QStringLiteral("views")),
                         [](const auto &testInfo) { return testInfo.param.toStdString(); });
