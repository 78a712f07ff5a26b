// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/orderedjson.h"
#include "model/project/sourcestate.h"

namespace tw::model {

class JsonCursor;

/// The project file's `source` section: a source-mode project's last sync with the team's schema files (the digests
/// in it are SourceMatcher's, in source/sync).
class SourceStateJson
{
public:
    static OrderedJson write(const SourceState &state);
    static bool read(const JsonCursor &cursor, SourceState *state);
};

} // namespace tw::model
