// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/schema/schema.h"
#include "source/schema/sourceschema.h"
#include "source/sync/sourcebinding.h"

#include <QList>
#include <QString>

namespace tw::source {

/// One file's new text after the in-place edits (unchanged files are not listed).
struct SourceFileEdit
{
    QString path; ///< absolute
    QString oldText;
    QString newText;
    bool created = false; ///< a new file (the project's schema file did not exist)

    friend bool operator==(const SourceFileEdit &, const SourceFileEdit &) = default;
};

/// Turns the project's schema back into the team's own source files by editing them in place: only the spans of
/// what changed are rewritten, in the file's own style; everything Tablewright does not model (relations,
/// `$defaultFn`, `$type`, spreads, comments, helpers, imports) is kept as written.
class SourceEditor
{
public:
    /// The edits that make @p source say @p schema. @p binding maps the schema's ids to the names they had in the
    /// source when the two were last in sync (what is bound and missing from @p schema was removed in the
    /// project; what the source has and nothing binds is the team's and stays). New tables are appended to
    /// @p newTableFile (absolute; created with the imports it needs when it does not exist).
    /// Fails, changing nothing, when a change cannot be made safely in place; the message names file and line
    /// (`src/db/schema.ts:14: users.created_at comes from the spread "...timestamps"; change it there`).
    static model::Result<QList<SourceFileEdit>> edits(const SourceSchema &source, const SourceBinding &binding,
                                                      const model::Schema &schema, const QString &newTableFile);
};

} // namespace tw::source
