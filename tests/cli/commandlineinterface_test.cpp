// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandlineinterface.h"
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::test::runCli;

TEST(CommandLineInterface, VersionPrintsTheBuildVersion)
{
    const auto run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QStringLiteral("tablewright " TW_VERSION "\n"));
}

TEST(CommandLineInterface, HelpListsEveryCommandAndExitsZero)
{
    const auto run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("check")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit codes")));
}

TEST(CommandLineInterface, HelpForOneCommandShowsItsUsage)
{
    const auto run = runCli({QStringLiteral("--help"), QStringLiteral("check")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QStringLiteral("Usage: tablewright check PROJECT [--output text|json]\n"));
}

TEST(CommandLineInterface, UnknownCommandIsAUsageError)
{
    const auto run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown command or option 'frobnicate'")));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CommandLineInterface, SubcommandsAndFlagsAreHeadlessButAProjectPathIsNot)
{
    const tw::cli::CommandLineInterface cli;
    EXPECT_TRUE(cli.handles({QStringLiteral("check"), QStringLiteral("x.twproj")}));
    EXPECT_TRUE(cli.handles({QStringLiteral("--version")}));
    EXPECT_FALSE(cli.handles({}));
    EXPECT_FALSE(cli.handles({QStringLiteral("examples/aperto.twproj")}));
}

TEST(CommandLineInterface, NearestCommandForgivesSlipsButNotGuesses)
{
    const tw::cli::CommandLineInterface cli;
    EXPECT_EQ(cli.nearestCommand(QStringLiteral("chekc")), QStringLiteral("check"));
    EXPECT_EQ(cli.nearestCommand(QStringLiteral("genrate")), QStringLiteral("generate"));
    EXPECT_EQ(cli.nearestCommand(QStringLiteral("gen")), QStringLiteral("generate"));
    EXPECT_EQ(cli.nearestCommand(QStringLiteral("rendr")), QStringLiteral("render"));
    EXPECT_EQ(cli.nearestCommand(QStringLiteral("frobnicate")), QString());
}

TEST(CommandLineInterface, ABareWordThatNamesNoFileIsAMistypedCommandNotAProject)
{
    const tw::cli::CommandLineInterface cli;
    EXPECT_TRUE(cli.handles({QStringLiteral("verfy"), QStringLiteral("x.twproj")}));
    EXPECT_FALSE(cli.handles({QStringLiteral("new-project.twproj")}));
}
