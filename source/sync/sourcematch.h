// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "source/schema/sourceschema.h"
#include "source/sync/sourcebinding.h"

#include <QMap>

namespace tw::source {

/// Which project id each object of a freshly read source stands for. Shared by SourceMatcher (which gives the
/// source the project's ids) and SourceEditor (which needs, for every project object, where it is written).
/// An id here may be one the project no longer has: the binding knew it, so the project removed that object.
struct SourceMatch
{
    QMap<model::Id, model::Id> ids; ///< source id (as the reader assigned it) -> project id, for every match

    /// Project id of @p sourceId, or the source id itself when nothing matched.
    model::Id projectId(const model::Id &sourceId) const { return ids.value(sourceId, sourceId); }
    bool isMatched(const model::Id &sourceId) const { return ids.contains(sourceId); }

    /// Tables and views first by the names @p binding recorded, then by SQL name (case-insensitive); columns the
    /// same way inside a matched table; indexes and constraints of a matched table by name, then by what they
    /// cover.
    static SourceMatch of(const SourceSchema &source, const model::Schema &project, const SourceBinding &binding);

    /// @p schema (ids as the reader assigned them) with every matched id replaced by the project's.
    model::Schema withProjectIds(model::Schema schema) const;
};

} // namespace tw::source
