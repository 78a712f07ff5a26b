// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/orderedjson.h"
#include "model/project/sourcestate.h"
#include "model/schema/schema.h"

namespace tw::model {

class JsonCursor;

/// The project file's `source` section (a source-mode project's last sync with the team's schema files), and the
/// digest of a schema that section records.
class SourceStateJson
{
public:
    static OrderedJson write(const SourceState &state);
    static bool read(const JsonCursor &cursor, SourceState *state);

    /// Lowercase hex SHA-256 of @p schema as the project file writes it: equal schemas, equal digests, so a
    /// changed digest means the project's schema was edited since the last sync.
    static QByteArray schemaDigest(const Schema &schema);
};

} // namespace tw::model
