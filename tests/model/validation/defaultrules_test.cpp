// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

// The findings for one column `value` of @p type (and @p mode) with default @p value in an otherwise clean table.
Findings validateDefault(SqlType type, const ColumnDefault &value, DrizzleMode mode = DrizzleMode::None)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items")).id().column(QStringLiteral("value"), type).mode(mode).defaultTo(value);
    return validate(b.build());
}

ColumnDefault num(const char *literal)
{
    return ColumnDefault::number(QString::fromLatin1(literal));
}
ColumnDefault str(const char *text)
{
    return ColumnDefault::string(QString::fromLatin1(text));
}
ColumnDefault expr(const char *sql)
{
    return ColumnDefault::expression(QString::fromLatin1(sql));
}

} // namespace

TEST(ValidationDefaults, StringDefaultOnIntegerColumnIsAWarning)
{
    const Findings f = validateDefault(SqlType::Integer, str("abc"));
    EXPECT_RULES(f, "default-type-mismatch");
    EXPECT_EQ(
        f[0].toString(),
        QStringLiteral("warning: column items.value: default 'abc' is not a number, but the column's type is integer"));
}

TEST(ValidationDefaults, StringThatSpellsANumberIsStillAWarningOnNumericColumns)
{
    const Findings f = validateDefault(SqlType::Real, str("1.5"));
    EXPECT_RULES(f, "default-type-mismatch");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("use the number 1.5")));
}

TEST(ValidationDefaults, NumericColumnsTakeNumberStringsAsDrizzleTypesThemAsStrings)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Numeric, str("12.50")));
    EXPECT_RULES(validateDefault(SqlType::Numeric, str("twelve")), "default-type-mismatch");
    EXPECT_RULES(validateDefault(SqlType::Numeric, str("12.50"), DrizzleMode::Bigint), "default-type-mismatch");
}

TEST(ValidationDefaults, JsonColumnsTakeStringDefaultsOnTextAndBlob)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Blob, str("{\"a\":1}"), DrizzleMode::Json));
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Text, str("[]"), DrizzleMode::Json));
}

TEST(ValidationDefaults, StringDefaultOnTextColumnIsFine)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Text, str("it's")));
}

TEST(ValidationDefaults, StringDefaultOnBlobColumnIsAWarning)
{
    EXPECT_RULES(validateDefault(SqlType::Blob, str("x")), "default-type-mismatch");
}

TEST(ValidationDefaults, MalformedNumberLiteralIsAnError)
{
    const Findings f = validateDefault(SqlType::Real, num("1.2.3"));
    EXPECT_RULES(f, "invalid-number-default");
    EXPECT_TRUE(f[0].message.startsWith(QLatin1String("default 1.2.3 is not a valid number literal")));
}

TEST(ValidationDefaults, NumbersFitNumericColumns)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Integer, num("-42")));
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Integer, num("1e3")));
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Real, num("2.5")));
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Numeric, num("0.1")));
}

TEST(ValidationDefaults, FractionOnIntegerColumnIsAWarning)
{
    const Findings f = validateDefault(SqlType::Integer, num("2.5"));
    EXPECT_RULES(f, "default-type-mismatch");
    EXPECT_EQ(f[0].message, QStringLiteral("default 2.5 is not a whole number, but the column's type is integer"));
}

TEST(ValidationDefaults, NumberOnTextColumnIsAWarning)
{
    const Findings f = validateDefault(SqlType::Text, num("5"));
    EXPECT_RULES(f, "default-type-mismatch");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("use the string '5'")));
}

TEST(ValidationDefaults, NumberOnJsonColumnIsFine)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Text, num("5"), DrizzleMode::Json));
}

TEST(ValidationDefaults, NumberOnBlobIsAWarningUnlessBigint)
{
    EXPECT_RULES(validateDefault(SqlType::Blob, num("5")), "default-type-mismatch");
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Blob, num("5"), DrizzleMode::Bigint));
    EXPECT_RULES(validateDefault(SqlType::Blob, num("5.5"), DrizzleMode::Bigint), "default-type-mismatch");
}

TEST(ValidationDefaults, BooleanFitsOnlyBooleanModeIntegers)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Integer, ColumnDefault::boolean(true), DrizzleMode::Boolean));
    const Findings plain = validateDefault(SqlType::Integer, ColumnDefault::boolean(true));
    EXPECT_RULES(plain, "default-type-mismatch");
    EXPECT_TRUE(plain[0].message.contains(QLatin1String("set mode boolean or use 1")));
    const Findings text = validateDefault(SqlType::Text, ColumnDefault::boolean(false));
    EXPECT_RULES(text, "default-type-mismatch");
    EXPECT_TRUE(text[0].message.contains(QLatin1String("the column's type is text")));
}

