// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sourceupdater.h"

#include "app/userprompts.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "source/adopt/sourceproject.h"
#include "source/sync/sourcebinding.h"
#include "source/sync/sourcesync.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>
#include <QWidget>

namespace tw::app {
namespace {

constexpr int kDefaultQuietMilliseconds = 300;

// "schema.ts", "schema.ts and users.ts", "4 schema files": what the undo step and the status line name.
QString describeFiles(const QStringList &files)
{
    QStringList names;
    for (const QString &file : files)
        names << QFileInfo(file).fileName();
    if (names.size() > 2)
        return SourceUpdater::tr("%n schema files", nullptr, int(names.size()));
    return names.join(SourceUpdater::tr(" and "));
}

// `src/db/schema.ts:27:36: the name of table ...`: the file as the project names it (relative to its folder).
QString firstError(const source::SourceSchema &source, const QString &projectFolder)
{
    for (const source::SourceDiagnostic &diagnostic : source.diagnostics) {
        if (diagnostic.severity != source::SourceDiagnostic::Severity::Error)
            continue;
        source::SourceLocation location = diagnostic.location;
        location.file = QDir::toNativeSeparators(QDir(projectFolder).relativeFilePath(location.file));
        return location.toString() + QStringLiteral(": ") + diagnostic.message;
    }
    return {};
}

} // namespace

SourceUpdater::SourceUpdater(model::SchemaDocument *document, UserPrompts *prompts, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_prompts(prompts)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(kDefaultQuietMilliseconds);
    connect(m_quiet, &QTimer::timeout, this, &SourceUpdater::checkNow);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_quiet, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_quiet, qOverload<>(&QTimer::start));
}

void SourceUpdater::setQuietMilliseconds(int milliseconds)
{
    m_quiet->setInterval(milliseconds);
}

QStringList SourceUpdater::watchedFiles() const
{
    return m_watcher->files();
}

bool SourceUpdater::isLive() const
{
    return m_document->settings().schemaMode == model::ProjectSettings::SchemaMode::Source &&
           !m_document->filePath().isEmpty();
}

void SourceUpdater::restart()
{
    m_quiet->stop();
    checkNow();
}

// The files and their folders: a save by rename replaces the file (its watch ends), a new file in a globbed folder
// appears only as a folder change.
void SourceUpdater::watch(const QStringList &files)
{
    QSet<QString> wanted;
    for (const QString &file : files)
        wanted << file << QFileInfo(file).absolutePath();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList gone;
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            gone << path;
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            added << path;
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void SourceUpdater::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

void SourceUpdater::checkNow()
{
    if (m_checking) { // a change while the conflict question is open: look again after it
        m_quiet->start();
        return;
    }
    QScopedValueRollback<bool> checking(m_checking, true);
    if (!isLive()) {
        watch({});
        setProblem({});
        return;
    }
    const auto source = source::SourceProject::read(m_document->project(), m_document->filePath());
    if (!source) {
        setProblem(source.error());
        return;
    }
    QStringList files;
    for (const source::SourceFile &file : source.value().files)
        files << file.path;
    watch(files);
    // Mid-edit the reader leaves out what it cannot read: taking that in would drop tables that are still there.
    const QString error = firstError(source.value(), projectFolder());
    setProblem(error);
    if (!error.isEmpty())
        return;
    const source::SourceSyncStatus status =
        source::SourceSync::status(m_document->schema(), m_document->project().source, source.value(), projectFolder());
    switch (status.state) {
    case source::SourceSyncStatus::State::InSync:
    case source::SourceSyncStatus::State::ProjectChanged:
        break;
    case source::SourceSyncStatus::State::SourceChanged:
        takeIn(status, source.value());
        break;
    case source::SourceSyncStatus::State::Both:
        if (m_prompts->askSourceConflict(m_window, status.changedFiles) == UserPrompts::SourceConflictChoice::TakeFiles)
            takeIn(status, source.value());
        else
            keepProject(status, source.value());
        break;
    }
}

QString SourceUpdater::projectFolder() const
{
    return QFileInfo(m_document->filePath()).absolutePath();
}

// The files' schema with the project's ids (so cards, layout and the baseline stay attached), as one undo step.
void SourceUpdater::takeIn(const source::SourceSyncStatus &status, const source::SourceSchema &source)
{
    const QString files = describeFiles(status.changedFiles);
    const bool changed =
        model::SchemaEditor(m_document).replaceSchema(status.sourceSchema, tr("Update from %1").arg(files));
    m_document->setSourceState(source::SourceMatcher::bindingFor(status.sourceSchema, source, projectFolder()));
    if (changed)
        Q_EMIT statusMessage(tr("%1 changed: the project took it in (Undo goes back).").arg(files));
}

// Keep the project's: the files as they are now become the sync point, so the project's changes are what export
// writes, and the question is not asked again for this version of the files.
void SourceUpdater::keepProject(const source::SourceSyncStatus &status, const source::SourceSchema &source)
{
    m_document->setSourceState(source::SourceMatcher::bindingFor(status.sourceSchema, source, projectFolder()));
    Q_EMIT statusMessage(
        tr("Kept the project's schema: export writes it to %1.").arg(describeFiles(status.changedFiles)));
}

} // namespace tw::app
