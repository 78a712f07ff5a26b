// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/fileactions.h"

#include "app/appsettings.h"
#include "app/autosaver.h"
#include "app/userprompts.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "views/common/icons.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace tw::app {
namespace {

const QString kProjectSuffix = QStringLiteral(".twproj");

QString projectFilter()
{
    return FileActions::tr("Tablewright projects (*.twproj);;All files (*)");
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FileActions::FileActions(model::SchemaDocument *document, UserPrompts *prompts, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_prompts(prompts)
    , m_window(window)
    , m_autosaver(new Autosaver(document, this))
{
    createActions();
    m_autosaver->setIntervalSeconds(AppSettings().autosaveIntervalSeconds());
    connect(m_autosaver, &Autosaver::autosaveFailed, m_window,
            [this](const QString &error) { m_prompts->showError(m_window, tr("Autosave failed"), error); });
    connect(m_document, &model::SchemaDocument::modifiedChanged, this, &FileActions::updateActions);
    updateActions();
}

FileActions::~FileActions() = default;

void FileActions::createActions()
{
    m_new = new QAction(views::icons::icon(QStringLiteral("document-new")), tr("&New Project"), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &FileActions::newProject);

    m_open = new QAction(views::icons::icon(QStringLiteral("document-open")), tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString dir =
            m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
        const QString path = m_prompts->chooseOpenFile(m_window, dir, projectFilter());
        if (!path.isEmpty())
            openFile(path);
    });

    m_close = new QAction(tr("&Close Project"), this);
    m_close->setObjectName(QStringLiteral("closeProjectAction"));
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_close, &QAction::triggered, this, &FileActions::closeProject);

    m_save = new QAction(views::icons::icon(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &FileActions::save);

    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);

    m_recent = new QMenu(tr("Open &Recent"), m_window);
    connect(m_recent, &QMenu::aboutToShow, this, &FileActions::rebuildRecentMenu);
    rebuildRecentMenu();
}

void FileActions::updateActions()
{
    m_save->setEnabled(m_document->isModified() || m_document->filePath().isEmpty());
}

void FileActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = AppSettings().recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recent->addAction(QFileInfo(file).fileName());
        action->setToolTip(nativePath(file));
        action->setStatusTip(nativePath(file));
        connect(action, &QAction::triggered, this, [this, file] { openOrForget(file); });
    }
    if (!files.isEmpty())
        m_recent->addSeparator();
    QAction *clear = m_recent->addAction(tr("Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { AppSettings().clearRecentFiles(); });
    m_recent->setEnabled(!files.isEmpty());
}

void FileActions::openOrForget(const QString &filePath)
{
    if (!QFileInfo::exists(filePath)) {
        m_prompts->showError(m_window, tr("Open Recent"), tr("%1 no longer exists.").arg(nativePath(filePath)));
        AppSettings().removeRecentFile(filePath);
        rebuildRecentMenu();
        return;
    }
    openFile(filePath);
}

QString FileActions::documentName() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
}

std::optional<model::ProjectLock> FileActions::lockProject(const QString &absolutePath, const QString &action)
{
    model::ProjectLock lock;
    model::ProjectLock::Holder holder;
    if (absolutePath == m_lock.projectPath() || lock.acquire(absolutePath, &holder))
        return lock;
    const QString message =
        tr("%1 is already open in another Tablewright window (process %2 on %3).\n\nTwo windows on one project "
           "diverge, and the one saved last overwrites the other's changes. Switch to that window, or %4 anyway.")
            .arg(nativePath(absolutePath))
            .arg(holder.processId)
            .arg(holder.hostName, action.toLower());
    if (!m_prompts->confirm(m_window, tr("Project already open"), message, tr("%1 Anyway").arg(action)))
        return std::nullopt;
    lock.acquireAnyway(absolutePath);
    return lock;
}

