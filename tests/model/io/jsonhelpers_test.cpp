// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/jsonbytes.h"
#include "model/io/jsoncursor.h"
#include "model/io/orderedjson.h"
#include "model/json/jsontext.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;
namespace jsonbytes = tw::model::jsonbytes;

TEST(JsonText, PositionCountsLinesAndCharactersNotBytes)
{
    const QByteArray text = "{\n  \"caf\xC3\xA9\": x";
    const auto pos = jsonbytes::positionAt(text, text.indexOf('x'));
    EXPECT_EQ(pos.line, 2);
    EXPECT_EQ(pos.column, 11);
    EXPECT_EQ(jsonbytes::positionAt(text, 0).column, 1);
}

TEST(JsonText, ValidUtf8IncludingFourByteSequencesPasses)
{
    EXPECT_FALSE(jsonbytes::firstInvalidUtf8Byte("plain ascii \xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x99\x82"));
}

TEST(JsonText, InvalidUtf8ReportsTheFirstBadByte)
{
    EXPECT_EQ(jsonbytes::firstInvalidUtf8Byte("ab\xFF"), 2);
    EXPECT_EQ(jsonbytes::firstInvalidUtf8Byte("a\xC0\xAF"), 1);         // overlong '/'
    EXPECT_EQ(jsonbytes::firstInvalidUtf8Byte("a\xED\xA0\x80"), 1);     // UTF-16 surrogate
    EXPECT_EQ(jsonbytes::firstInvalidUtf8Byte("a\xF4\x90\x80\x80"), 1); // above U+10FFFF
    EXPECT_EQ(jsonbytes::firstInvalidUtf8Byte("abc\xE2\x82"), 3);       // cut short at the end
    EXPECT_EQ(jsonbytes::firstInvalidUtf8Byte("\x80"), 0);              // lone continuation byte
}

TEST(JsonText, DuplicateKeysAreFoundWithTheirPath)
{
    EXPECT_EQ(jsonbytes::firstDuplicateKey(R"({"a": 1, "b": [{"x": 1}, {"x": 2, "y": "x", "x": 3}]})"),
              QStringLiteral("b[1].x"));
    EXPECT_EQ(jsonbytes::firstDuplicateKey(R"({"layout": {"t.a": {}, "t.a": {}}})"), QStringLiteral("layout[\"t.a\"]"));
    EXPECT_EQ(jsonbytes::firstDuplicateKey(R"({"a": 1, "\u0061": 2})"), QStringLiteral("a"));
}

TEST(JsonText, EqualKeysInDifferentObjectsAreNotDuplicates)
{
    EXPECT_FALSE(
        jsonbytes::firstDuplicateKey(R"({"id": 1, "o": {"id": 2, "s": "\"id\""}, "a": [{"id": 3}, {"id": 4}]})"));
}

TEST(JsonText, PathsQuoteKeysThatAreNotIdentifiers)
{
    EXPECT_EQ(jsonbytes::appendKey(QString(), QStringLiteral("schema")), QStringLiteral("schema"));
    EXPECT_EQ(jsonbytes::appendKey(QStringLiteral("schema"), QStringLiteral("tables")),
              QStringLiteral("schema.tables"));
    EXPECT_EQ(jsonbytes::appendKey(QStringLiteral("layout"), QStringLiteral("t.users")),
              QStringLiteral("layout[\"t.users\"]"));
    EXPECT_EQ(jsonbytes::appendKey(QStringLiteral("m"), QStringLiteral("2x")), QStringLiteral("m[\"2x\"]"));
}

TEST(JsonCursor, FirstErrorWinsAndNamesThePath)
{
    QString error;
    const JsonValue document = JsonText::parse(R"({"a": {"b": [1, "two"]}})").value();
    const JsonCursor root(&document, QString(), &error);
    int number = 0;
    EXPECT_FALSE(root["a"]["b"].at(1).read(&number));
    EXPECT_FALSE(root["a"].read(&number));
    EXPECT_EQ(error, QStringLiteral("a.b[1]: expected an integer, got \"two\""));
}

