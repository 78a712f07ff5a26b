// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/sourcestate.h"
#include "model/schema/schema.h"
#include "source/schema/sourceschema.h"

namespace tw::source {

using SourceBinding = model::SourceState;

/// Matching a project's ids to a freshly read source: by the names the binding recorded at the last sync, then by
/// SQL name (case-insensitive) for what the binding does not know.
class SourceMatcher
{
public:
    /// @p source's schema with the ids of @p project where a table, column, index, constraint or view matches; new
    /// ids (from @p source) for the rest.
    static model::Schema withProjectIds(const SourceSchema &source, const model::Schema &project,
                                        const SourceBinding &binding);
    /// The binding that says @p schema and @p source are in sync now (names and file digests).
    static SourceBinding bindingFor(const model::Schema &schema, const SourceSchema &source);
};

} // namespace tw::source
