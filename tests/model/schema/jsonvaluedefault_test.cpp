// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/jsonvaluedefault.h"

#include "model/schema/column.h"

#include <gtest/gtest.h>

using namespace tw::model;

TEST(JsonValueDefault, AcceptsWhatJsonStringifyWrites)
{
    for (const char *text : {R"({})", R"([])", R"({"note":"it's"})", R"([1,-2,0.5,0.000001,123456789012345])",
                             R"({"a":{"b":[true,false,null]},"c":"say \"hi\"\\\n\t\u001f ✓ 🎉"})"})
        EXPECT_TRUE(isStringifiedJsonValue(QString::fromUtf8(text))) << text;
}

TEST(JsonValueDefault, RejectsTextThatJavaScriptWouldStringifyDifferently)
{
    for (const char *text : {R"("it's")", R"(1)", R"({"a": 1})", R"({"a":1,"a":2})", R"({"1":2})", R"({"__proto__":1})",
                             R"([1.50])", R"([1e3])", R"([-0])", R"([0.0000001])", R"([1234567890123456])", R"(["\/"])",
                             R"(["\u000a"])", R"(["\u00AB"])", R"(["\ud800"])", R"([01])", R"([1,])", R"({"a":1})x)"})
        EXPECT_FALSE(isStringifiedJsonValue(QString::fromUtf8(text))) << text;
}

TEST(JsonValueDefault, OnlyJsonColumnsWithAQuoteInTheirJsonTakeTheValueForm)
{
    Column column;
    column.mode = DrizzleMode::Json;
    column.defaultValue = ColumnDefault::string(QStringLiteral(R"({"note":"it's"})"));
    EXPECT_TRUE(isJsonValueDefault(column));
    column.defaultValue = ColumnDefault::string(QStringLiteral(R"({"note":"its"})"));
    EXPECT_FALSE(isJsonValueDefault(column)) << "without a quote both spellings are drizzle-kit's same bytes";
    column.defaultValue = ColumnDefault::string(QStringLiteral(R"({"note":"it's"})"));
    column.mode = DrizzleMode::None;
    EXPECT_FALSE(isJsonValueDefault(column)) << "a plain text column holds a string";
}
