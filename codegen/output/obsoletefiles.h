// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/generatedfile.h"
#include "codegen/output/exportwriter.h"
#include "model/project/projectsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::codegen {

/// Files an earlier export of this project wrote that the current one no longer produces (a renamed or regrouped
/// table's old domain folder, a moved schema file), and their safe deletion. A file counts only when it lies in a
/// folder Tablewright generates into (`<codeFolder>/lib/**` and the folder of every generated file), starts with
/// this project's "exporting rewrites it" header and carries the stamp; starting points, files of other projects
/// and files without the stamp are never touched, and nothing is reached through a symbolic link.
class ObsoleteFiles
{
public:
    struct Found
    {
        QString path;        ///< relative to the output folder
        QByteArray content;  ///< the bytes on disk
        bool edited = false; ///< the stamp no longer matches: a person changed it since the export
    };

    /// The obsolete files under @p outputFolder, sorted by path. @p current is everything the export produces now.
    static QList<Found> find(const QString &outputFolder, const model::ProjectSettings &settings,
                             const QString &sourceName, const GeneratedFiles &current);
    /// Deletes the obsolete file @p path (relative) after checking again that it is still this project's stamped
    /// file; an edited one only with @p force. A folder left empty is removed too, up to the output folder.
    static ExportOutcome remove(const QString &outputFolder, const QString &path, const QString &sourceName,
                                bool force);
};

} // namespace tw::codegen