bool FileActions::openFile(const QString &filePath, AskToSave ask)
{
    if (ask == AskToSave::Yes && !maybeSave())
        return false;
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    std::optional<model::ProjectLock> lock = lockProject(absolute, tr("Open"));
    if (!lock)
        return false;
    model::Result<model::Project> read = model::ProjectReader::readFile(absolute);
    if (!read) {
        m_prompts->showError(m_window, tr("Could not open project"),
                             tr("Could not open %1:\n%2").arg(nativePath(absolute), read.error()));
        return false;
    }
    model::Project project = std::move(read).value();
    bool recovered = false;
    const QDateTime autosaved = Autosaver::newerAutosaveTime(absolute);
    const QString copyPath = Autosaver::autosavePathFor(absolute);
    if (autosaved.isValid()) {
        if (m_prompts->askRecoverAutosave(m_window, absolute, autosaved)) {
            model::Result<model::Project> copy = model::ProjectReader::readFile(copyPath);
            if (copy) {
                project = std::move(copy).value();
                recovered = true;
            } else {
                m_prompts->showError(m_window, tr("Could not recover"),
                                     tr("Could not read %1:\n%2").arg(nativePath(copyPath), copy.error()));
            }
        } else {
            QFile::remove(copyPath);
        }
    }
    m_autosaver->discard();
    if (lock->projectPath() == absolute)
        m_lock = std::move(*lock);
    m_document->resetProject(std::move(project));
    m_document->setFilePath(absolute);
    // The recovered changes are not in the file yet: the document stays modified until it is saved.
    if (recovered)
        m_document->undoStack()->resetClean();
    AppSettings().addRecentFile(absolute);
    updateActions();
    Q_EMIT projectOpened(absolute);
    return true;
}

bool FileActions::newProject()
{
    if (!maybeSave())
        return false;
    resetUntitled({});
    Q_EMIT projectOpened(QString());
    return true;
}

bool FileActions::openCopy(const QString &filePath)
{
    if (!maybeSave())
        return false;
    model::Result<model::Project> read = model::ProjectReader::readFile(filePath);
    if (!read) {
        m_prompts->showError(m_window, tr("Could not open project"),
                             tr("Could not open %1:\n%2").arg(nativePath(filePath), read.error()));
        return false;
    }
    resetUntitled(std::move(read).value());
    Q_EMIT projectOpened(QString());
    return true;
}

void FileActions::resetUntitled(model::Project project)
{
    m_autosaver->discard();
    m_lock.release();
    m_document->resetProject(std::move(project));
    m_document->setFilePath(QString());
    updateActions();
}

bool FileActions::closeProject()
{
    if (!maybeSave())
        return false;
    resetUntitled({});
    Q_EMIT projectClosed();
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    const QString current = m_document->filePath();
    const QString suggestion = current.isEmpty() ? QDir::home().filePath(tr("untitled") + kProjectSuffix) : current;
    QString path = m_prompts->chooseSaveFile(m_window, suggestion, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += kProjectSuffix;
    return saveTo(path);
}

bool FileActions::saveTo(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    std::optional<model::ProjectLock> lock = lockProject(absolute, tr("Save"));
    if (!lock)
        return false;
    QString error;
    if (!model::ProjectWriter::writeFile(m_document->project(), absolute, &error)) {
        m_prompts->showError(m_window, tr("Could not save project"),
                             tr("Could not save %1:\n%2").arg(nativePath(absolute), error));
        return false;
    }
    m_autosaver->discard();
    if (lock->projectPath() == absolute)
        m_lock = std::move(*lock);
    m_document->setFilePath(absolute);
    m_document->markSaved();
    AppSettings().addRecentFile(absolute);
    updateActions();
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askUnsavedChanges(m_window, documentName())) {
    case UserPrompts::UnsavedChoice::Save:
        return save();
    case UserPrompts::UnsavedChoice::Discard:
        m_autosaver->discard();
        return true;
    case UserPrompts::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

} // namespace tw::app
