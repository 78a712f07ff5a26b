// SPDX-License-Identifier: GPL-3.0-or-later
// JsonDocument and JsonView: simdjson's document looked at in place must read every text as JsonText::parse (and
// JavaScript's JSON.parse) reads it, including the texts where simdjson's own reading differs.
#include "migrations/json/jsontext.h"
#include "migrations/json/jsonview.h"

#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using tw::migrations::JsonDocument;
using tw::migrations::JsonText;
using tw::migrations::JsonValue;
using tw::migrations::JsonView;

namespace {

/// The document's reading as a value, which must be JsonText::parse's.
JsonValue read(const QByteArray &text)
{
    const auto document = JsonDocument::parse(text);
    EXPECT_TRUE(document.ok()) << document.error().toStdString();
    const auto value = JsonText::parse(text);
    EXPECT_TRUE(value.ok()) << value.error().toStdString();
    if (!document.ok() || !value.ok())
        return {};
    const JsonValue viewed = document.value().root().toValue();
    EXPECT_EQ(viewed, value.value()) << text.toStdString();
    return viewed;
}

QStringList keysOf(const JsonView &object)
{
    QStringList keys;
    for (const JsonView::Member &member : object.members())
        keys << member.key;
    return keys;
}

} // namespace

TEST(JsonDocument, LooksAtValuesInPlaceWithJsonValuesMeaning)
{
    const auto document = JsonDocument::parse(R"({"name": "users", "count": 3, "big": 18446744073709551615,
        "ratio": -0.5, "on": true, "none": null, "list": [1, "two", false], "nested": {"a": {}}})");
    ASSERT_TRUE(document.ok()) << document.error().toStdString();
    const JsonView root = document.value().root();
    EXPECT_TRUE(root.isObject());
    EXPECT_EQ(root.size(), 8);
    EXPECT_EQ(keysOf(root), QStringList({QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("big"),
                                         QStringLiteral("ratio"), QStringLiteral("on"), QStringLiteral("none"),
                                         QStringLiteral("list"), QStringLiteral("nested")}));
    EXPECT_EQ(root.find(QStringLiteral("name"))->toString(), QStringLiteral("users"));
    EXPECT_EQ(root.find(QStringLiteral("count"))->toDouble(), 3.0);
    EXPECT_EQ(root.find(QStringLiteral("big"))->toDouble(), 18446744073709551615.0);
    EXPECT_EQ(root.find(QStringLiteral("ratio"))->toDouble(), -0.5);
    EXPECT_TRUE(root.find(QStringLiteral("on"))->toBool());
    EXPECT_TRUE(root.find(QStringLiteral("none"))->isNull());
    EXPECT_FALSE(root.find(QStringLiteral("nam")).has_value());
    EXPECT_FALSE(root.find(QStringLiteral("names")).has_value());
    const std::vector<JsonView> list = root.find(QStringLiteral("list"))->elements();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_TRUE(list[0].isNumber());
    EXPECT_EQ(list[1].toString(), QStringLiteral("two"));
    EXPECT_TRUE(list[2].isBool());
    EXPECT_FALSE(list[2].toBool());
    // Asking a value for what it is not gives nothing rather than failing.
    EXPECT_TRUE(list[1].members().empty());
    EXPECT_FALSE(list[1].find(QStringLiteral("x")).has_value());
    EXPECT_EQ(list[1].toDouble(), 0.0);
    EXPECT_EQ(list[0].toString(), QString());
}

TEST(JsonDocument, FindsKeysThatAreNotAscii)
{
    const auto document = JsonDocument::parse(R"({"a": 1, "é": 2, "名前": 3, "ab\u00e9": 4, "😀": 5})");
    ASSERT_TRUE(document.ok());
    const JsonView root = document.value().root();
    EXPECT_EQ(root.find(QStringLiteral("é"))->toDouble(), 2.0);
    EXPECT_EQ(root.find(QStringLiteral("名前"))->toDouble(), 3.0);
    EXPECT_EQ(root.find(QStringLiteral("abé"))->toDouble(), 4.0);
    EXPECT_EQ(root.find(QStringLiteral("😀"))->toDouble(), 5.0);
    EXPECT_FALSE(root.find(QStringLiteral("e")).has_value());
    EXPECT_FALSE(root.find(QStringLiteral("名")).has_value());
    EXPECT_EQ(keysOf(root).at(2), QStringLiteral("名前"));
}

