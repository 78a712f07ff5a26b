// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonvalue.h"
#include "model/json/jsondocument.h"
#include "model/json/jsonview.h"

namespace tw::migrations {

/// What drizzle's snapshot readers walk: parsed JSON looked at in place (model/json).
using model::JsonDocument;
using model::JsonView;

} // namespace tw::migrations
