// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/project/projectpaths.h"

#include <QDir>
#include <QFileInfo>

namespace tw::model {

ProjectPaths::ProjectPaths(const QString &projectFile, const ProjectSettings &settings)
    : m_folder(QFileInfo(projectFile).absolutePath())
    , m_settings(settings)
{
}

QString ProjectPaths::resolve(const QString &relative) const
{
    return QDir::cleanPath(QDir(m_folder).absoluteFilePath(relative));
}

} // namespace tw::model
