// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startpagecontroller.h"

#include "app/adoptactions.h"
#include "app/appsettings.h"
#include "app/exampleproject.h"
#include "app/fileactions.h"
#include "app/helpactions.h"
#include "app/importactions.h"
#include "model/document/schemadocument.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QStackedWidget>
#include <QStatusBar>

namespace tw::app {

StartPageController::StartPageController(QMainWindow *window, model::SchemaDocument *document, FileActions *file,
                                         AdoptActions *adopt, ImportActions *import, HelpActions *help)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_file(file)
    , m_adopt(adopt)
    , m_import(import)
    , m_stack(new QStackedWidget(window))
    , m_page(new views::StartPage(m_stack))
{
    QWidget *content = window->takeCentralWidget();
    m_stack->addWidget(content);
    m_stack->addWidget(m_page);
    window->setCentralWidget(m_stack);
    content->setFocus();

    connect(m_file, &FileActions::projectOpened, this, &StartPageController::hide);
    connect(m_file, &FileActions::projectClosed, this, &StartPageController::show);
    connect(m_document, &model::SchemaDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            hide();
    });
    connect(m_page, &views::StartPage::entryChosen, this, &StartPageController::openEntry);
    connect(m_page, &views::StartPage::recentChosen, this,
            [this](const QString &filePath) { m_file->openFile(filePath); });
    connect(m_page, &views::StartPage::recentRemoved, this, [this](const QString &filePath) {
        AppSettings().removeRecentFile(filePath);
        refreshRecent();
    });
    connect(m_page, &views::StartPage::userGuideRequested, help->userGuideAction(), &QAction::trigger);
    connect(m_page, &views::StartPage::shortcutsRequested, help->shortcutsAction(), &QAction::trigger);
    if (m_document->filePath().isEmpty() && !m_document->isModified())
        show();
}

bool StartPageController::isShown() const
{
    return m_stack->currentWidget() == m_page;
}

void StartPageController::show()
{
    refreshRecent();
    m_page->setExamplePath(exampleProjectPath());
    m_stack->setCurrentWidget(m_page);
}

void StartPageController::hide()
{
    m_stack->setCurrentIndex(0);
}

// An installed example lies where the user cannot write: saving, autosaving or generating beside it would fail, so
// it opens as an untitled copy, as the user guide's `cp` makes one.
void StartPageController::openExample()
{
    const QString example = exampleProjectPath();
    if (example.isEmpty())
        return;
    if (QFileInfo(QFileInfo(example).absolutePath()).isWritable()) {
        m_file->openFile(example);
        return;
    }
    if (m_file->openCopy(example)) {
        m_window->statusBar()->showMessage(
            tr("The installed example is read-only: this is an untitled copy, File \u25b8 Save As\u2026 puts it in a "
               "folder of your own"));
    }
}

void StartPageController::refreshRecent()
{
    m_page->setRecentFiles(AppSettings().recentFiles());
}

void StartPageController::openEntry(views::StartPage::Entry entry)
{
    using Entry = views::StartPage::Entry;
    switch (entry) {
    case Entry::NewProject:
        m_file->newProject();
        return;
    case Entry::OpenProject:
        m_file->openAction()->trigger();
        return;
    case Entry::OpenExample:
        openExample();
        return;
    case Entry::OpenDrizzleProject:
        m_adopt->openDrizzleAction()->trigger();
        return;
    case Entry::OpenMigrationsFolder:
        m_import->migrationsFolderAction()->trigger();
        return;
    case Entry::OpenDatabase:
        m_import->databaseAction()->trigger();
        return;
    }
}

} // namespace tw::app