TEST(JsonCursor, OptionalKeysKeepTheirDefaultWhenMissing)
{
    QString error;
    const JsonValue document = JsonText::parse(R"({"flag": true})").value();
    const JsonCursor root(&document, QString(), &error);
    bool flag = false;
    QString text = QStringLiteral("default");
    EXPECT_TRUE(root["flag"].readOptional(&flag));
    EXPECT_TRUE(root["text"].readOptional(&text));
    EXPECT_TRUE(flag);
    EXPECT_EQ(text, QStringLiteral("default"));
    EXPECT_TRUE(error.isEmpty());
}

TEST(JsonText, ParseSaysWhetherAKeyWasRepeated)
{
    bool repeated = true;
    const auto value = JsonText::parse(R"({"a": 1, "b": [{"x": 1}, {"x": 2, "y": 3, "x": 4}]})", &repeated);
    ASSERT_TRUE(value.ok());
    EXPECT_TRUE(repeated);
    EXPECT_EQ(value.value().find(QStringLiteral("b"))->values()[1].find(QStringLiteral("x"))->toDouble(), 4)
        << "the last value, as JSON.parse keeps it";
    ASSERT_TRUE(JsonText::parse(R"({"id": 1, "o": {"id": 2}, "a": [{"id": 3}, {"id": 4}]})", &repeated).ok());
    EXPECT_FALSE(repeated) << "equal keys in different objects";
    ASSERT_TRUE(JsonText::parse(R"({"a": 1, "\u0061": 2})", &repeated).ok());
    EXPECT_TRUE(repeated) << "the same key spelled with an escape";
}

TEST(JsonCursor, PathsOfValuesAndOfMissingKeysAreFoundWhenAnErrorAsks)
{
    const JsonValue document =
        JsonText::parse(R"({"schema": {"tables": [{"id": "t"}, {"id": 7, "columns": [{}]}]}, "layout": {"t.a": 1}})")
            .value();
    const auto errorOf = [&](const auto &read) {
        QString error;
        const JsonCursor root(&document, QString(), &error);
        read(root);
        return error;
    };
    QString text;
    int number = 0;
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["schema"]["tables"].at(1)["id"].read(&text); }),
              QStringLiteral("schema.tables[1].id: expected a string, got 7"));
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["schema"]["tables"].at(1)["columns"].at(0)["name"].read(&text); }),
              QStringLiteral("schema.tables[1].columns[0].name: required key is missing"));
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["schema"]["views"].at(2)["a b"].read(&text); }),
              QStringLiteral("schema.views[2][\"a b\"]: required key is missing"))
        << "below a missing key, every step is written";
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["settings"]["target"]["kind"].read(&text); }),
              QStringLiteral("settings.target.kind: required key is missing"))
        << "missing keys named by the reader are spelled out only for the message, in order";
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["settings"]["a b"].at(1)[QStringLiteral("c")].read(&text); }),
              QStringLiteral("settings[\"a b\"][1].c: required key is missing"));
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["layout"][QStringLiteral("t.a")].read(&text); }),
              QStringLiteral("layout[\"t.a\"]: expected a string, got 1"));
    EXPECT_EQ(errorOf([&](const JsonCursor &r) { r["layout"].read(&number); }),
              QStringLiteral("layout: expected an integer, got an object"));
    QString error;
    const JsonCursor named(document.find(QStringLiteral("schema")), QStringLiteral("schema"), &error);
    EXPECT_EQ(named["tables"].at(0).path(), QStringLiteral("schema.tables[0]"))
        << "paths count from the first cursor's own path";
    EXPECT_EQ(named["tables"].at(5).path(), QStringLiteral("schema.tables[5]"));
}

TEST(OrderedJson, KeepsInsertionOrderAndWritesEmptyContainersOnOneLine)
{
    OrderedJson o = OrderedJson::object();
    o.insert("z", 1).insert("a", OrderedJson::array()).insert("m", OrderedJson::object()).insert("n", OrderedJson());
    EXPECT_EQ(o.toJson(), QByteArray("{\n    \"z\": 1,\n    \"a\": [],\n    \"m\": {},\n    \"n\": null\n}\n"));
}

