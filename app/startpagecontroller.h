// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/start/startpage.h"

#include <QObject>

class QMainWindow;
class QStackedWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::app {

class AdoptActions;
class FileActions;
class HelpActions;
class ImportActions;

/// Puts views::StartPage in the window's central area, over whatever the window shows there, while no project is
/// open: when the window starts without one and after File ▸ Close Project. Opening anything, New Project or an
/// edit (Ctrl+T on the empty project) brings the diagram back. The page's entries and links run the window's own
/// actions.
class StartPageController : public QObject
{
    Q_OBJECT

public:
    StartPageController(QMainWindow *window, model::SchemaDocument *document, FileActions *file, AdoptActions *adopt,
                        ImportActions *import, HelpActions *help);

    views::StartPage *page() const { return m_page; }
    bool isShown() const;
    /// Shows the start page with the recent projects as they are now.
    void show();
    /// Shows the diagram (or what else the window's central widget was).
    void hide();

private:
    void openEntry(views::StartPage::Entry entry);
    void openExample();
    void refreshRecent();

    QMainWindow *m_window;
    model::SchemaDocument *m_document;
    FileActions *m_file;
    AdoptActions *m_adopt;
    ImportActions *m_import;
    QStackedWidget *m_stack;
    views::StartPage *m_page;
};

} // namespace tw::app
