// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/exportwriter.h"

#include "codegen/output/exportstamp.h"
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::codegen {
namespace {

using Action = ExportOutcome::Action;

QString saveFile(const QString &path, const QByteArray &bytes)
{
    QString error;
    model::AtomicFile::write(path, bytes, &error, true);
    return error;
}

ExportOutcome planOne(const QDir &root, const GeneratedFile &generated, bool force, QByteArray *onDisk)
{
    ExportOutcome outcome;
    outcome.path = QDir::cleanPath(root.absoluteFilePath(generated.path));
    const QString rootPath = QDir::cleanPath(root.absolutePath()) + u'/';
    if (QDir::isAbsolutePath(generated.path) || !outcome.path.startsWith(rootPath)) {
        outcome.action = Action::Failed;
        outcome.error = QStringLiteral("%1 is outside the output folder %2").arg(generated.path, root.absolutePath());
        return outcome;
    }
    QFile existing(outcome.path);
    if (!existing.exists())
        return outcome;
    if (!existing.open(QIODevice::ReadOnly)) {
        outcome.action = Action::Failed;
        outcome.error = existing.errorString();
        return outcome;
    }
    const QByteArray current = existing.readAll();
    if (onDisk)
        *onDisk = current;
    if (current == ExportWriter::finalContent(generated)) {
        outcome.action = Action::Unchanged;
        return outcome;
    }
    if (generated.policy == GeneratedFile::Policy::OnlyIfMissing) {
        outcome.action = Action::KeptExisting;
        return outcome;
    }
    const ExportStamp::State state = ExportStamp::inspect(current);
    if (!force && state != ExportStamp::State::Stamped)
        outcome.action = state == ExportStamp::State::Edited ? Action::RefusedEdited : Action::RefusedForeign;
    else
        outcome.action = Action::Updated;
    return outcome;
}

ExportOutcome writeOne(const QDir &root, const GeneratedFile &generated, bool force)
{
    ExportOutcome outcome = planOne(root, generated, force, nullptr);
    if (outcome.action != Action::Created && outcome.action != Action::Updated)
        return outcome;
    if (const QString error = saveFile(outcome.path, ExportWriter::finalContent(generated)); !error.isEmpty()) {
        outcome.action = Action::Failed;
        outcome.error = error;
    }
    return outcome;
}

} // namespace

QByteArray ExportWriter::finalContent(const GeneratedFile &file)
{
    return ExportStamp::stamp(file.content);
}

ExportOutcome ExportWriter::plan(const QString &outputFolder, const GeneratedFile &file, bool force, QByteArray *onDisk)
{
    return planOne(QDir(outputFolder), file, force, onDisk);
}

QList<ExportOutcome> ExportWriter::write(const QString &outputFolder, const GeneratedFiles &files, bool force)
{
    const QDir root(outputFolder);
    QList<ExportOutcome> outcomes;
    for (const GeneratedFile &file : files)
        outcomes << writeOne(root, file, force);
    return outcomes;
}

QString exportActionName(ExportOutcome::Action action)
{
    switch (action) {
    case Action::Created:
        return QStringLiteral("created");
    case Action::Updated:
        return QStringLiteral("updated");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::RefusedEdited:
        return QStringLiteral("kept (edited since the last export; --force overwrites)");
    case Action::RefusedForeign:
        return QStringLiteral("kept (not written by Tablewright; --force overwrites)");
    case Action::KeptExisting:
        return QStringLiteral("kept (a starting point, only written where missing)");
    case Action::Failed:
        return QStringLiteral("failed");
    case Action::Obsolete:
        return QStringLiteral("no longer generated");
    case Action::ObsoleteEdited:
        return QStringLiteral("no longer generated, kept (edited since the last export; --force deletes it)");
    case Action::Deleted:
        return QStringLiteral("no longer generated, deleted");
    }
    return {};
}

} // namespace tw::codegen
