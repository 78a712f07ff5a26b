// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/importids.h"

#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::migrations::ImportIds;
using tw::model::Id;

TEST(ImportIds, PlainNamesGiveReadableIds)
{
    EXPECT_EQ(ImportIds::table(QStringLiteral("users")), Id(QStringLiteral("t.users")));
    EXPECT_EQ(ImportIds::column(QStringLiteral("users"), QStringLiteral("created_at")),
              Id(QStringLiteral("c.users.created_at")));
    EXPECT_EQ(ImportIds::view(QStringLiteral("active-users")), Id(QStringLiteral("v.active-users")));
}

TEST(ImportIds, OtherNamesAreSanitisedAndHashedSoTheyStayDistinct)
{
    const Id spaced = ImportIds::table(QStringLiteral("a b"));
    const Id underscored = ImportIds::table(QStringLiteral("a_b"));
    const Id dotted = ImportIds::column(QStringLiteral("a.b"), QStringLiteral("c"));
    const Id split = ImportIds::column(QStringLiteral("a"), QStringLiteral("b.c"));
    EXPECT_NE(spaced, underscored);
    EXPECT_NE(dotted, split);
    EXPECT_TRUE(spaced.toString().startsWith(QLatin1String("t.a_b-")));
    for (const Id &id : {spaced, dotted, split, ImportIds::table(QStringLiteral("café")),
                         ImportIds::index(QStringLiteral("x"), QString(60, QLatin1Char('n')))})
        EXPECT_TRUE(Id::isValidToken(id.toString())) << id.toString().toStdString();
}

TEST(ImportIds, SameNamesGiveTheSameIdEveryTime)
{
    EXPECT_EQ(ImportIds::foreignKey(QStringLiteral("t"), QStringLiteral("fk \"x\"")),
              ImportIds::foreignKey(QStringLiteral("t"), QStringLiteral("fk \"x\"")));
}

TEST(ImportIds, KindsDoNotCollide)
{
    EXPECT_NE(ImportIds::index(QStringLiteral("t"), QStringLiteral("x")),
              ImportIds::checkConstraint(QStringLiteral("t"), QStringLiteral("x")));
    EXPECT_NE(ImportIds::column(QStringLiteral("t"), QStringLiteral("x")),
              ImportIds::viewColumn(QStringLiteral("t"), QStringLiteral("x")));
}
