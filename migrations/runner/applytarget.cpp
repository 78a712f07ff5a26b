// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/applytarget.h"

#include "database/connection/projectdatabase.h"
#include "migrations/folder/folderlayout.h"
#include "model/project/projectpaths.h"

#include <QDir>
#include <QFileInfo>

namespace tw::migrations {

ApplyTarget ApplyTarget::forProject(const QString &projectFile, const model::ProjectSettings &settings)
{
    ApplyTarget target;
    target.migrationsFolder = model::ProjectPaths(projectFile, settings).migrationsFolder();
    target.migrationsDir = QDir::cleanPath(settings.migrationsFolder);
    target.options.tracking = settings.tracking;
    target.options.backupsToKeep = settings.backupsToKeep;
    const auto located = database::ProjectDatabase::locate(projectFile, settings);
    if (located)
        target.options.databasePath = located.value();
    else
        target.problem = located.error();
    return target;
}

QString ApplyTarget::wranglerRequirement() const
{
    if (options.tracking != model::ProjectSettings::Tracking::D1 ||
        FolderLayoutDetector::detect(migrationsFolder).layout != FolderLayout::V1)
        return {};
    const QString dir = migrationsDir.isEmpty() ? QFileInfo(migrationsFolder).fileName() : migrationsDir;
    return QStringLiteral("wrangler applies a drizzle-kit 1.0 folder only from wrangler 4.98 (which needs Node 22 or "
                          "newer), and only with `migrations_pattern` in the database's d1_databases entry of the "
                          "wrangler config:\n"
                          "  \"migrations_dir\": \"%1\",\n"
                          "  \"migrations_pattern\": \"%1/*/migration.sql\"\n"
                          "An older wrangler, or one without the pattern, finds none of these migrations. Tablewright "
                          "records each as that wrangler does: `<folder>/migration.sql` in d1_migrations.")
        .arg(dir);
}

void ApplyTarget::useDatabase(const QString &path)
{
    options.databasePath = path;
    problem.clear();
}

} // namespace tw::migrations
