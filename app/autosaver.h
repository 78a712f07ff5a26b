// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/latestonly.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace tw::model {
class SchemaDocument;
}

namespace tw::app {

/// Writes a copy of a modified document to a side file at an interval, so that a session that ends badly can be
/// recovered: `<project>.twproj.autosave` next to a saved project, or a per-session file under the application's
/// data folder for a project never saved. A clean document needs no copy, so the side file is removed then. The
/// interval's copies are written on a worker thread (a 2,000-table project takes a sixth of a second to write),
/// from a copy of the project taken when the interval ends.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(model::SchemaDocument *document, QObject *parent = nullptr);
    ~Autosaver() override;

    /// 0 stops autosaving.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const;

    /// Where the copy of the current document goes.
    QString autosavePath() const;
    static QString autosavePathFor(const QString &projectPath);

    /// Writes the copy now when the document is modified (removes a stale one otherwise). False on a write error.
    bool autosaveNow();
    /// The same on a worker thread, as the interval does: autosaved() or autosaveFailed() tells when it is written.
    void autosaveInBackground();
    /// Removes the current document's copy (after a save, or when its changes were discarded).
    void discard();

    /// When @p projectPath has a copy newer than the file itself, the copy's time; otherwise an invalid time.
    static QDateTime newerAutosaveTime(const QString &projectPath);

Q_SIGNALS:
    /// A write failed: @p error names the file.
    void autosaveFailed(const QString &error);
    /// The copy at @p path was written.
    void autosaved(const QString &path);

private:
    void onFilePathChanged();
    void onWritten(const QString &path, const QString &error, int discards);

    model::SchemaDocument *m_document;
    QTimer m_timer;
    QString m_untitledPath; ///< this session's copy of a never-saved project
    QString m_lastWritten;  ///< the copy written last, removed when the document moves to another path
    int m_discards = 0;     ///< how many times discard() ran: a background copy finished after one is removed
    model::LatestOnly m_writer{this};
};

} // namespace tw::app
