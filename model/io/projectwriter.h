// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/project.h"

#include <QByteArray>
#include <QString>

namespace tw::model {

/// Writes `.twproj` files: deterministic bytes (sorted keys, model order in arrays, 4-space indent, final
/// newline), so that reading and writing again gives the same bytes, and saves atomically through QSaveFile.
class ProjectWriter
{
public:
    static QByteArray write(const Project &project);
    /// Atomic save; on failure the old file is untouched and @p error says why.
    static bool writeFile(const Project &project, const QString &filePath, QString *error);
};

} // namespace tw::model
