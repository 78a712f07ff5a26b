// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotcolumn.h"

#include "migrations/json/jsontext.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::migrations::JsonValue;
using tw::migrations::SnapshotColumn;
using tw::model::ColumnDefault;
using Owner = SnapshotColumn::Owner;

namespace {

tw::model::Column withDefault(const ColumnDefault &value, tw::model::DrizzleMode mode = tw::model::DrizzleMode::None)
{
    tw::model::Column column;
    column.name = QStringLiteral("c");
    column.mode = mode;
    column.defaultValue = value;
    return column;
}

} // namespace

TEST(SnapshotColumn, StringDefaultsDoubleQuotesInTablesButNotInViews)
{
    const ColumnDefault value = ColumnDefault::string(QStringLiteral("it's"));
    EXPECT_EQ(SnapshotColumn::defaultToJson(withDefault(value), Owner::Table)->toString(), QStringLiteral("'it''s'"));
    EXPECT_EQ(SnapshotColumn::defaultToJson(withDefault(value), Owner::View)->toString(), QStringLiteral("'it's'"));
}

TEST(SnapshotColumn, NumberDefaultsAreJsonNumbersInJavaScriptNotation)
{
    const auto json =
        SnapshotColumn::defaultToJson(withDefault(ColumnDefault::number(QStringLiteral("1.50"))), Owner::Table);
    ASSERT_TRUE(json && json->isNumber());
    EXPECT_EQ(tw::migrations::JsonText::stringify(*json), QByteArray("1.5"));
    EXPECT_FALSE(
        SnapshotColumn::defaultToJson(withDefault(ColumnDefault::number(QStringLiteral("1e999"))), Owner::Table)
            .has_value());
}

TEST(SnapshotColumn, DefaultsReadBackAsTheyWereWritten)
{
    for (const ColumnDefault &value :
         {ColumnDefault::number(QStringLiteral("-2.5")), ColumnDefault::boolean(false),
          ColumnDefault::string(QStringLiteral("a''b ' c")), ColumnDefault::string(QString()),
          ColumnDefault::expression(QStringLiteral("(unixepoch())"))}) {
        const auto json = SnapshotColumn::defaultToJson(withDefault(value), Owner::Table);
        ASSERT_TRUE(json.has_value());
        EXPECT_EQ(SnapshotColumn::defaultFromJson(*json, Owner::Table), value) << value.text().toStdString();
    }
}

TEST(SnapshotColumn, QuotedTextThatIsNotOneLiteralIsAnExpression)
{
    EXPECT_EQ(SnapshotColumn::defaultFromJson(JsonValue(QStringLiteral("'a'||'b'")), Owner::Table),
              ColumnDefault::expression(QStringLiteral("'a'||'b'")));
    EXPECT_EQ(SnapshotColumn::defaultFromJson(JsonValue(QStringLiteral("'a''b'")), Owner::Table),
              ColumnDefault::string(QStringLiteral("a'b")));
}

TEST(SnapshotColumn, JsonValueDefaultsKeepDrizzleKitsUndoubledQuote)
{
    const ColumnDefault value = ColumnDefault::string(QStringLiteral(R"({"note":"it's","n":[1,0.5]})"));
    const QString drizzleKits = QStringLiteral(R"('{"note":"it's","n":[1,0.5]}')");
    EXPECT_EQ(SnapshotColumn::defaultToJson(withDefault(value, tw::model::DrizzleMode::Json), Owner::Table)->toString(),
              drizzleKits);
    EXPECT_EQ(SnapshotColumn::defaultToJson(withDefault(value), Owner::Table)->toString(),
              QStringLiteral(R"('{"note":"it''s","n":[1,0.5]}')"))
        << "a string on a plain text column is a string: drizzle-kit doubles its quote";
    EXPECT_EQ(SnapshotColumn::defaultFromJson(JsonValue(drizzleKits), Owner::Table), value);
    EXPECT_EQ(SnapshotColumn::defaultFromJson(JsonValue(QStringLiteral(R"('["it's"]')")), Owner::Table),
              ColumnDefault::string(QStringLiteral(R"(["it's"])")));
    EXPECT_EQ(SnapshotColumn::defaultFromJson(JsonValue(QStringLiteral("'it's'")), Owner::Table),
              ColumnDefault::expression(QStringLiteral("'it's'")))
        << "only JSON is written undoubled; anything else is someone's SQL, kept as written";
}

TEST(SnapshotColumn, NullArrayAndObjectAreNotDefaults)
{
    EXPECT_FALSE(SnapshotColumn::defaultFromJson(JsonValue(), Owner::Table).has_value());
    EXPECT_FALSE(SnapshotColumn::defaultFromJson(JsonValue::array(), Owner::Table).has_value());
    EXPECT_FALSE(SnapshotColumn::defaultFromJson(JsonValue::object(), Owner::View).has_value());
}

TEST(SnapshotColumn, KeyOrderIsDrizzlesWithGeneratedBeforeDefault)
{
    tw::model::Column c;
    c.name = QStringLiteral("g");
    c.type = tw::model::SqlType::Text;
    c.length = 20;
    c.generated = tw::model::GeneratedColumn{QStringLiteral("a || b"), tw::model::GeneratedColumn::Storage::Virtual};
    c.defaultValue = ColumnDefault::string(QStringLiteral("x"));
    const auto json = SnapshotColumn::toJson(c, Owner::Table);
    ASSERT_TRUE(json.ok());
    EXPECT_EQ(
        tw::migrations::JsonText::stringify(json.value()),
        QByteArray("{\n  \"name\": \"g\",\n  \"type\": \"text(20)\",\n  \"primaryKey\": false,\n  \"notNull\": false,\n"
                   "  \"autoincrement\": false,\n  \"generated\": {\n    \"as\": \"(a || b)\",\n    \"type\": "
                   "\"virtual\"\n  },\n"
                   "  \"default\": \"'x'\"\n}"));
}