TEST(JsonDocument, ReadsRepeatedKeysAsJsonParseDoes)
{
    // The last value, at the first key's place.
    const JsonValue value = read(R"({"a": 1, "b": 2, "a": 3})");
    EXPECT_EQ(value.keys(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(value.find(QStringLiteral("a"))->toDouble(), 3.0);
    // Deep inside, and in an object too big to compare its keys pair by pair.
    QByteArray big = "{\"outer\": [{";
    for (int i = 0; i < 40; ++i)
        big += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    big += "\"k7\": \"again\"}]}";
    const JsonValue nested = read(big);
    const JsonValue &inner = nested.find(QStringLiteral("outer"))->values().front();
    EXPECT_EQ(inner.size(), 40);
    EXPECT_EQ(inner.keys().at(7), QStringLiteral("k7"));
    EXPECT_EQ(inner.find(QStringLiteral("k7"))->toString(), QStringLiteral("again"));
}

TEST(JsonDocument, PutsArrayIndexKeysFirstAsJavaScriptDoes)
{
    const JsonValue value = read(R"({"b": 1, "10": 2, "a": 3, "2": 4, "02": 5, "4294967295": 6})");
    EXPECT_EQ(value.keys(), QStringList({QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("b"),
                                         QStringLiteral("a"), QStringLiteral("02"), QStringLiteral("4294967295")}));
}

TEST(JsonDocument, ReadsIntegersBeyondSixtyFourBitsAsTheNearestDouble)
{
    const JsonValue value = read("[123456789012345678901234567890, 1]");
    EXPECT_EQ(value.values().front().toDouble(), 123456789012345678901234567890.0);
}

TEST(JsonDocument, FailsAsJsonTextDoes)
{
    for (const QByteArray &text : {QByteArray("{\n  \"a\": 1,\n}"), QByteArray(), QByteArray("[1] 2"),
                                   QByteArray(600, '['), QByteArray("{\"a\": tru}")}) {
        const auto document = JsonDocument::parse(text);
        const auto value = JsonText::parse(text);
        ASSERT_FALSE(document.ok()) << text.toStdString();
        EXPECT_EQ(document.error(), value.error());
    }
    EXPECT_EQ(JsonDocument::parse(QByteArray(600, '[')).error(),
              QStringLiteral("arrays and objects nested more than 512 levels deep"));
}

TEST(JsonDocument, ReadsWhatNodeWroteAsJsonTextDoes)
{
    const JsonValue value = read(tw::test::readData(QStringLiteral("drizzle/json/structure.json")));
    EXPECT_TRUE(value.isObject());
}

TEST(JsonView, OfAJsonValueAnswersAsTheValue)
{
    JsonValue object = JsonValue::object();
    object.insert(QStringLiteral("name"), QStringLiteral("id"));
    object.insert(QStringLiteral("flags"), JsonValue::array());
    const JsonView view(object);
    EXPECT_TRUE(view.isObject());
    EXPECT_EQ(view.size(), 2);
    EXPECT_EQ(view.find(QStringLiteral("name"))->toString(), QStringLiteral("id"));
    EXPECT_TRUE(view.find(QStringLiteral("flags"))->isArray());
    EXPECT_EQ(keysOf(view), QStringList({QStringLiteral("name"), QStringLiteral("flags")}));
    EXPECT_EQ(view.toValue(), object);
    EXPECT_TRUE(JsonView().isNull());
}

TEST(JsonView, FirstKeyOutsideNamesTheFirstUnknownKeyAndCountsTheKnownOnes)
{
    const auto document = JsonDocument::parse(R"({"name": "x", "extra": 1, "type": "t", "more": 2})");
    ASSERT_TRUE(document.ok());
    const QStringList required{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("notNull")};
    const QStringList optional{QStringLiteral("default")};
    for (const JsonValue &value : {JsonValue(), JsonText::parse(R"({"name": "x", "extra": 1, "type": "t",
                                                                   "more": 2})")
                                                    .value()}) {
        // The same answers looking into simdjson's document and at a JsonValue.
        const JsonView view = value.isNull() ? document.value().root() : JsonView(value);
        qsizetype known = 0;
        EXPECT_EQ(view.firstKeyOutside(required, optional, &known), QStringLiteral("extra"));
        EXPECT_EQ(known, 2);
        EXPECT_EQ(view.firstKeyOutside(required, {QStringLiteral("extra"), QStringLiteral("more")}), std::nullopt);
    }
}
