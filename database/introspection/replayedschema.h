// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/projectsettings.h"
#include "model/schema/schema.h"

#include <QStringList>

namespace tw::database {

class DatabaseConnection;
class RunnableMigrations;

/// The schema a database should have after the migrations its tracking tables record as applied, found by running
/// exactly those migrations' SQL on an empty scratch database and introspecting it (SchemaIntrospector), so the
/// expectation and the live database are read by the same code. Drift uses it for a drizzle-kit 1.0 (v1) folder,
/// whose snapshot.json (version 7) the model does not read; the classic layout keeps its snapshot-based expectation.
class ReplayedSchema
{
public:
    /// Fails when the history does not belong to the folder or an applied migration does not run on SQLite; @p notes
    /// receives which migrations the expectation comes from and how many are pending.
    static model::Result<model::Schema> expected(const RunnableMigrations &folder, DatabaseConnection &connection,
                                                 model::ProjectSettings::Tracking preferred, QStringList *notes);
};

} // namespace tw::database
