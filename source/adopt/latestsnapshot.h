// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/snapshot/snapshot.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::source {

/// What a drizzle migrations folder says the database has: its latest snapshot, as drizzle-kit `generate` takes it.
struct LatestSnapshot
{
    migrations::Snapshot snapshot; ///< the origin id and an empty schema when the folder has no snapshot
    QString file;                  ///< the snapshot read (absolute), empty when there is none
    QStringList warnings;          ///< the folder's warnings, `FILE: message`

    static model::Result<LatestSnapshot> read(const QString &migrationsFolder);
};

} // namespace tw::source
