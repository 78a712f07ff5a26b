// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"

#include <QString>

namespace tw::model {

/// Absolute locations of the files a project names. Settings hold paths relative to the project file's folder
/// (so a project moves with its repository); this resolves them, leaving absolute paths as they are.
class ProjectPaths
{
public:
    ProjectPaths(const QString &projectFile, const ProjectSettings &settings);

    QString projectFolder() const { return m_folder; }
    QString migrationsFolder() const { return resolve(m_settings.migrationsFolder); }
    QString schemaFile() const { return resolve(m_settings.schemaFile); }
    QString codeFolder() const { return resolve(m_settings.codeFolder); }
    /// The configured local database, or empty when it is to be discovered.
    QString database() const { return m_settings.database.isEmpty() ? QString() : resolve(m_settings.database); }
    QString resolve(const QString &relative) const;

private:
    QString m_folder;
    ProjectSettings m_settings;
};

} // namespace tw::model
