// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::source {
struct SourceSchema;
struct SourceSyncStatus;
} // namespace tw::source

namespace tw::app {

class UserPrompts;

/// Keeps a source-mode project live: watches the team's schema files, and when they change (their editor saved),
/// takes the new schema into the document as one undoable step ("Update from schema.ts") and records the sync.
/// When the project has changes of its own since the last sync, it asks (take the files' version or keep the
/// project's) and never overwrites silently. A file that cannot be read whole (a syntax error mid-edit) changes
/// nothing: problemChanged() names file and line until it reads again.
///
/// Editors that save by writing a new file and renaming it over the old one end the watch on that path, so every
/// change re-reads which files to watch; changes come in bursts, so they are taken after a short quiet time.
class SourceUpdater : public QObject
{
    Q_OBJECT

public:
    SourceUpdater(model::SchemaDocument *document, UserPrompts *prompts, QWidget *window);

    /// Watches the document's schema files (none unless it is a saved source-mode project) and takes in what
    /// changed since the last sync, as a file change would.
    void restart();
    /// Reads the schema files now and reacts (what a change does after the quiet time).
    void checkNow();
    QStringList watchedFiles() const;
    void setQuietMilliseconds(int milliseconds);
    /// Why the schema files cannot be read now, or empty.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The files cannot be read (`src/db/schema.ts:12:5: expected "}"`), or empty when they can again.
    void problemChanged(const QString &problem);

private:
    bool isLive() const;
    void watch(const QStringList &files);
    void setProblem(const QString &problem);
    QString projectFolder() const;
    void takeIn(const source::SourceSyncStatus &status, const source::SourceSchema &source);
    void keepProject(const source::SourceSyncStatus &status, const source::SourceSchema &source);

    model::SchemaDocument *m_document;
    UserPrompts *m_prompts;
    QWidget *m_window;
    QFileSystemWatcher *m_watcher;
    QTimer *m_quiet;
    QString m_problem;
    bool m_checking = false;
};

} // namespace tw::app
