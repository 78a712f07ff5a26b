// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
/// data folder for a project never saved. A clean document needs no copy, so the side file is removed then.
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
    /// Removes the current document's copy (after a save, or when its changes were discarded).
    void discard();

    /// When @p projectPath has a copy newer than the file itself, the copy's time; otherwise an invalid time.
    static QDateTime newerAutosaveTime(const QString &projectPath);

Q_SIGNALS:
    /// A write failed: @p error names the file.
    void autosaveFailed(const QString &error);

private:
    void onFilePathChanged();

    model::SchemaDocument *m_document;
    QTimer m_timer;
    QString m_untitledPath; ///< this session's copy of a never-saved project
    QString m_lastWritten;  ///< the copy written last, removed when the document moves to another path
};

} // namespace tw::app
