// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/autosaver.h"

#include "model/document/schemadocument.h"
#include "model/io/projectwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace tw::app {

Autosaver::Autosaver(model::SchemaDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
    m_untitledPath = QStringLiteral("%1/untitled-%2.twproj.autosave")
                         .arg(folder, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveInBackground);
    connect(document, &model::SchemaDocument::filePathChanged, this, &Autosaver::onFilePathChanged);
}

// Closing normally leaves no copy behind: the window asked to save or discard before (discard waits for a copy being
// written); m_writer waits for one still running.
Autosaver::~Autosaver() = default;

void Autosaver::setIntervalSeconds(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

int Autosaver::intervalSeconds() const
{
    return m_timer.isActive() ? m_timer.interval() / 1000 : 0;
}

QString Autosaver::autosavePathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".autosave");
}

QString Autosaver::autosavePath() const
{
    const QString projectPath = m_document->filePath();
    return projectPath.isEmpty() ? m_untitledPath : autosavePathFor(projectPath);
}

bool Autosaver::autosaveNow()
{
    // A copy from the background must not land after this one.
    m_writer.waitForIdle();
    m_writer.discard();
    if (!m_document->isModified()) {
        discard();
        return true;
    }
    const QString path = autosavePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    model::ProjectWriter::writeFile(m_document->project(), path, &error);
    onWritten(path, error, m_discards);
    return error.isEmpty();
}

void Autosaver::autosaveInBackground()
{
    if (!m_document->isModified()) {
        discard();
        return;
    }
    const QString path = autosavePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int discards = m_discards;
    m_writer.run([this, project = m_document->project(), path, discards]() -> model::LatestOnly::Delivery {
        QString error;
        model::ProjectWriter::writeFile(project, path, &error);
        return [this, path, error, discards] {
            onWritten(path, error, discards);
        };
    });
}

void Autosaver::onWritten(const QString &path, const QString &error, int discards)
{
    if (discards != m_discards) {
        QFile::remove(path); // discarded while it was being written
        return;
    }
    if (!error.isEmpty()) {
        Q_EMIT autosaveFailed(tr("Could not autosave to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_lastWritten = path;
    Q_EMIT autosaved(path);
}

void Autosaver::discard()
{
    ++m_discards;
    m_writer.waitForIdle(); // the copy being written, then the one waiting, must not outlive this
    m_writer.discard();
    QFile::remove(autosavePath());
    if (!m_lastWritten.isEmpty())
        QFile::remove(m_lastWritten);
    m_lastWritten.clear();
}

void Autosaver::onFilePathChanged()
{
    // The copy of the old path (or of the untitled project) belongs to no file any more.
    if (!m_lastWritten.isEmpty() && m_lastWritten != autosavePath()) {
        QFile::remove(m_lastWritten);
        m_lastWritten.clear();
    }
}

QDateTime Autosaver::newerAutosaveTime(const QString &projectPath)
{
    const QFileInfo copy(autosavePathFor(projectPath));
    const QFileInfo project(projectPath);
    if (!copy.exists() || (project.exists() && copy.lastModified() <= project.lastModified()))
        return {};
    return copy.lastModified();
}

} // namespace tw::app
