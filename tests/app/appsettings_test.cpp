// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appsettings.h"

#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

using tw::app::AppSettings;

namespace {

class AppSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QStandardPaths::isTestModeEnabled());
        QSettings().clear();
    }
};

TEST_F(AppSettingsTest, DefaultsWhenNothingIsStored)
{
    const AppSettings settings;
    EXPECT_TRUE(settings.recentFiles().isEmpty());
    EXPECT_TRUE(settings.gridVisible());
    EXPECT_TRUE(settings.snapToGrid());
    EXPECT_EQ(settings.theme(), AppSettings::Theme::System);
    EXPECT_EQ(settings.autosaveIntervalSeconds(), 60);
    EXPECT_TRUE(settings.windowGeometry().isEmpty());
}

TEST_F(AppSettingsTest, ValuesSurviveANewInstance)
{
    {
        AppSettings settings;
        settings.setGridVisible(false);
        settings.setSnapToGrid(false);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setAutosaveIntervalSeconds(15);
        settings.setWindowGeometry(QByteArray("geometry"));
        settings.setWindowState(QByteArray("state"));
        settings.sync();
    }
    const AppSettings settings;
    EXPECT_FALSE(settings.gridVisible());
    EXPECT_FALSE(settings.snapToGrid());
    EXPECT_EQ(settings.theme(), AppSettings::Theme::Dark);
    EXPECT_EQ(settings.autosaveIntervalSeconds(), 15);
    EXPECT_EQ(settings.windowGeometry(), QByteArray("geometry"));
    EXPECT_EQ(settings.windowState(), QByteArray("state"));
}

TEST_F(AppSettingsTest, RecentFilesAreMostRecentFirstWithoutDuplicatesAndBounded)
{
    AppSettings settings;
    for (int i = 0; i < AppSettings::kMaxRecentFiles + 3; ++i)
        settings.addRecentFile(QStringLiteral("/projects/p%1.twproj").arg(i));
    settings.addRecentFile(QStringLiteral("/projects/p5.twproj"));
    const QStringList recent = AppSettings().recentFiles();
    ASSERT_EQ(recent.size(), AppSettings::kMaxRecentFiles);
    EXPECT_EQ(recent.first(), QStringLiteral("/projects/p5.twproj"));
    EXPECT_EQ(recent.count(QStringLiteral("/projects/p5.twproj")), 1);
    EXPECT_EQ(recent.at(1), QStringLiteral("/projects/p10.twproj"));
    settings.removeRecentFile(QStringLiteral("/projects/p5.twproj"));
    EXPECT_FALSE(AppSettings().recentFiles().contains(QStringLiteral("/projects/p5.twproj")));
    settings.clearRecentFiles();
    EXPECT_TRUE(AppSettings().recentFiles().isEmpty());
}

TEST_F(AppSettingsTest, UnknownThemeNameFallsBackToTheDefault)
{
    QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
    EXPECT_EQ(AppSettings().theme(), AppSettings::Theme::System);
}

} // namespace
