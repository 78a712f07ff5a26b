// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::test::runBinary;

// The real executable, started without any display: subcommands must not need one.

TEST(CliBinary, VersionRunsWithoutADisplay)
{
    const auto run = runBinary({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("tablewright " TW_VERSION "\n"));
}

TEST(CliBinary, CheckOfTheBundledExampleIsClean)
{
    const auto run = runBinary({QStringLiteral("check"), QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "the example should have no findings at all:\n" << run.out.toStdString();
}

TEST(CliBinary, UsageErrorsExitTwoOnStderr)
{
    const auto run = runBinary({QStringLiteral("check")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(CliBinary, AMistypedCommandIsAUsageErrorNamingTheNearestCommand)
{
    const auto run = runBinary({QStringLiteral("chekc"), QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")});
    EXPECT_EQ(run.exitCode, 2) << "a mistyped command must not open a window: " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown command or option 'chekc'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("did you mean 'check'?"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliBinary, TheDesignerWithoutADisplaySaysSoAndExitsOne)
{
    const auto run = runBinary({QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")});
    EXPECT_EQ(run.exitCode, 1) << "exit " << run.exitCode << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("no display"))) << run.err.toStdString();
}

TEST(CliBinary, TheDesignerWithAnUnreachableDisplaySaysSoInsteadOfAborting)
{
    const auto run = runBinary({QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")}, QStringLiteral(":987"));
    EXPECT_EQ(run.exitCode, 1) << "a crash is exit -1: " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot open the designer's window"))) << run.err.toStdString();
}
