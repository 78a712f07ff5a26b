// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;

TEST(Naming, CamelCaseFromSnakeFollowsTheGuide)
{
    EXPECT_EQ(naming::camelCaseFromSnake(QStringLiteral("created_by_user_id")), QStringLiteral("createdByUserId"));
    EXPECT_EQ(naming::camelCaseFromSnake(QStringLiteral("product_tags")), QStringLiteral("productTags"));
    EXPECT_EQ(naming::camelCaseFromSnake(QStringLiteral("id")), QStringLiteral("id"));
    EXPECT_EQ(naming::camelCaseFromSnake(QStringLiteral("_private")), QStringLiteral("private"));
    EXPECT_EQ(naming::camelCaseFromSnake(QStringLiteral("Users")), QStringLiteral("users"));
}

TEST(Naming, SnakeCaseFromCamelAndSpaces)
{
    EXPECT_EQ(naming::snakeCaseFromAny(QStringLiteral("createdByUserId")), QStringLiteral("created_by_user_id"));
    EXPECT_EQ(naming::snakeCaseFromAny(QStringLiteral("Order Items")), QStringLiteral("order_items"));
    EXPECT_EQ(naming::snakeCaseFromAny(QStringLiteral("a--b")), QStringLiteral("a_b"));
}

TEST(Naming, SqlNamesCompareCaseInsensitivelyForAsciiOnly)
{
    EXPECT_TRUE(naming::sqlNamesEqual(QStringLiteral("Users"), QStringLiteral("users")));
    EXPECT_FALSE(naming::sqlNamesEqual(QStringLiteral("Ä"), QStringLiteral("ä")));
}

TEST(Naming, SnakeAndCamelCaseRecognition)
{
    EXPECT_TRUE(naming::isSnakeCase(QStringLiteral("product_tags")));
    EXPECT_FALSE(naming::isSnakeCase(QStringLiteral("productTags")));
    EXPECT_FALSE(naming::isSnakeCase(QStringLiteral("double__underscore")));
    EXPECT_TRUE(naming::isCamelCase(QStringLiteral("createdAt")));
    EXPECT_FALSE(naming::isCamelCase(QStringLiteral("CreatedAt")));
}

TEST(Naming, SqliteRejectsReservedPrefixAndControlCharacters)
{
    EXPECT_TRUE(naming::sqliteNameProblem(QStringLiteral("users")).isEmpty());
    EXPECT_TRUE(naming::sqliteNameProblem(QStringLiteral("we\"ird `name`")).isEmpty());
    EXPECT_FALSE(naming::sqliteNameProblem(QStringLiteral("SQLITE_stat")).isEmpty());
    EXPECT_FALSE(naming::sqliteNameProblem(QStringLiteral("")).isEmpty());
    EXPECT_FALSE(naming::sqliteNameProblem(QStringLiteral("a\nb")).isEmpty());
    EXPECT_FALSE(naming::sqliteNameProblem(QStringLiteral(" padded")).isEmpty());
}

TEST(Naming, TypeScriptIdentifiers)
{
    EXPECT_TRUE(naming::isTypeScriptIdentifier(QStringLiteral("createdAt")));
    EXPECT_TRUE(naming::isTypeScriptIdentifier(QStringLiteral("$über_1")));
    EXPECT_FALSE(naming::isTypeScriptIdentifier(QStringLiteral("1st")));
    EXPECT_FALSE(naming::isTypeScriptIdentifier(QStringLiteral("has-dash")));
    EXPECT_TRUE(naming::isTypeScriptReservedWord(QStringLiteral("delete")));
    EXPECT_FALSE(naming::isTypeScriptReservedWord(QStringLiteral("users")));
    EXPECT_TRUE(naming::isSqliteKeyword(QStringLiteral("ORDER")));
}

TEST(Naming, TypeScriptIdentifierFromAnySqlName)
{
    EXPECT_EQ(naming::typeScriptIdentifierFrom(QStringLiteral("it's \"quoted\" `name`")),
              QStringLiteral("itsQuotedName"));
    EXPECT_EQ(naming::typeScriptIdentifierFrom(QStringLiteral("created_at")), QStringLiteral("createdAt"));
    EXPECT_EQ(naming::typeScriptIdentifierFrom(QStringLiteral("2fa-secret")), QStringLiteral("_2faSecret"));
    EXPECT_EQ(naming::typeScriptIdentifierFrom(QStringLiteral("delete")), QStringLiteral("_delete"));
    EXPECT_EQ(naming::typeScriptIdentifierFrom(QStringLiteral("größe")), QStringLiteral("größe"));
    EXPECT_EQ(naming::typeScriptIdentifierFrom(QStringLiteral("!!!")), QStringLiteral("value"));
    for (const char *raw : {"it's \"quoted\" `name`", "2fa-secret", "delete", "a b c", "?"})
        EXPECT_TRUE(naming::isTypeScriptIdentifier(naming::typeScriptIdentifierFrom(QString::fromUtf8(raw)))) << raw;
}
