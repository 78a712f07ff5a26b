// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

namespace tw::test {

/// Schemas for code generation tests, with readable ids (`t.users`, `c.users.email`).
/// The guide's example: users, categories, products, tags, product_tags (composite key).
model::Schema guideSchema();
/// Awkward corners: self-reference, composite and named keys, reserved words, quotes and unicode in names,
/// every mode, defaults of every kind, generated columns, checks, expression and partial indexes, views, a table
/// without a key and a text-keyed table with a text `updated_at`.
model::Schema awkwardSchema();
/// Tables whose rows the generated tests cannot build, to append to awkwardSchema(): `files` (a required blob and a
/// required reference to `order`), `chickens` and `eggs` (each requires a row of the other).
QList<model::Table> unsampleableTables();

} // namespace tw::test
