// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/json/jsonvalue.h"

namespace tw::migrations {

/// The one JSON value of the product lives in model/json, below the project reader that shares it; drizzle's
/// snapshot and journal code keeps naming it from here.
using model::JsonValue;

} // namespace tw::migrations
