// SPDX-License-Identifier: GPL-3.0-or-later
// JsonText against what node itself printed (tests/data/drizzle/json, made by tools/goldens/make-json-goldens.mjs).
#include "migrations/json/jsontext.h"

#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>

using tw::migrations::JsonText;
using tw::migrations::JsonValue;

namespace {

QString stringFromUnits(const QByteArray &line)
{
    if (line == "-")
        return {};
    QString s;
    for (const QByteArray &unit : line.split(' '))
        s += QChar(char16_t(unit.toUShort(nullptr, 16)));
    return s;
}

} // namespace

TEST(JsonText, RefusesNestingDeeperThan512LevelsInsteadOfOverflowingTheStack)
{
    const auto nested = [](int levels) {
        return QByteArray(levels, '[') + QByteArray(levels, ']');
    };
    EXPECT_TRUE(JsonText::parse(nested(512)).ok());
    const auto tooDeep = JsonText::parse(nested(513));
    ASSERT_FALSE(tooDeep.ok());
    EXPECT_EQ(tooDeep.error(), QStringLiteral("arrays and objects nested more than 512 levels deep"));
    // Found by the json fuzz target (tests/fuzz/regressions/json): this depth crashed the reader before.
    EXPECT_FALSE(JsonText::parse(nested(200000)).ok());
    EXPECT_FALSE(JsonText::parse(QByteArray("{\"a\":").repeated(200000) + "1" + QByteArray(200000, '}')).ok());
}

TEST(JsonText, NumbersMatchJavaScriptStringForEveryGoldenNumber)
{
    const QList<QByteArray> lines = tw::test::readData(QStringLiteral("drizzle/json/numbers.tsv")).split('\n');
    int checked = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        const double x = std::bit_cast<double>(fields[0].toULongLong(nullptr, 16));
        EXPECT_EQ(JsonText::numberToString(x), QString::fromLatin1(fields[1])) << "bits " << fields[0].toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 4000);
}

