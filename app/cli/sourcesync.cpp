// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sourcesync.h"

#include "model/io/projectwriter.h"
#include "source/adopt/sourceproject.h"

namespace tw::cli {

bool syncWithSource(model::Project &project, const QString &projectPath, CliContext &context)
{
    using Change = source::SourceSyncCheck::Change;
    if (project.settings.schemaMode != model::ProjectSettings::SchemaMode::Source)
        return true;
    const auto check = source::SourceProject::check(project, projectPath);
    if (!check) {
        context.err << projectPath << ": " << check.error() << '\n';
        return false;
    }
    const QString files = check.value().changedFiles.join(QLatin1String(", "));
    switch (check.value().change) {
    case Change::None:
    case Change::ProjectOnly:
        return true;
    case Change::Both:
        context.err << projectPath << ": both the project and its schema source (" << files
                    << ") changed since they were last in sync; open the project in the designer to decide which "
                       "changes to keep\n";
        return false;
    case Change::SourceOnly:
        break;
    }
    for (const QString &warning : check.value().warnings)
        context.err << warning << '\n';
    QString error;
    if (!model::ProjectWriter::writeFile(check.value().project, projectPath, &error)) {
        context.err << projectPath << ": " << error << '\n';
        return false;
    }
    project = check.value().project;
    context.out << projectPath << ": the schema source changed since the last sync (" << files
                << "); took it into the project and saved it\n";
    return true;
}

} // namespace tw::cli
