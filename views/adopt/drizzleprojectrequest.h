// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"
#include "source/adopt/projectadopter.h"

#include <QString>
#include <QStringList>

namespace tw::views {

/// What File ▸ Open Drizzle Project… needs to adopt a team's project: read from their drizzle config where it
/// says it, completed by the user where it does not (an environment variable, an imported constant), and where
/// to save the `.twproj`. The designer's review dialog edits it; tests fill it in directly.
struct DrizzleProjectRequest
{
    QString configPath; ///< the drizzle config (absolute); empty when adopting a migrations folder
    QString baseFolder; ///< relative paths start here: the config's folder, or the migrations folder's parent
    QString dialect;    ///< what the config says (`sqlite`, `turso`, ...), empty without a config
    QStringList schema; ///< files, folders or globs of the schema source
    QString migrations; ///< the migrations folder
    model::Casing casing = model::Casing::None;
    QStringList unreadable; ///< the config keys the user must answer (`schema`, `out`, `casing`)
    QStringList notes;      ///< what the config reader said, `warning: file:line:col: message` or an explanation
    QString projectFile;    ///< where the project is saved (absolute)

    /// For @p path: a drizzle config (read now, without running it), a migrations folder, or the folder's
    /// `meta/_journal.json` (the file dialog cannot pick folders and files at once). Fails when @p path is none of
    /// these, saying what was expected.
    static model::Result<DrizzleProjectRequest> forPath(const QString &path);

    bool isConfig() const { return !configPath.isEmpty(); }
    /// Why the request cannot be adopted yet ("Say where the schema files are"), or empty when it can.
    QString problem() const;
    source::AdoptOverrides overrides() const;
    /// ProjectAdopter::fromConfig or fromFolder, as the request says.
    model::Result<source::Adoption> adopt() const;
};

} // namespace tw::views
