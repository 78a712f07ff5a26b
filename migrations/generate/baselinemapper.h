// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/baseline.h"
#include "model/schema/schema.h"

namespace tw::migrations {

/// Bridges drizzle's name-keyed snapshots and the project's ids. The baseline records the name every table and
/// column had in the last generated snapshot; giving the snapshot's objects those ids lets the differ match by id,
/// so a rename made since then is a rename even though the snapshot only knows names.
class BaselineMapper
{
public:
    /// @p snapshotSchema with the baseline's ids on the tables, views and columns whose names it records.
    static model::Schema withProjectIds(model::Schema snapshotSchema, const model::Baseline &baseline);
    /// The baseline after generating snapshot @p snapshotId for @p schema.
    static model::Baseline baselineFor(const model::Schema &schema, const QString &snapshotId);
};

} // namespace tw::migrations
