// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "source/schema/sourceschema.h"
#include "source/sync/sourcebinding.h"

#include <QStringList>

namespace tw::source {

/// Where a Source-mode project stands against its schema files since the last sync.
struct SourceSyncStatus
{
    enum class State {
        InSync,         ///< nothing to do
        SourceChanged,  ///< the files changed, the project did not: the project takes `sourceSchema`
        ProjectChanged, ///< the project changed, the files did not: export edits the files
        Both            ///< a conflict: the designer asks which side wins
    };
    State state = State::InSync;
    /// Files (relative to the project folder) added, removed or changed since the binding was made.
    QStringList changedFiles;
    /// The source's schema with the project's ids where they match (SourceMatcher::withProjectIds): what the project
    /// becomes when it takes the source. Set for SourceChanged and Both.
    model::Schema sourceSchema;
};

/// Compares a project with its schema files through the binding recorded at the last sync: the files' digests say
/// whether the source changed, the project schema's digest whether the project did.
class SourceSync
{
public:
    static SourceSyncStatus status(const model::Schema &projectSchema, const SourceBinding &binding,
                                   const SourceSchema &source, const QString &projectDir);
};

} // namespace tw::source
