// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/journal.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::migrations;

TEST(Journal, DrizzleKitJournalRoundTripsByteForByte)
{
    const QByteArray bytes = tw::test::readData(QStringLiteral("folders/two-migrations/meta/_journal.json"));
    const auto journal = Journal::parse(bytes);
    ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
    ASSERT_EQ(journal.value().entries.size(), 2);
    EXPECT_EQ(journal.value().entries[0].tag, QStringLiteral("0000_init"));
    EXPECT_EQ(journal.value().entries[1].when, 1795478919410);
    EXPECT_EQ(journal.value().toJson(), bytes);
}

TEST(Journal, EmptyJournalIsWrittenLikeDrizzleKit)
{
    EXPECT_EQ(Journal().toJson(),
              QByteArray("{\n  \"version\": \"7\",\n  \"dialect\": \"sqlite\",\n  \"entries\": []\n}"));
}

TEST(Journal, ErrorsNameTheJsonPath)
{
    const auto missingEntries = Journal::parse(R"({"version":"7","dialect":"sqlite"})");
    EXPECT_EQ(missingEntries.error(), QStringLiteral("entries: expected an array"));
    const auto badWhen = Journal::parse(R"({"dialect":"sqlite","entries":[{"idx":0,"when":"soon","tag":"0000_a"}]})");
    EXPECT_EQ(badWhen.error(), QStringLiteral("entries[0].when: expected a whole number (epoch ms)"));
    const auto badTag = Journal::parse(R"({"dialect":"sqlite","entries":[{"idx":0,"when":1,"tag":"../x"}]})");
    EXPECT_EQ(badTag.error(), QStringLiteral("entries[0].tag: \"../x\" is not a file name"));
    EXPECT_FALSE(Journal::parse("{").ok());
    EXPECT_EQ(Journal::parse("[]").error(), QStringLiteral("the journal is not a JSON object"));
}

TEST(Journal, NumbersOutOfRangeAreErrorsNotArbitraryValues)
{
    // Found by the journal fuzz target (tests/fuzz/regressions/journal): converting these was undefined behaviour.
    const auto hugeWhen =
        Journal::parse(R"({"dialect":"sqlite","entries":[{"idx":0,"when":1.766e45,"tag":"0000_a"}]})");
    EXPECT_EQ(hugeWhen.error(), QStringLiteral("entries[0].when: expected a whole number (epoch ms)"));
    const auto hugeIdx = Journal::parse(R"({"dialect":"sqlite","entries":[{"idx":3e9,"when":1,"tag":"0000_a"}]})");
    EXPECT_EQ(hugeIdx.error(), QStringLiteral("entries[0].idx: expected a whole number"));
    const auto largestWhen =
        Journal::parse(R"({"dialect":"sqlite","entries":[{"idx":0,"when":9007199254740991,"tag":"0000_a"}]})");
    ASSERT_TRUE(largestWhen.ok()) << largestWhen.error().toStdString();
    EXPECT_EQ(largestWhen.value().entries[0].when, 9007199254740991);
}