TEST(JsonText, TrickyNumbersUseEcmaScriptNotation)
{
    EXPECT_EQ(JsonText::numberToString(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(JsonText::numberToString(1e21), QStringLiteral("1e+21"));
    EXPECT_EQ(JsonText::numberToString(1e20), QStringLiteral("100000000000000000000"));
    EXPECT_EQ(JsonText::numberToString(123456789012345680000.0), QStringLiteral("123456789012345680000"));
    EXPECT_EQ(JsonText::numberToString(5e-324), QStringLiteral("5e-324"));
    EXPECT_EQ(JsonText::numberToString(1.7976931348623157e308), QStringLiteral("1.7976931348623157e+308"));
    EXPECT_EQ(JsonText::numberToString(1e-7), QStringLiteral("1e-7"));
    EXPECT_EQ(JsonText::numberToString(1.5e-7), QStringLiteral("1.5e-7"));
    EXPECT_EQ(JsonText::numberToString(0.000001), QStringLiteral("0.000001"));
    EXPECT_EQ(JsonText::numberToString(-0.0), QStringLiteral("0"));
    EXPECT_EQ(JsonText::numberToString(-2.5), QStringLiteral("-2.5"));
    EXPECT_EQ(JsonText::numberToString(1e16), QStringLiteral("10000000000000000"));
}

TEST(JsonText, NonFiniteNumbersAreWrittenAsNull)
{
    JsonValue array = JsonValue::array();
    array.append(std::nan(""));
    array.append(HUGE_VAL);
    array.append(-HUGE_VAL);
    EXPECT_EQ(JsonText::stringify(array), QByteArray("[\n  null,\n  null,\n  null\n]"));
}

TEST(JsonText, StringsAreEscapedExactlyAsJsonStringifyDoes)
{
    const QList<QByteArray> lines = tw::test::readData(QStringLiteral("drizzle/json/strings.tsv")).split('\n');
    JsonValue object = JsonValue::object();
    int i = 0;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            object.insert(QStringLiteral("s%1").arg(i++), stringFromUnits(line));
    }
    ASSERT_GT(i, 10);
    EXPECT_EQ(JsonText::stringify(object), tw::test::readData(QStringLiteral("drizzle/json/strings.json")));
}

TEST(JsonText, QuoteEscapesControlCharactersWithLowercaseHex)
{
    EXPECT_EQ(JsonText::quote(QString(QChar(0x1f))), QStringLiteral("\"\\u001f\""));
    EXPECT_EQ(JsonText::quote(QString(QChar(0x0b))), QStringLiteral("\"\\u000b\""));
    EXPECT_EQ(JsonText::quote(QStringLiteral("a/b")), QStringLiteral("\"a/b\""));
    EXPECT_EQ(JsonText::quote(QString(QChar(0xdabc))), QStringLiteral("\"\\udabc\""));
}

TEST(JsonText, StructureMatchesJsonStringifyIncludingArrayIndexKeyOrder)
{
    // Built in the order of the JavaScript object literal in make-json-goldens.mjs.
    JsonValue deeper = JsonValue::array();
    for (const JsonValue &v : {JsonValue(1), JsonValue(QStringLiteral("two")), JsonValue(), JsonValue(true),
                               JsonValue(false), JsonValue::object(), JsonValue::array()})
        deeper.append(v);
    JsonValue nested = JsonValue::object();
    nested.insert(QStringLiteral("deeper"), deeper);
    JsonValue alpha = JsonValue::object();
    alpha.insert(QStringLiteral("nested"), nested);
    JsonValue numbers = JsonValue::array();
    for (const double x : {0.0, -0.0, 0.1, 1e21, 1e-7, -1.5e-7, 123456789012345680000.0})
        numbers.append(x);
    const auto arrayOf = [](std::initializer_list<JsonValue> items) {
        JsonValue a = JsonValue::array();
        for (const JsonValue &item : items)
            a.append(item);
        return a;
    };
    const JsonValue arrays = arrayOf({JsonValue::array(), arrayOf({JsonValue::array()}), arrayOf({JsonValue::object()}),
                                      arrayOf({JsonValue(1), arrayOf({JsonValue(2), arrayOf({JsonValue(3)})})})});

    JsonValue root = JsonValue::object();
    root.insert(QStringLiteral("zeta"), 1);
    root.insert(QStringLiteral("alpha"), alpha);
    root.insert(QStringLiteral("2"), QStringLiteral("two"));
    root.insert(QStringLiteral("10"), QStringLiteral("ten"));
    root.insert(QStringLiteral("02"), QStringLiteral("not an index"));
    root.insert(QStringLiteral("-1"), QStringLiteral("not an index either"));
    root.insert(QStringLiteral("4294967295"), QStringLiteral("too big to be an index"));
    root.insert(QStringLiteral("4294967294"), QStringLiteral("the largest index"));
    root.insert(QStringLiteral("0"), QStringLiteral("zero"));
    root.insert(QStringLiteral("emptyObject"), JsonValue::object());
    root.insert(QStringLiteral("emptyArray"), JsonValue::array());
    root.insert(QStringLiteral("numbers"), numbers);
    root.insert(QStringLiteral("arrays"), arrays);
    root.insert(QStringLiteral("key with \"quotes\""), QStringLiteral("value with \\ backslash"));
    EXPECT_EQ(JsonText::stringify(root), tw::test::readData(QStringLiteral("drizzle/json/structure.json")));
}

TEST(JsonText, ParsingThenStringifyingNodeOutputGivesTheSameBytes)
{
    // (strings.json is not used here: it holds lone surrogates, which JSON.parse accepts and simdjson does not.)
    const QByteArray text = tw::test::readData(QStringLiteral("drizzle/json/structure.json"));
    const auto parsed = JsonText::parse(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(JsonText::stringify(parsed.value()), text);
}

TEST(JsonText, ParseKeepsKeyOrderAndReadsNumbersAsDoubles)
{
    const auto parsed = JsonText::parse(R"({"b": 1, "a": 9007199254740993, "c": 1e2, "d": [true, null]})");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed.value().keys(),
              (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
    // As in JavaScript: 2^53 + 1 is read as 2^53.
    EXPECT_EQ(parsed.value().find(QStringLiteral("a"))->toDouble(), 9007199254740992.0);
}

TEST(JsonText, ParseErrorNamesLineAndColumn)
{
    const auto parsed = JsonText::parse("{\n  \"a\": tru\n}");
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QLatin1String("line 2, column 8"))) << parsed.error().toStdString();
    EXPECT_TRUE(parsed.error().contains(QLatin1String("'t'"))) << "what is wrong: " << parsed.error().toStdString();
    EXPECT_FALSE(parsed.error().startsWith(QLatin1Char('['))) << parsed.error().toStdString();
}

TEST(JsonText, IntegersBeyondSixtyFourBitsReadAsTheNearestDoubleAsInJavaScript)
{
    const auto parsed = JsonText::parse("[123456789012345680000, 18446744073709551616, -99999999999999999999999]");
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed.value().values()[0].toDouble(), 123456789012345680000.0);
    EXPECT_EQ(parsed.value().values()[1].toDouble(), 18446744073709551616.0);
    EXPECT_EQ(parsed.value().values()[2].toDouble(), -99999999999999999999999.0);
}

TEST(JsonText, ContentAfterTheValueIsAnErrorWithItsPosition)
{
    for (const char *text : {"{} x", "[1]\n]", "{\"a\": 1} {}", "123456789012345680000 1"}) {
        const auto parsed = JsonText::parse(text);
        EXPECT_FALSE(parsed.ok()) << text;
    }
    EXPECT_FALSE(JsonText::parse("").ok());
    EXPECT_FALSE(JsonText::parse("   ").ok());
}

TEST(JsonText, EmptyContainersAndScalarsAtTopLevel)
{
    EXPECT_EQ(JsonText::stringify(JsonValue::object()), QByteArray("{}"));
    EXPECT_EQ(JsonText::stringify(JsonValue::array()), QByteArray("[]"));
    EXPECT_EQ(JsonText::stringify(JsonValue()), QByteArray("null"));
    EXPECT_EQ(JsonText::stringify(JsonValue(QStringLiteral("é"))), QByteArray("\"\xc3\xa9\""));
}
