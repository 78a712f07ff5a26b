// SPDX-License-Identifier: GPL-3.0-or-later
// One QApplication for every window test; offscreen unless a platform is asked for.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and autosaves of the tests go to throw-away test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TablewrightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TablewrightTests"));
    QApplication app(argc, argv);
    // ctest runs test processes side by side: each gets settings of its own, so that one test's recent files or
    // window state never show up in another's (test mode alone shares one file between all of them).
    const QTemporaryDir settings;
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
