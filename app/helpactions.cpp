// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/helpactions.h"

#include "views/help/shortcutlist.h"
#include "views/help/shortcutsdialog.h"
#include "views/help/userguidewindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace tw::app {

HelpActions::HelpActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_guide(new QAction(tr("&User Guide"), this))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), this))
{
    m_guide->setObjectName(QStringLiteral("userGuideAction"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setStatusTip(tr("The walkthrough: add a table, generate its migration, apply it, export schema.ts"));
    connect(m_guide, &QAction::triggered, this, &HelpActions::showUserGuide);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcuts->setStatusTip(tr("Every key of the menus, the table editor and the diagram"));
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        views::ShortcutsDialog dialog(views::menuShortcuts(m_window->menuBar()) + views::placeShortcuts(), m_window);
        dialog.exec();
    });
}

views::UserGuideWindow *HelpActions::showUserGuide()
{
    if (!m_guideWindow) {
        m_guideWindow = new views::UserGuideWindow(views::UserGuideWindow::guideUrl(), m_window);
        m_guideWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guideWindow->show();
    m_guideWindow->raise();
    m_guideWindow->activateWindow();
    return m_guideWindow;
}

} // namespace tw::app
