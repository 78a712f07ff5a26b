// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/snapshot/goldensnapshots.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotwriter.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using namespace tw::model;

namespace {

QByteArray written(const Snapshot &snapshot,
                   SnapshotWriter::TableOrder order = SnapshotWriter::TableOrder::ByExportName)
{
    const auto result = SnapshotWriter::write(snapshot, order);
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : QByteArray();
}

Snapshot oneTable(Table table)
{
    Snapshot s;
    s.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    s.prevId = Snapshot::originId();
    s.schema.tables << std::move(table);
    return s;
}

Column column(const QString &id, const QString &name, SqlType type = SqlType::Integer)
{
    Column c;
    c.id = Id(id);
    c.name = name;
    c.type = type;
    return c;
}

} // namespace

TEST(SnapshotWriter, HandBuiltGuideExampleEqualsDrizzleKitsSnapshot)
{
    EXPECT_EQ(written(tw::test::handBuiltGuideExample()), tw::test::goldenSnapshot(QStringLiteral("guide_example")));
}

TEST(SnapshotWriter, HandBuiltConstraintsEqualDrizzleKitsSnapshot)
{
    EXPECT_EQ(written(tw::test::handBuiltConstraints()), tw::test::goldenSnapshot(QStringLiteral("constraints")));
}

TEST(SnapshotWriter, HandBuiltIndexesEqualDrizzleKitsSnapshot)
{
    EXPECT_EQ(written(tw::test::handBuiltIndexes()), tw::test::goldenSnapshot(QStringLiteral("indexes")));
}

TEST(SnapshotWriter, HandBuiltDefaultsEqualDrizzleKitsSnapshot)
{
    EXPECT_EQ(written(tw::test::handBuiltDefaults()), tw::test::goldenSnapshot(QStringLiteral("defaults")));
}

TEST(SnapshotWriter, TablesAreSortedByExportNameNotByTableName)
{
    Snapshot s = oneTable(Table{});
    s.schema.tables.clear();
    for (const auto &[name, ts] :
         {std::pair{"a_table", "zebra"}, std::pair{"b_table", "Upper"}, std::pair{"c_table", "mid"}}) {
        Table t;
        t.id = Id(QString::fromLatin1(name));
        t.name = QString::fromLatin1(name);
        t.tsName = QString::fromLatin1(ts);
        s.schema.tables << t;
    }
    const auto json = SnapshotWriter::toJson(s);
    ASSERT_TRUE(json.ok());
    // Byte order: "Upper" < "mid" < "zebra".
    EXPECT_EQ(json.value().find(QStringLiteral("tables"))->keys(),
              (QStringList{QStringLiteral("b_table"), QStringLiteral("c_table"), QStringLiteral("a_table")}));
    const auto asGiven = SnapshotWriter::toJson(s, SnapshotWriter::TableOrder::AsInSchema);
    EXPECT_EQ(asGiven.value().find(QStringLiteral("tables"))->keys(),
              (QStringList{QStringLiteral("a_table"), QStringLiteral("b_table"), QStringLiteral("c_table")}));
}

TEST(SnapshotWriter, OutputHasNoTrailingNewlineAndFixedTopLevelKeyOrder)
{
    const QByteArray text =
        written(oneTable(Table{Id(QStringLiteral("t")), QStringLiteral("t"), {}, {}, {}, {}, {}, {}, {}, {}}));
    EXPECT_FALSE(text.endsWith('\n'));
    const auto json = JsonText::parse(text);
    ASSERT_TRUE(json.ok());
    EXPECT_EQ(json.value().keys(),
              (QStringList{QStringLiteral("version"), QStringLiteral("dialect"), QStringLiteral("id"),
                           QStringLiteral("prevId"), QStringLiteral("tables"), QStringLiteral("views"),
                           QStringLiteral("enums"), QStringLiteral("_meta"), QStringLiteral("internal")}));
}

TEST(SnapshotWriter, ColumnPrimaryKeyImpliesNotNullButTableLevelSingleKeyDoesNot)
{
    Table t;
    t.id = Id(QStringLiteral("t"));
    t.name = QStringLiteral("t");
    Column own = column(QStringLiteral("a"), QStringLiteral("a"));
    own.primaryKey = true;
    t.columns << own;
    const auto first = SnapshotWriter::toJson(oneTable(t));
    const JsonValue *a = first.value()
                             .find(QStringLiteral("tables"))
                             ->find(QStringLiteral("t"))
                             ->find(QStringLiteral("columns"))
                             ->find(QStringLiteral("a"));
    EXPECT_TRUE(a->find(QStringLiteral("notNull"))->toBool());

    t.columns.first().primaryKey = false;
    t.primaryKey = PrimaryKey{Id(QStringLiteral("pk")), {}, {Id(QStringLiteral("a"))}};
    const auto second = SnapshotWriter::toJson(oneTable(t));
    const JsonValue *b = second.value()
                             .find(QStringLiteral("tables"))
                             ->find(QStringLiteral("t"))
                             ->find(QStringLiteral("columns"))
                             ->find(QStringLiteral("a"));
    EXPECT_TRUE(b->find(QStringLiteral("primaryKey"))->toBool());
    EXPECT_FALSE(b->find(QStringLiteral("notNull"))->toBool());
    EXPECT_EQ(second.value()
                  .find(QStringLiteral("tables"))
                  ->find(QStringLiteral("t"))
                  ->find(QStringLiteral("compositePrimaryKeys"))
                  ->size(),
              0);
}

TEST(SnapshotWriter, RenamesAreWrittenAsQuotedKeysInMeta)
{
    Snapshot s = oneTable(Table{Id(QStringLiteral("t")), QStringLiteral("people"), {}, {}, {}, {}, {}, {}, {}, {}});
    s.renames.tables << SnapshotRenames::TableRename{QStringLiteral("persons"), QStringLiteral("people")};
    s.renames.columns << SnapshotRenames::ColumnRename{QStringLiteral("people"), QStringLiteral("fname"),
                                                       QStringLiteral("people"), QStringLiteral("first_name")};
    const QByteArray text = written(s);
    EXPECT_TRUE(text.contains(
        "\"_meta\": {\n    \"schemas\": {},\n    \"tables\": {\n      \"\\\"persons\\\"\": \"\\\"people\\\"\"\n    },\n"
        "    \"columns\": {\n      \"\\\"people\\\".\\\"fname\\\"\": \"\\\"people\\\".\\\"first_name\\\"\"\n    }\n  "
        "}"))
        << text.toStdString();
    const auto back = SnapshotReader::read(text);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(back.value().renames, s.renames);
}

TEST(SnapshotWriter, MissingColumnReferenceIsAnError)
{
    Table t;
    t.id = Id(QStringLiteral("t"));
    t.name = QStringLiteral("t");
    t.columns << column(QStringLiteral("a"), QStringLiteral("a"));
    t.indexes << Index{
        Id(QStringLiteral("i")), QStringLiteral("t_idx"), false, {IndexPart::ofColumn(Id(QStringLiteral("gone")))}, {}};
    const auto result = SnapshotWriter::write(oneTable(t));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QLatin1String("t_idx"))) << result.error().toStdString();
}

TEST(SnapshotWriter, NumberDefaultThatIsNotANumberIsAnError)
{
    Table t;
    t.id = Id(QStringLiteral("t"));
    t.name = QStringLiteral("t");
    Column c = column(QStringLiteral("a"), QStringLiteral("a"));
    c.defaultValue = ColumnDefault::number(QStringLiteral("twelve"));
    t.columns << c;
    EXPECT_FALSE(SnapshotWriter::write(oneTable(t)).ok());
}
