// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/projectconversion.h"

#include "migrations/convert/uniqueindexes.h"
#include "model/project/projectpaths.h"

#include <QDir>

namespace tw::migrations {
namespace {

using model::Result;
using Layout = ProjectConversion::Layout;

QString uniqueChoiceText(const model::Project &project)
{
    if (project.settings.schemaMode == model::ProjectSettings::SchemaMode::Source)
        return QStringLiteral(
            "The schema is your own TypeScript: declare each column .unique() and table unique() as the "
            "uniqueIndex() drizzle-kit 0.31 made of it (same name), or the next migration rebuilds those tables to "
            "turn the indexes into inline UNIQUE constraints.\n");
    return QStringLiteral("Column .unique() and table unique() are kept as the unique indexes the database already "
                          "has (uniqueIndex() with the same names), so the next migration is empty; switching them to "
                          "inline UNIQUE later rebuilds each table once.\n");
}

Result<ProjectConversion::Plan> classicPlan(ProjectConversion::Plan plan, const QString &folder,
                                            const QString &layoutText, const model::Schema &schema)
{
    Result<LayoutConversion> conversion = LayoutConverter::planToClassic(folder, &schema);
    if (!conversion)
        return Result<ProjectConversion::Plan>::failure(
            QStringLiteral("%1 cannot go back to the classic layout without losing something: %2")
                .arg(QDir::toNativeSeparators(folder), conversion.error()));
    plan.description = conversion.value().description() + layoutText;
    plan.folder = std::move(conversion).value();
    return plan;
}

QString movedText(const LayoutConversion &folder)
{
    return QStringLiteral("Converted %1 %2 to %3:\n")
               .arg(folder.moves.size())
               .arg(folder.moves.size() == 1 ? QStringLiteral("migration") : QStringLiteral("migrations"))
               .arg(folder.direction == LayoutConversion::Direction::ToV1 ? QStringLiteral("drizzle-kit 1.0's layout")
                                                                          : QStringLiteral("the classic layout")) +
           folder.description();
}

} // namespace

Result<ProjectConversion::Plan> ProjectConversion::plan(const model::Project &project, const QString &projectFile,
                                                        Layout to)
{
    const QString folder = model::ProjectPaths(projectFile, project.settings).migrationsFolder();
    const FolderLayoutDetection detected = FolderLayoutDetector::detect(folder);
    Plan plan;
    plan.to = to;
    plan.from = detected.layout;
    const QString layoutText =
        QStringLiteral("The project's migration layout becomes %1.\n").arg(model::migrationLayoutName(to));
    switch (detected.layout) {
    case FolderLayout::Mixed:
        return Result<Plan>::failure(detected.message);
    case FolderLayout::Empty:
        plan.description =
            QStringLiteral("%1 holds no migrations: nothing moves.\n").arg(QDir::toNativeSeparators(folder)) +
            layoutText;
        return plan;
    case FolderLayout::V1:
        if (to == Layout::Classic)
            return classicPlan(std::move(plan), folder, layoutText, project.schema);
        plan.description = QStringLiteral("%1 is already in drizzle-kit 1.0's layout: nothing moves.\n")
                               .arg(QDir::toNativeSeparators(folder)) +
                           layoutText;
        return plan;
    case FolderLayout::Classic:
        break;
    }
    if (to == Layout::Classic) {
        plan.description = QStringLiteral("%1 is already in the classic layout: nothing moves.\n")
                               .arg(QDir::toNativeSeparators(folder)) +
                           layoutText;
        return plan;
    }
    Result<LayoutConversion> conversion = LayoutConverter::planToV1(folder);
    if (!conversion)
        return Result<Plan>::failure(QDir::toNativeSeparators(folder) + QStringLiteral(": ") + conversion.error());
    plan.description = conversion.value().description() + uniqueChoiceText(project) + layoutText;
    plan.folder = std::move(conversion).value();
    return plan;
}

Result<ProjectConversion::Outcome> ProjectConversion::apply(const Plan &plan, const model::Project &project)
{
    if (plan.folder) {
        const Result<bool> applied = LayoutConverter::apply(*plan.folder);
        if (!applied)
            return Result<Outcome>::failure(applied.error());
    }
    return projectAfter(plan, project);
}

ProjectConversion::Outcome ProjectConversion::projectAfter(const Plan &plan, const model::Project &project)
{
    Outcome outcome{project, 0, {}};
    outcome.project.settings.migrationLayout = plan.to;
    if (plan.folder) {
        const bool toV1 = plan.folder->direction == LayoutConversion::Direction::ToV1;
        if (toV1 && project.settings.schemaMode == model::ProjectSettings::SchemaMode::Generated)
            outcome.project.schema = UniqueIndexes::keptAsIndexes(project.schema, &outcome.uniqueIndexesKept);
        outcome.report = movedText(*plan.folder);
        if (outcome.uniqueIndexesKept > 0)
            outcome.report += QStringLiteral("%1 unique constraints are now declared as the unique indexes the "
                                             "database has (uniqueIndex()): the next migration is empty.\n")
                                  .arg(outcome.uniqueIndexesKept);
        else if (toV1 && project.settings.schemaMode == model::ProjectSettings::SchemaMode::Source)
            outcome.report += uniqueChoiceText(project);
    }
    outcome.report +=
        QStringLiteral("The project's migration layout is %1.\n").arg(model::migrationLayoutName(plan.to));
    return outcome;
}

} // namespace tw::migrations
