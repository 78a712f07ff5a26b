// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/json/jsonvalue.h"

#include <QString>

namespace tw::model {

/// Brings the JSON of an older project file up to Project::kFormatVersion, one version at a time, before it is
/// read: the readers only ever see the current format. Format 1 is the first, so there are no steps yet; a
/// format 2 adds a function turning a version-1 root into a version-2 root to the list in the .cpp.
class ProjectFormatUpgrader
{
public:
    /// Upgrades @p root from @p fromVersion (1 <= fromVersion <= kFormatVersion) in place. On failure @p error
    /// says which step failed and why.
    static bool upgrade(JsonValue *root, int fromVersion, QString *error);
};

} // namespace tw::model