TEST(ValidationDefaults, NumberOnBooleanColumnIsAWarning)
{
    const Findings f = validateDefault(SqlType::Integer, num("1"), DrizzleMode::Boolean);
    EXPECT_RULES(f, "default-type-mismatch");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("true or false")));
}

TEST(ValidationDefaults, StringDefaultOutsideTheEnumIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items"))
        .id()
        .text(QStringLiteral("status"))
        .enumValues({QStringLiteral("draft"), QStringLiteral("live")})
        .defaultTo(str("gone"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "default-not-in-enum");
    EXPECT_EQ(f[0].message, QStringLiteral("default 'gone' is not one of the enum values (draft, live)"));
}

TEST(ValidationDefaults, StringDefaultInTheEnumIsFine)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items"))
        .id()
        .text(QStringLiteral("status"))
        .enumValues({QStringLiteral("draft"), QStringLiteral("live")})
        .defaultTo(str("draft"));
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationDefaults, ParenthesisedExpressionsFitAnyColumn)
{
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Integer, expr("(unixepoch())")));
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Text, expr("(lower('A') || ')')")));
    EXPECT_NO_FINDINGS(validateDefault(SqlType::Blob, expr("(randomblob(16))")));
}

TEST(ValidationDefaults, KeywordsAndLiteralsNeedNoParentheses)
{
    for (const char *sql :
         {"CURRENT_TIMESTAMP", "current_date", "CURRENT_TIME", "NULL", "TRUE", "-1.5", "0x1F", "'a''b'", "X'00ff'"}) {
        EXPECT_NO_FINDINGS(validateDefault(SqlType::Text, expr(sql))) << sql;
    }
}

TEST(ValidationDefaults, SignedLiteralsNeedNoParentheses)
{
    for (const char *sql : {"+5", "-x'00'", "-'3'", "+NULL"})
        EXPECT_NO_FINDINGS(validateDefault(SqlType::Text, expr(sql))) << sql;
}

TEST(ValidationDefaults, NamesNeedNoParenthesesButAWarningSaysTheyAreText)
{
    // SQLite stores `DEFAULT abc` and `DEFAULT "abc"` as the text abc; hand-written databases have them.
    for (const char *sql : {"abc", "\"it\"\"s\"", "`x`", "[y z]"}) {
        const Findings f = validateDefault(SqlType::Text, expr(sql));
        EXPECT_RULES(f, "name-as-default");
        EXPECT_FALSE(hasErrors(f)) << sql;
    }
    EXPECT_TRUE(
        validateDefault(SqlType::Integer, expr("unixepoch"))[0].message.contains(QLatin1String("(unixepoch())")));
    EXPECT_RULES(validateDefault(SqlType::Text, expr("select")), "unparenthesised-default-expression");
    EXPECT_RULES(validateDefault(SqlType::Text, expr("a b")), "unparenthesised-default-expression");
}

// Export writes each of these as .default(sql`...`), which compiles; drizzle-kit writes the DEFAULT and SQLite
// takes it, storing the value converted by the column's affinity. So they are warnings, never errors.
TEST(ValidationDefaults, EveryTypeMismatchIsAWarning)
{
    const std::vector<Findings> cases{
        validateDefault(SqlType::Integer, str("abc")),
        validateDefault(SqlType::Real, str("1.5")),
        validateDefault(SqlType::Blob, str("x")),
        validateDefault(SqlType::Numeric, str("12.50"), DrizzleMode::Bigint),
        validateDefault(SqlType::Integer, num("2.5")),
        validateDefault(SqlType::Text, num("5")),
        validateDefault(SqlType::Blob, num("5")),
        validateDefault(SqlType::Blob, num("5.5"), DrizzleMode::Bigint),
        validateDefault(SqlType::Integer, num("1"), DrizzleMode::Boolean),
        validateDefault(SqlType::Integer, ColumnDefault::boolean(true)),
        validateDefault(SqlType::Text, ColumnDefault::boolean(false)),
    };
    for (const Findings &f : cases) {
        EXPECT_RULES(f, "default-type-mismatch");
        EXPECT_FALSE(hasErrors(f)) << describe(f);
    }
}

TEST(ValidationDefaults, BareFunctionCallIsAnErrorWithAHint)
{
    const Findings f = validateDefault(SqlType::Integer, expr("unixepoch()"));
    EXPECT_RULES(f, "unparenthesised-default-expression");
    EXPECT_TRUE(f[0].message.endsWith(QLatin1String("write (unixepoch())"))) << f[0].message.toStdString();
}

TEST(ValidationDefaults, TwoParenthesisedTermsAreNotOneWrappedExpression)
{
    EXPECT_RULES(validateDefault(SqlType::Integer, expr("(1) + (2)")), "unparenthesised-default-expression");
}

TEST(ValidationDefaults, EmptyExpressionIsAnError)
{
    EXPECT_RULES(validateDefault(SqlType::Integer, expr("  ")), "empty-default-expression");
}
