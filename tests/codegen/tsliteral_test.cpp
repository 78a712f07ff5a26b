// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::codegen;

TEST(TsLiteral, StringLiteralEscapesQuotesBackslashesAndControls)
{
    EXPECT_EQ(ts::stringLiteral(QStringLiteral("it's a\\b\n\t\x01")), QStringLiteral("'it\\'s a\\\\b\\n\\t\\u0001'"));
    EXPECT_EQ(ts::stringLiteral(QStringLiteral("größe \"x\"")), QStringLiteral("'größe \"x\"'"));
    EXPECT_EQ(ts::stringLiteral(QString(QChar(0x2028))), QStringLiteral("'\\u2028'"));
}

TEST(TsLiteral, TemplateBodyEscapesBacktickBackslashAndInterpolation)
{
    EXPECT_EQ(ts::templateBody(QStringLiteral("a`b\\c${d}$e")), QStringLiteral("a\\`b\\\\c\\${d}$e"));
    EXPECT_EQ(ts::sqlTemplate(QStringLiteral("(unixepoch())")), QStringLiteral("sql`(unixepoch())`"));
}

TEST(TsLiteral, PropertyKeysAndMemberAccessQuoteOnlyWhenNeeded)
{
    EXPECT_EQ(ts::propertyKey(QStringLiteral("createdAt")), QStringLiteral("createdAt"));
    EXPECT_EQ(ts::propertyKey(QStringLiteral("created-at")), QStringLiteral("'created-at'"));
    EXPECT_EQ(ts::memberAccess(QStringLiteral("t"), QStringLiteral("a b")), QStringLiteral("t['a b']"));
    EXPECT_EQ(ts::memberAccess(QStringLiteral("t"), QStringLiteral("ab")), QStringLiteral("t.ab"));
}

TEST(TsImports, SortedNamesOneLinePerModuleTypesLast)
{
    TsImports imports;
    imports.add(QStringLiteral("drizzle-orm/sqlite-core"), QStringLiteral("text"));
    imports.add(QStringLiteral("drizzle-orm/sqlite-core"), QStringLiteral("int"));
    imports.add(QStringLiteral("drizzle-orm/sqlite-core"), QStringLiteral("int"));
    imports.add(QStringLiteral("drizzle-orm"), QStringLiteral("sql"));
    imports.addType(QStringLiteral("drizzle-orm/sqlite-core"), QStringLiteral("AnySQLiteColumn"));
    EXPECT_EQ(imports.toString(), QStringLiteral("import { sql } from 'drizzle-orm';\n"
                                                 "import { int, text } from 'drizzle-orm/sqlite-core';\n"
                                                 "import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';\n"));
}
