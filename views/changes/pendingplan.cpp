// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingplan.h"

#include "migrations/generate/nextmigration.h"
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
        // The first migration of the project's layout, from the empty schema: the library's chain, not a copy.
        migrations::MigrationSide empty;
        empty.snapshot.id = migrations::Snapshot::originId();
        if (project.settings.migrationLayout == model::ProjectSettings::MigrationLayout::V1)
            empty.v7 = migrations::SnapshotV7{migrations::Snapshot::originId(), {}, {}, {}};
        migrations::MigrationSide design;
        design.snapshot.schema = project.schema;
        auto next = migrations::NextMigration::between(std::move(empty), std::move(design), project.settings.target);
        result.plan = std::move(next.plan);
        result.sql = std::move(next.sql);
    } else {
        const QString folderPath = model::ProjectPaths(projectFile, project.settings).migrationsFolder();
        // The very function Generate writes with, in the folder's layout: the preview shows the bytes Generate
        // would write.
        auto next = migrations::NextMigration::compute(project, folderPath);
        if (!next) {
            result.error = next.error();
            return result;
        }
        result.plan = std::move(next.value().plan);
        result.sql = std::move(next.value().sql);
        if (next.value().previous.id == migrations::Snapshot::originId())
            result.note =
                tr("No migration yet in %1: the plan creates everything.").arg(QDir::toNativeSeparators(folderPath));
    }
    // Counted as Generate and `diff` count them; a short busy timeout: this runs on every edit, and a locked
    // database just means no counts this time.
    for (const migrations::CountedWarning &w :
         migrations::DataLossCounter::forProject(projectFile, project.settings, result.plan.warnings, 100))
        result.countedWarnings << w.text();
    return result;
}

} // namespace tw::views
