// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationnamer.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using tw::migrations::MigrationNamer;

TEST(MigrationNamer, WordTagsAreDeterministicPerSeedAndShapedLikeDrizzleKits)
{
    const QString a = MigrationNamer::tag(3, {}, QStringLiteral("9b1d0c5e-1111-4222-8333-444455556666"));
    EXPECT_EQ(a, MigrationNamer::tag(3, {}, QStringLiteral("9b1d0c5e-1111-4222-8333-444455556666")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^0003_[a-z]+_[a-z]+$")).match(a).hasMatch()) << a.toStdString();
    QSet<QString> names;
    for (int i = 0; i < 50; ++i)
        names.insert(MigrationNamer::tag(0, {}, QString::number(i)));
    EXPECT_GT(names.size(), 40) << "different seeds should mostly give different names";
}

TEST(MigrationNamer, CustomNamesAreFoldedToSafeFileNames)
{
    EXPECT_EQ(MigrationNamer::tag(12, QStringLiteral("Add Categories!"), {}), QStringLiteral("0012_add_categories"));
    EXPECT_EQ(MigrationNamer::sanitize(QStringLiteral("../../etc/passwd")), QStringLiteral("etc_passwd"));
    EXPECT_EQ(MigrationNamer::sanitize(QStringLiteral("Größe")), QStringLiteral("gr_e"));
    EXPECT_TRUE(MigrationNamer::sanitize(QStringLiteral("!!!")).isEmpty());
    EXPECT_TRUE(MigrationNamer::tag(1, QStringLiteral("!!!"), QStringLiteral("s")).startsWith(QStringLiteral("0001_")));
}
