// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/linediff.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::codegen::LineDiff;

TEST(LineDiff, EqualTextsHaveNoDiff)
{
    EXPECT_TRUE(
        LineDiff::unified(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"), QStringLiteral("f.ts")).isEmpty());
}

TEST(LineDiff, AChangedLineIsAHunkWithContext)
{
    const QString before = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n");
    const QString after = QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n9\n");
    EXPECT_EQ(LineDiff::unified(before, after, QStringLiteral("f.ts")),
              QStringLiteral("--- a/f.ts\n+++ b/f.ts\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
}

TEST(LineDiff, DistantChangesGetSeparateHunksAndInsertionsCount)
{
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines << QString::number(i);
    const QString before = lines.join(u'\n') + u'\n';
    QStringList changed = lines;
    changed.insert(1, QStringLiteral("new"));
    changed.removeAt(18); // "18"
    const QString diff = LineDiff::unified(before, changed.join(u'\n') + u'\n', QStringLiteral("f"), 1);
    EXPECT_EQ(diff,
              QStringLiteral("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n 1\n+new\n 2\n@@ -17,3 +18,2 @@\n 17\n-18\n 19\n"));
}

TEST(LineDiff, ScriptKeepsCommonLinesAndMarksTheRest)
{
    EXPECT_EQ(LineDiff::script({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                               {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}),
              (QStringList{QStringLiteral(" a"), QStringLiteral("-b"), QStringLiteral(" c"), QStringLiteral("+d")}));
}

TEST(LineDiff, AMissingFinalNewlineIsShown)
{
    EXPECT_TRUE(LineDiff::unified(QStringLiteral("a\n"), QStringLiteral("a"), QStringLiteral("f"))
                    .contains(QStringLiteral("\\ No newline at end of file")));
}
