// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::model {

/// Per-project settings stored in the project file. Paths are relative to the project file's folder.
struct ProjectSettings
{
    enum class Target { Sqlite, D1 };
    enum class Tracking { Drizzle, D1 };
    /// Which tRPC procedure builder exported procedures use: Auto = reads public, writes and "my rows" protected.
    enum class ProcedureAccess { Auto, Protected, Public };

    QString migrationsFolder = QStringLiteral("drizzle");
    QString schemaFile = QStringLiteral("src/db/schema.ts");
    QString codeFolder = QStringLiteral("src");
    QString database; ///< local SQLite file; empty: discover wrangler's local D1 file
    Target target = Target::D1;
    Tracking tracking = Tracking::D1;
    int backupsToKeep = 5;
    ProcedureAccess procedureAccess = ProcedureAccess::Auto;

    friend bool operator==(const ProjectSettings &, const ProjectSettings &) = default;
};

QString targetName(ProjectSettings::Target target);
QString trackingName(ProjectSettings::Tracking tracking);
QString procedureAccessName(ProjectSettings::ProcedureAccess access);

} // namespace tw::model
