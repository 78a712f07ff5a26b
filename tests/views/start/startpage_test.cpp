// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/start/startpage.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::views::StartPage;
using Entry = tw::views::StartPage::Entry;

namespace {

TEST(StartPage, EachEntrySaysWhichWasChosen)
{
    StartPage page;
    QSignalSpy chosen(&page, &StartPage::entryChosen);
    const QList<Entry> entries{Entry::NewProject,         Entry::OpenProject,          Entry::OpenExample,
                               Entry::OpenDrizzleProject, Entry::OpenMigrationsFolder, Entry::OpenDatabase};
    page.setExamplePath(QStringLiteral("/somewhere/aperto.twproj"));
    for (const Entry entry : entries) {
        ASSERT_NE(page.entryButton(entry), nullptr);
        page.entryButton(entry)->click();
    }
    ASSERT_EQ(chosen.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        EXPECT_EQ(chosen.at(i).at(0).value<Entry>(), entries.at(i));
}

TEST(StartPage, WithoutAnInstalledExampleItsEntryIsDisabledAndSaysWhy)
{
    StartPage page;
    page.setExamplePath({});
    EXPECT_FALSE(page.entryButton(Entry::OpenExample)->isEnabled());
    EXPECT_TRUE(page.entryButton(Entry::OpenExample)->toolTip().contains(QStringLiteral("not installed")));
    page.setExamplePath(QStringLiteral("/usr/share/tablewright/examples/aperto.twproj"));
    EXPECT_TRUE(page.entryButton(Entry::OpenExample)->isEnabled());
}

TEST(StartPage, RecentProjectsOpenAndAreRemovableAndAMissingOneIsGreyed)
{
    QTemporaryDir dir;
    const QString present = dir.filePath(QStringLiteral("shop.twproj"));
    QFile file(present);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString missing = dir.filePath(QStringLiteral("gone.twproj"));
    StartPage page;
    page.setRecentFiles({present, missing});
    ASSERT_EQ(page.recentButtons().size(), 2);
    ASSERT_EQ(page.removeButtons().size(), 2);
    EXPECT_TRUE(page.recentButtons()[0]->isEnabled());
    EXPECT_FALSE(page.recentButtons()[1]->isEnabled());
    EXPECT_TRUE(page.recentButtons()[1]->toolTip().contains(QStringLiteral("no longer exists")));
    EXPECT_TRUE(page.removeButtons()[1]->isEnabled()) << "a missing project can be taken off the list";

    QSignalSpy opened(&page, &StartPage::recentChosen);
    QSignalSpy removed(&page, &StartPage::recentRemoved);
    page.recentButtons()[0]->click();
    page.removeButtons()[1]->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), present);
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.at(0).at(0).toString(), missing);

    page.setRecentFiles({present});
    EXPECT_EQ(page.recentButtons().size(), 1);
    page.setRecentFiles({});
    EXPECT_TRUE(page.recentButtons().isEmpty());
}

TEST(StartPage, ASmallWindowScrollsThePageInsteadOfGrowingToFitIt)
{
    StartPage page;
    page.setRecentFiles({QStringLiteral("/a/long/path/to/a/project/with/a/long/name/of-its-own.twproj")});
    EXPECT_LT(page.minimumSizeHint().width(), 300);
    EXPECT_LT(page.minimumSizeHint().height(), 300);
}

TEST(StartPage, TheHelpLinksAskForTheGuideAndTheShortcuts)
{
    StartPage page;
    auto *links = page.findChild<QLabel *>(QStringLiteral("startHelpLinks"));
    ASSERT_NE(links, nullptr);
    EXPECT_TRUE(links->text().contains(QStringLiteral("href=\"guide\"")));
    QSignalSpy guide(&page, &StartPage::userGuideRequested);
    QSignalSpy shortcuts(&page, &StartPage::shortcutsRequested);
    Q_EMIT links->linkActivated(QStringLiteral("guide"));
    Q_EMIT links->linkActivated(QStringLiteral("shortcuts"));
    EXPECT_EQ(guide.size(), 1);
    EXPECT_EQ(shortcuts.size(), 1);
}

} // namespace
