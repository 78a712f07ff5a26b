// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace tw::app {

/// The user's preferences, typed: every QSettings key and its default live in appsettings.cpp and nowhere
/// else. Preferences never go into the project file. Cheap to create where needed (QSettings is).
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    static constexpr int kMaxRecentFiles = 8;

    AppSettings();

    /// Most recent first, without duplicates, at most kMaxRecentFiles.
    QStringList recentFiles() const;
    /// Moves @p filePath (made absolute) to the front of the recent files.
    void addRecentFile(const QString &filePath);
    void removeRecentFile(const QString &filePath);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /// QMainWindow::saveState(): docks and toolbars.
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    bool gridVisible() const;
    void setGridVisible(bool visible);
    bool snapToGrid() const;
    void setSnapToGrid(bool snap);

    Theme theme() const;
    void setTheme(Theme theme);

    /// Seconds between autosaves; 0 turns autosave off.
    int autosaveIntervalSeconds() const;
    void setAutosaveIntervalSeconds(int seconds);

    /// Writes pending changes to storage now (QSettings also does so on its own later).
    void sync();

private:
    QSettings m_settings;
};

QString themeName(AppSettings::Theme theme);

} // namespace tw::app
