// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/columndefault.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;

TEST(ColumnDefault, StringLiteralDoublesSingleQuotesInSql)
{
    EXPECT_EQ(ColumnDefault::string(QStringLiteral("it's")).toSql(), QStringLiteral("'it''s'"));
}

TEST(ColumnDefault, ExpressionIsWrittenVerbatim)
{
    EXPECT_EQ(ColumnDefault::expression(QStringLiteral("(unixepoch())")).toSql(), QStringLiteral("(unixepoch())"));
}

TEST(ColumnDefault, NumberLiteralValidity)
{
    EXPECT_TRUE(ColumnDefault::number(QStringLiteral("0")).isValidNumber());
    EXPECT_TRUE(ColumnDefault::number(QStringLiteral("-2.5e3")).isValidNumber());
    EXPECT_FALSE(ColumnDefault::number(QStringLiteral("abc")).isValidNumber());
    EXPECT_FALSE(ColumnDefault::number(QStringLiteral("01")).isValidNumber());
    EXPECT_FALSE(ColumnDefault::number(QStringLiteral("1e999")).isValidNumber());
    EXPECT_FALSE(ColumnDefault::string(QStringLiteral("1")).isValidNumber());
}

TEST(ColumnDefault, EqualityComparesKindAndText)
{
    EXPECT_EQ(ColumnDefault::boolean(true), ColumnDefault::boolean(true));
    EXPECT_NE(ColumnDefault::string(QStringLiteral("1")), ColumnDefault::number(QStringLiteral("1")));
    EXPECT_TRUE(ColumnDefault::boolean(true).booleanValue());
    EXPECT_FALSE(ColumnDefault::boolean(false).booleanValue());
    EXPECT_TRUE(ColumnDefault().isNone());
}
