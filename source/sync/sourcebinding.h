// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/sourcestate.h"
#include "model/schema/schema.h"
#include "source/schema/sourceschema.h"

#include <QByteArray>
#include <QMap>
#include <QString>

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
    /// The binding that says @p schema and @p source are in sync now: for every table, column and view of
    /// @p schema that @p source has (by SQL name), the name as the source writes it; the digest of every source
    /// file, keyed by its path relative to @p projectDir (the folder of the project file, so that the binding
    /// survives moving the project together with its sources); and schemaDigest(@p schema).
    static SourceBinding bindingFor(const model::Schema &schema, const SourceSchema &source, const QString &projectDir);

    /// Hex SHA-256 of @p schema as the project file writes it (SchemaJsonWriter's canonical JSON): it changes
    /// exactly when something the project file stores about the schema changes.
    static QByteArray schemaDigest(const model::Schema &schema);
    /// Every file of @p source: path relative to @p projectDir -> hex SHA-256 of its bytes.
    static QMap<QString, QByteArray> fileDigests(const SourceSchema &source, const QString &projectDir);
};

} // namespace tw::source
