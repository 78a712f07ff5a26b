// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::database {

/// Finds the local D1 database wrangler keeps for a project: `.wrangler/state/v3/d1/miniflare-D1DatabaseObject/
/// <hex>.sqlite` (or under `.wrangler-persist/`, as the guide's `dev:setup` persists), `metadata.sqlite` and
/// Tablewright's own backups excluded.
class LocalDatabaseLocator
{
public:
    /// Every candidate under @p projectFolder, sorted.
    static QStringList candidates(const QString &projectFolder);
    /// The one candidate; an error saying what is wrong when there is none or more than one (listing them). The
    /// error names no remedy: each caller adds its own (the CLI's `--db FILE`, the window's Choose… button).
    static model::Result<QString> locate(const QString &projectFolder);
};

} // namespace tw::database
