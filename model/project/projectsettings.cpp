// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/project/projectsettings.h"

namespace tw::model {

QString targetName(ProjectSettings::Target target)
{
    return target == ProjectSettings::Target::D1 ? QStringLiteral("d1") : QStringLiteral("sqlite");
}

QString trackingName(ProjectSettings::Tracking tracking)
{
    return tracking == ProjectSettings::Tracking::D1 ? QStringLiteral("d1") : QStringLiteral("drizzle");
}

QString procedureAccessName(ProjectSettings::ProcedureAccess access)
{
    switch (access) {
    case ProjectSettings::ProcedureAccess::Protected:
        return QStringLiteral("protected");
    case ProjectSettings::ProcedureAccess::Public:
        return QStringLiteral("public");
    case ProjectSettings::ProcedureAccess::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString schemaModeName(ProjectSettings::SchemaMode mode)
{
    return mode == ProjectSettings::SchemaMode::Source ? QStringLiteral("source") : QStringLiteral("generated");
}

QString casingName(Casing casing)
{
    switch (casing) {
    case Casing::SnakeCase:
        return QStringLiteral("snake_case");
    case Casing::CamelCase:
        return QStringLiteral("camelCase");
    case Casing::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Casing> casingFromName(const QString &name)
{
    for (Casing casing : {Casing::None, Casing::SnakeCase, Casing::CamelCase}) {
        if (casingName(casing) == name)
            return casing;
    }
    return std::nullopt;
}

QString migrationLayoutName(ProjectSettings::MigrationLayout layout)
{
    return layout == ProjectSettings::MigrationLayout::V1 ? QStringLiteral("v1") : QStringLiteral("classic");
}

std::optional<ProjectSettings::MigrationLayout> migrationLayoutFromName(const QString &name)
{
    for (auto layout : {ProjectSettings::MigrationLayout::Classic, ProjectSettings::MigrationLayout::V1}) {
        if (migrationLayoutName(layout) == name)
            return layout;
    }
    return std::nullopt;
}

} // namespace tw::model
