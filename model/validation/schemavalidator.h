// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/finding.h"

namespace tw::model {

/// Checks a schema for errors (things SQLite, drizzle or TypeScript would reject, or that break the model's own
/// references) and warnings (lints drawn from the table-addition guide). Pure: no I/O, deterministic order
/// (schema order: tables, then within a table columns, keys, indexes, constraints; then views).
class SchemaValidator
{
public:
    static Findings validate(const Schema &schema);
};

} // namespace tw::model
