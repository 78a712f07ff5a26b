// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/json/jsonvalue.h"

#include <gtest/gtest.h>

using tw::migrations::JsonValue;

TEST(JsonValue, InsertKeepsInsertionOrderForNameKeys)
{
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("users"), 1);
    o.insert(QStringLiteral("categories"), 2);
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("users"), QStringLiteral("categories")}));
}

TEST(JsonValue, ReinsertingAKeyReplacesTheValueInPlace)
{
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("a"), 1);
    o.insert(QStringLiteral("b"), 2);
    o.insert(QStringLiteral("a"), 3);
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(o.find(QStringLiteral("a"))->toDouble(), 3.0);
}

TEST(JsonValue, ArrayIndexKeysGoFirstInNumericOrder)
{
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("name"), 0);
    o.insert(QStringLiteral("10"), 0);
    o.insert(QStringLiteral("2"), 0);
    o.insert(QStringLiteral("007"), 0);
    EXPECT_EQ(o.keys(),
              (QStringList{QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("name"), QStringLiteral("007")}));
}

TEST(JsonValue, ArrayIndexKeyRecognition)
{
    EXPECT_TRUE(JsonValue::isArrayIndexKey(QStringLiteral("0")));
    EXPECT_TRUE(JsonValue::isArrayIndexKey(QStringLiteral("2024")));
    EXPECT_TRUE(JsonValue::isArrayIndexKey(QStringLiteral("4294967294")));
    EXPECT_FALSE(JsonValue::isArrayIndexKey(QStringLiteral("4294967295")));
    EXPECT_FALSE(JsonValue::isArrayIndexKey(QStringLiteral("01")));
    EXPECT_FALSE(JsonValue::isArrayIndexKey(QStringLiteral("-1")));
    EXPECT_FALSE(JsonValue::isArrayIndexKey(QStringLiteral("1.5")));
    EXPECT_FALSE(JsonValue::isArrayIndexKey(QString()));
}

TEST(JsonValue, FindOnMissingKeyIsNull)
{
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("a"), true);
    EXPECT_EQ(o.find(QStringLiteral("b")), nullptr);
    ASSERT_NE(o.find(QStringLiteral("a")), nullptr);
    EXPECT_TRUE(o.find(QStringLiteral("a"))->toBool());
}