TEST(OrderedJson, EscapesOnlyQuotesBackslashesAndControlCharacters)
{
    OrderedJson a = OrderedJson::array();
    a.append(QStringLiteral("\"q\" \\ / é 🙂 \t\n\x01\x1f"));
    EXPECT_EQ(a.toJson(),
              QByteArray("[\n    \"\\\"q\\\" \\\\ / \xC3\xA9 \xF0\x9F\x99\x82 \\t\\n\\u0001\\u001f\"\n]\n"));
}

TEST(OrderedJson, NumbersReadBackAsTheSameDouble)
{
    for (const double value : {0.0, -0.0, 1.0, -40.5, 0.1, 1e6, 1e20, 1.5e-7, 123456.789, 9007199254740993.0, -1e300}) {
        OrderedJson a = OrderedJson::array();
        a.append(value);
        const Result<JsonValue> read = JsonText::parse(a.toJson());
        ASSERT_TRUE(read.ok() && read.value().isArray()) << a.toJson().toStdString();
        EXPECT_EQ(read.value().values().at(0).toDouble(), value) << a.toJson().toStdString();
    }
}

TEST(OrderedJson, IntegralNumbersHaveNoExponentOrFraction)
{
    OrderedJson a = OrderedJson::array();
    a.append(1e6).append(-0.0).append(312.25);
    EXPECT_EQ(a.toJson(), QByteArray("[\n    1000000,\n    0,\n    312.25\n]\n"));
}

TEST(JsonValue, ObjectsPastTheLinearSizeFindEveryKeyAndKeepJavaScriptOrder)
{
    // Small objects are searched linearly, bigger ones through a hash built when they grow: every key must be found
    // on both sides of that moment, with JavaScript's order and replacement semantics.
    JsonValue object = JsonValue::object();
    QStringList expected;
    for (int i = 0; i < 20; ++i) {
        object.insert(QStringLiteral("k%1").arg(i), JsonValue(i));
        expected << QStringLiteral("k%1").arg(i);
    }
    for (const QString &key : expected)
        EXPECT_NE(object.find(key), nullptr) << key.toStdString();
    object.insert(QStringLiteral("7"), JsonValue(true));  // an array index goes first...
    object.insert(QStringLiteral("3"), JsonValue(false)); // ...in numeric order
    object.insert(QStringLiteral("k2"), JsonValue(QStringLiteral("replaced")));
    EXPECT_EQ(object.keys(), QStringList({QStringLiteral("3"), QStringLiteral("7")}) + expected);
    for (int i = 0; i < 20; ++i) {
        const JsonValue *value = object.find(QStringLiteral("k%1").arg(i));
        ASSERT_NE(value, nullptr) << i;
        if (i != 2) {
            EXPECT_EQ(value->toDouble(), i);
        }
    }
    EXPECT_EQ(object.find(QStringLiteral("k2"))->toString(), QStringLiteral("replaced"));
    EXPECT_FALSE(object.find(QStringLiteral("3"))->toBool());
    EXPECT_EQ(object.find(QStringLiteral("k20")), nullptr);
}

TEST(JsonValue, ParsedKeysAreFoundInSmallAndBigObjects)
{
    QByteArray text = "{\"small\": {\"a\": 1, \"b\": 2}, \"big\": {";
    for (int i = 0; i < 30; ++i)
        text += (i ? ", " : "") + QStringLiteral("\"t.table%1\": %1").arg(i).toUtf8();
    text += "}}";
    const Result<JsonValue> parsed = JsonText::parse(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed.value().find(QStringLiteral("small"))->find(QStringLiteral("b"))->toDouble(), 2);
    const JsonValue *big = parsed.value().find(QStringLiteral("big"));
    ASSERT_EQ(big->size(), 30);
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(big->find(QStringLiteral("t.table%1").arg(i))->toDouble(), i) << i;
}
