// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingplan.h"

#include "migrations/diff/differ.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/runner/datalosscounter.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/project/projectpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::views {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::views::PendingPlan", text);
}

/// The schema of the folder's latest snapshot with the project's ids, or an error naming the file.
model::Result<model::Schema> previousSchema(const migrations::MigrationsFolder &folder,
                                            const model::Baseline &baseline)
{
    if (folder.latestSnapshotFile().isEmpty())
        return model::Schema{};
    const QString path = folder.filePath(folder.latestSnapshotFile());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return model::Result<model::Schema>::failure(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto snapshot = migrations::SnapshotReader::read(file.readAll());
    if (!snapshot)
        return model::Result<model::Schema>::failure(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), snapshot.error()));
    return migrations::BaselineMapper::withProjectIds(std::move(snapshot).value().schema, baseline);
}

} // namespace

PendingPlan PendingPlan::compute(const model::Project &project, const QString &projectFile)
{
    PendingPlan result;
    result.computed = true;
    model::Schema previous;
    if (projectFile.isEmpty()) {
        result.note = tr("The project is not saved yet: the plan starts from an empty database.");
    } else {
        const QString folderPath = model::ProjectPaths(projectFile, project.settings).migrationsFolder();
        const migrations::MigrationsFolder folder = migrations::MigrationsFolder::scan(folderPath);
        if (const QString conflict = migrations::MigrationGenerator::folderConflict(folder, project.baseline);
            !conflict.isEmpty()) {
            result.error = conflict;
            return result;
        }
        auto schema = previousSchema(folder, project.baseline);
        if (!schema) {
            result.error = schema.error();
            return result;
        }
        previous = std::move(schema).value();
        if (folder.latestSnapshotFile().isEmpty())
            result.note = tr("No migration yet in %1: the plan creates everything.")
                              .arg(QDir::toNativeSeparators(folderPath));
    }
    result.plan = migrations::diff(previous, project.schema);
    if (!result.plan.isEmpty())
        result.sql = migrations::SqliteMigrationWriter::migrationText(result.plan);
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
