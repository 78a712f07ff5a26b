// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

namespace tw::bench {

/// A deterministic schema of @p tableCount tables with 12 columns each (integer PK, text, real, timestamps,
/// a unique column, a foreign key to an earlier table with its index).
model::Schema generatedSchema(int tableCount);
/// @p schema with 10 % of its tables changed: a renamed column, an added column, a dropped column or a new index,
/// in rotation.
model::Schema changedSchema(model::Schema schema);

} // namespace tw::bench
