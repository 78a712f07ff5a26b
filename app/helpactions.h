// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace tw::views {
class UserGuideWindow;
}

namespace tw::app {

/// Help ▸ User Guide (F1): the bundled guide in a window of its own, kept open beside the designer; Help ▸ Keyboard
/// Shortcuts: every key, read from the window's menus when it opens, so it lists what the menus do now.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QMainWindow *window);

    QAction *userGuideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }

    /// Opens (or raises) the guide's window and returns it.
    views::UserGuideWindow *showUserGuide();

private:
    QMainWindow *m_window;
    QAction *m_guide;
    QAction *m_shortcuts;
    QPointer<views::UserGuideWindow> m_guideWindow;
};

} // namespace tw::app
