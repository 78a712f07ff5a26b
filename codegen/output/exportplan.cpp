// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/exportplan.h"

#include "codegen/output/linediff.h"

namespace tw::codegen {

using Action = ExportOutcome::Action;

bool ExportPlan::Entry::needsConsent() const
{
    return action == Action::RefusedEdited || action == Action::RefusedForeign;
}

bool ExportPlan::Entry::wouldWrite() const
{
    return action == Action::Created || action == Action::Updated || needsConsent();
}

ExportPlan ExportPlan::build(const model::Project &project, const CodegenOptions &options,
                             const QString &outputFolder, const QStringList &onlyIds)
{
    ExportPlan plan;
    plan.m_outputFolder = outputFolder;
    const CodegenRegistry registry;
    for (const auto &generator : registry.generators()) {
        if (!onlyIds.isEmpty() && !onlyIds.contains(generator->id()))
            continue;
        for (const GeneratedFile &file : generator->generate(project, options)) {
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
    }
    return {};
}

QList<ExportOutcome> ExportPlan::write(const QList<Entry> &entries) const
{
    GeneratedFiles files;
    for (const Entry &entry : entries)
        files << entry.file;
    return ExportWriter::write(m_outputFolder, files, true);
}

} // namespace tw::codegen
