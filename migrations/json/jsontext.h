// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonvalue.h"
#include "model/json/jsontext.h"

namespace tw::migrations {

/// The one JSON reader and JavaScript-exact writer of the product lives in model/json, below the project reader
/// that shares it; drizzle's snapshot and journal code keeps naming it from here.
using model::JsonText;

} // namespace tw::migrations
