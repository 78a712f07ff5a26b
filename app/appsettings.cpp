// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appsettings.h"

#include <QFileInfo>

namespace tw::app {
namespace {

// Every key with its default, in one place.
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kGridVisible = QStringLiteral("diagram/gridVisible");
constexpr bool kGridVisibleDefault = true;
const QString kSnapToGrid = QStringLiteral("diagram/snapToGrid");
constexpr bool kSnapToGridDefault = true;
const QString kTheme = QStringLiteral("appearance/theme");
constexpr AppSettings::Theme kThemeDefault = AppSettings::Theme::System;
const QString kAutosaveInterval = QStringLiteral("files/autosaveIntervalSeconds");
constexpr int kAutosaveIntervalDefault = 60;

} // namespace

QString themeName(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::Light:
        return QStringLiteral("light");
    case AppSettings::Theme::Dark:
        return QStringLiteral("dark");
    case AppSettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings.value(kRecentFiles).toStringList();
    files.removeDuplicates();
    return files.mid(0, kMaxRecentFiles);
}

void AppSettings::addRecentFile(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &filePath)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(filePath).absoluteFilePath());
    m_settings.setValue(kRecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(kRecentFiles);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}

bool AppSettings::gridVisible() const
{
    return m_settings.value(kGridVisible, kGridVisibleDefault).toBool();
}

void AppSettings::setGridVisible(bool visible)
{
    m_settings.setValue(kGridVisible, visible);
}

bool AppSettings::snapToGrid() const
{
    return m_settings.value(kSnapToGrid, kSnapToGridDefault).toBool();
}

void AppSettings::setSnapToGrid(bool snap)
{
    m_settings.setValue(kSnapToGrid, snap);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString name = m_settings.value(kTheme, themeName(kThemeDefault)).toString();
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeName(theme) == name)
            return theme;
    }
    return kThemeDefault;
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(kTheme, themeName(theme));
}

int AppSettings::autosaveIntervalSeconds() const
{
    const int seconds = m_settings.value(kAutosaveInterval, kAutosaveIntervalDefault).toInt();
    return seconds >= 0 ? seconds : kAutosaveIntervalDefault;
}

void AppSettings::setAutosaveIntervalSeconds(int seconds)
{
    m_settings.setValue(kAutosaveInterval, std::max(0, seconds));
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace tw::app
