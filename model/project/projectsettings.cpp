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

} // namespace tw::model
