// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/exportplan.h"

#include "codegen/output/linediff.h"
#include "codegen/output/obsoletefiles.h"
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace tw::codegen {

using Action = ExportOutcome::Action;

bool ExportPlan::Entry::needsConsent() const
{
    return action == Action::RefusedEdited || action == Action::RefusedForeign || action == Action::ObsoleteEdited;
}

bool ExportPlan::Entry::isObsolete() const
{
    return action == Action::Obsolete || action == Action::ObsoleteEdited;
}

bool ExportPlan::Entry::wouldWrite() const
{
    return action == Action::Created || action == Action::Updated || action == Action::Obsolete || needsConsent();
}

ExportPlan ExportPlan::build(const model::Project &project, const CodegenOptions &options, const QString &outputFolder,
                             const QStringList &onlyIds)
{
    ExportPlan plan;
    plan.m_outputFolder = outputFolder;
    plan.m_sourceName = options.sourceName;
    const CodegenRegistry registry;
    GeneratedFiles produced;
    const bool sourceMode = project.settings.schemaMode == model::ProjectSettings::SchemaMode::Source;
    for (const auto &generator : registry.generators()) {
        if (!onlyIds.isEmpty() && !onlyIds.contains(generator->id()))
            continue;
        // The team's own schema files stand in for the generated schema.ts (addInPlaceEdit).
        if (sourceMode && generator->id() == QLatin1String(kSchemaGeneratorId))
            continue;
        for (const GeneratedFile &file : generator->generate(project, options)) {
            produced << file;
            Entry entry;
            entry.generatorId = generator->id();
            entry.generatorName = generator->displayName();
            entry.file = file;
            const ExportOutcome outcome = ExportWriter::plan(outputFolder, file, false, &entry.onDisk);
            entry.action = outcome.action;
            entry.error = outcome.error;
            if (outcome.action != Action::Created && outcome.action != Action::Unchanged &&
                outcome.action != Action::Failed)
                entry.diff = LineDiff::unified(QString::fromUtf8(entry.onDisk),
                                               QString::fromUtf8(ExportWriter::finalContent(file)), file.path);
            plan.m_entries << entry;
        }
    }
    if (!onlyIds.isEmpty())
        return plan;
    for (const ObsoleteFiles::Found &found :
         ObsoleteFiles::find(outputFolder, project.settings, options.sourceName, produced)) {
        Entry entry;
        entry.generatorId = QString::fromLatin1(kObsoleteId);
        entry.generatorName = QStringLiteral("No longer generated");
        entry.file.path = found.path;
        entry.action = found.edited ? Action::ObsoleteEdited : Action::Obsolete;
        entry.onDisk = found.content;
        plan.m_entries << entry;
    }
    return plan;
}

QString ExportPlan::entryPath(const QString &absolutePath) const
{
    const QString relative = QDir(m_outputFolder).relativeFilePath(absolutePath);
    return relative.startsWith(QLatin1String("../")) ? QDir::cleanPath(absolutePath) : relative;
}

void ExportPlan::addInPlaceEdit(const QString &absolutePath, const QString &oldText, const QString &newText,
                                bool created)
{
    Entry entry;
    entry.generatorId = QString::fromLatin1(kSourceId);
    entry.generatorName = QStringLiteral("Schema source (edited in place)");
    entry.inPlace = true;
    entry.file.path = entryPath(absolutePath);
    entry.file.content = newText.toUtf8();
    entry.onDisk = created ? QByteArray() : oldText.toUtf8();
    entry.action = created ? Action::Created : (oldText == newText ? Action::Unchanged : Action::Updated);
    if (entry.action == Action::Updated)
        entry.diff = LineDiff::unified(oldText, newText, entry.file.path);
    m_entries << entry;
}

void ExportPlan::addInPlaceFailure(const QString &absolutePath, const QString &error)
{
    Entry entry;
    entry.generatorId = QString::fromLatin1(kSourceId);
    entry.generatorName = QStringLiteral("Schema source (edited in place)");
    entry.inPlace = true;
    entry.file.path = entryPath(absolutePath);
    entry.action = Action::Failed;
    entry.error = error;
    m_entries << entry;
}

ExportOutcome ExportPlan::writeInPlace(const Entry &entry) const
{
    ExportOutcome outcome;
    outcome.path = QDir(m_outputFolder).absoluteFilePath(entry.file.path);
    outcome.action = entry.action;
    outcome.error = entry.error;
    if (entry.action != Action::Created && entry.action != Action::Updated)
        return outcome;
    QFile current(outcome.path);
    const bool exists = current.exists();
    const QByteArray now = exists && current.open(QIODevice::ReadOnly) ? current.readAll() : QByteArray();
    if (exists != (entry.action == Action::Updated) || now != entry.onDisk) {
        outcome.action = Action::Failed;
        outcome.error = QStringLiteral("changed on disk since the export was planned; export again");
        return outcome;
    }
    if (!model::AtomicFile::write(outcome.path, entry.file.content, &outcome.error, true))
        outcome.action = Action::Failed;
    return outcome;
}

QString ExportPlan::stateLabel(Action action)
{
    switch (action) {
    case Action::Created:
        return QStringLiteral("new");
    case Action::Updated:
        return QStringLiteral("changed");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::RefusedEdited:
        return QStringLiteral("edited since the last export");
    case Action::RefusedForeign:
        return QStringLiteral("not written by Tablewright");
    case Action::KeptExisting:
        return QStringLiteral("exists (starting point, kept)");
    case Action::Failed:
        return QStringLiteral("cannot be written");
    case Action::Obsolete:
        return QStringLiteral("no longer generated");
    case Action::ObsoleteEdited:
        return QStringLiteral("no longer generated, edited");
    case Action::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

QList<ExportOutcome> ExportPlan::write(const QList<Entry> &entries) const
{
    GeneratedFiles files;
    QList<Entry> obsolete;
    QList<ExportOutcome> outcomes;
    for (const Entry &entry : entries) {
        if (entry.inPlace)
            outcomes << writeInPlace(entry);
        else if (entry.isObsolete())
            obsolete << entry;
        else
            files << entry.file;
    }
    outcomes << ExportWriter::write(m_outputFolder, files, true);
    // Consent covers the edits that were shown: a file edited after the plan was made is kept.
    for (const Entry &entry : std::as_const(obsolete))
        outcomes << ObsoleteFiles::remove(m_outputFolder, entry.file.path, m_sourceName,
                                          entry.action == Action::ObsoleteEdited);
    return outcomes;
}

QList<ExportOutcome> ExportPlan::writeAll(bool consent) const
{
    const QDir root(m_outputFolder);
    QList<Entry> toWrite;
    for (const Entry &entry : m_entries) {
        if (entry.wouldWrite() && (consent || !entry.needsConsent()))
            toWrite << entry;
    }
    QHash<QString, ExportOutcome> written;
    for (const ExportOutcome &outcome : write(toWrite))
        written.insert(QDir::cleanPath(root.absoluteFilePath(outcome.path)), outcome);
    QList<ExportOutcome> outcomes;
    for (const Entry &entry : m_entries) {
        const QString path = QDir::cleanPath(root.absoluteFilePath(entry.file.path));
        outcomes << written.value(path, ExportOutcome{path, entry.action, entry.error});
    }
    return outcomes;
}

} // namespace tw::codegen
