// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/layout/diagramlayout.h"
#include "model/project/baseline.h"
#include "model/project/columnfill.h"
#include "model/project/projectsettings.h"
#include "model/project/sourcestate.h"
#include "model/schema/schema.h"

namespace tw::model {

/// Everything a `.twproj` file holds, as one value.
struct Project
{
    static constexpr int kFormatVersion = 1;

    Schema schema;
    DiagramLayout layout;
    ProjectSettings settings;
    Baseline baseline;
    SourceState source; ///< Source mode only: the last sync with the team's schema files
    /// Data migrations for the next migration's column changes (pendingFills); spent ones are not written back.
    QList<ColumnFill> fills;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace tw::model
