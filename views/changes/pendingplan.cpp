// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingplan.h"

#include "migrations/diff/differ.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/runner/datalosscounter.h"
#include "model/project/projectpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tw::views {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::views::PendingPlan", text);
}

} // namespace

PendingPlan PendingPlan::compute(const model::Project &project, const QString &projectFile)
{
    PendingPlan result;
    result.computed = true;
    if (projectFile.isEmpty()) {
        result.note = tr("The project is not saved yet: the plan starts from an empty database.");
        const migrations::SchemaDefinition empty = migrations::schemaDefinition(model::Schema{});
        result.plan = migrations::diff(empty, migrations::schemaDefinition(project.schema));
        if (!result.plan.isEmpty())
            result.sql = migrations::TargetMigrationWriter::migrationText(result.plan, empty, project.settings.target);
    } else {
        const QString folderPath = model::ProjectPaths(projectFile, project.settings).migrationsFolder();
        const migrations::MigrationsFolder folder = migrations::MigrationsFolder::scan(folderPath);
        // The very function Generate writes with: the preview shows the bytes Generate would write.
        auto next = migrations::NextMigration::compute(project, folder);
        if (!next) {
            result.error = next.error();
            return result;
        }
        result.plan = std::move(next.value().plan);
        result.sql = std::move(next.value().sql);
        if (folder.latestSnapshotFile().isEmpty())
            result.note =
                tr("No migration yet in %1: the plan creates everything.").arg(QDir::toNativeSeparators(folderPath));
    }
    const QString database =
        projectFile.isEmpty() ? QString() : model::ProjectPaths(projectFile, project.settings).database();
    if (!result.plan.warnings.isEmpty() && !database.isEmpty() && QFileInfo::exists(database)) {
        // A short busy timeout: this runs on every edit, and a locked database just means no counts this time.
        const auto counted = migrations::DataLossCounter::count(database, result.plan.warnings, 100);
        if (counted) {
            for (const migrations::CountedWarning &w : counted.value())
                result.countedWarnings << w.text();
        }
    }
    return result;
}

} // namespace tw::views
