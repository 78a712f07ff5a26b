// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/exportplan.h"

#include "codegen/output/linediff.h"
#include "codegen/output/obsoletefiles.h"

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

ExportPlan ExportPlan::build(const model::Project &project, const CodegenOptions &options,
                             const QString &outputFolder, const QStringList &onlyIds)
{
    ExportPlan plan;
    plan.m_outputFolder = outputFolder;
    plan.m_sourceName = options.sourceName;
    const CodegenRegistry registry;
    GeneratedFiles produced;
    for (const auto &generator : registry.generators()) {
        if (!onlyIds.isEmpty() && !onlyIds.contains(generator->id()))
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
            if (outcome.action != Action::Created && outcome.action != Action::Unchanged
                && outcome.action != Action::Failed)
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

QString ExportPlan::stateLabel(Action action)
{
    switch (action) {
    case Action::Created: return QStringLiteral("new");
    case Action::Updated: return QStringLiteral("changed");
    case Action::Unchanged: return QStringLiteral("unchanged");
    case Action::RefusedEdited: return QStringLiteral("edited since the last export");
    case Action::RefusedForeign: return QStringLiteral("not written by Tablewright");
    case Action::KeptExisting: return QStringLiteral("exists (starting point, kept)");
    case Action::Failed: return QStringLiteral("cannot be written");
    case Action::Obsolete: return QStringLiteral("no longer generated");
    case Action::ObsoleteEdited: return QStringLiteral("no longer generated, edited");
    case Action::Deleted: return QStringLiteral("deleted");
    }
    return {};
}

QList<ExportOutcome> ExportPlan::write(const QList<Entry> &entries) const
{
    GeneratedFiles files;
    QList<Entry> obsolete;
    for (const Entry &entry : entries) {
        if (entry.isObsolete())
            obsolete << entry;
        else
            files << entry.file;
    }
    QList<ExportOutcome> outcomes = ExportWriter::write(m_outputFolder, files, true);
    // Consent covers the edits that were shown: a file edited after the plan was made is kept.
    for (const Entry &entry : std::as_const(obsolete))
        outcomes << ObsoleteFiles::remove(m_outputFolder, entry.file.path, m_sourceName,
                                          entry.action == Action::ObsoleteEdited);
    return outcomes;
}

} // namespace tw::codegen
