// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/projectlock.h"
#include "model/project/project.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::app {

class Autosaver;
class UserPrompts;

/// New, Open, Close, Save, Save As, Open Recent and Quit for the window's one document, plus the "unsaved changes?"
/// question and autosave recovery. Opening and New replace the document's project (one SchemaDocument lives as
/// long as the window, so every view keeps its document pointer).
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(model::SchemaDocument *document, UserPrompts *prompts, QWidget *window);
    ~FileActions() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *closeAction() const { return m_close; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *quitAction() const { return m_quit; }
    QMenu *recentMenu() const { return m_recent; }
    Autosaver *autosaver() const { return m_autosaver; }

    /// "aperto.twproj", or "Untitled" for a project never saved.
    QString documentName() const;

    enum class AskToSave { Yes, No };
    /// Asks about unsaved changes first (unless the caller did: @p ask No); reports errors (naming the file) to the
    /// user. Offers the autosaved copy when it is newer than the file.
    bool openFile(const QString &filePath, AskToSave ask = AskToSave::Yes);
    bool newProject();
    /// An untitled copy of @p filePath (the installed example, read-only where it lies): Save asks where it goes,
    /// and autosave keeps the copy where untitled projects go.
    bool openCopy(const QString &filePath);
    /// File ▸ Close Project: after asking about unsaved changes, the window holds no project (an empty untitled
    /// one, which the start page covers).
    bool closeProject();
    bool save();
    bool saveAs();
    /// Writes to @p filePath; the document is marked saved only when the write succeeded.
    bool saveTo(const QString &filePath);
    /// Before the document is replaced or the window closes: true when it may go (saved, discarded or clean).
    bool maybeSave();

Q_SIGNALS:
    void projectOpened(const QString &filePath);
    /// The project was closed: nothing the user chose is open.
    void projectClosed();

private:
    /// @p absolutePath's lock, or none when the user would rather not open or overwrite a project open elsewhere.
    std::optional<model::ProjectLock> lockProject(const QString &absolutePath, const QString &action);
    void createActions();
    /// @p project, untitled: no lock, no autosave yet.
    void resetUntitled(model::Project project);
    void rebuildRecentMenu();
    void openOrForget(const QString &filePath);
    void updateActions();

    model::SchemaDocument *m_document;
    UserPrompts *m_prompts;
    QWidget *m_window;
    Autosaver *m_autosaver;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_close = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_recent = nullptr;
    // The open project's lock: a second window or process opening the same file is told before two copies diverge.
    model::ProjectLock m_lock;
};

} // namespace tw::app
