// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

namespace tw::test {

/// A valid schema drawn from @p seed (the same seed gives the same schema on every platform): two to five tables
/// with columns of every type, nullability, defaults of every kind, single and composite primary keys (with and
/// without AUTOINCREMENT, or none), foreign keys with actions to earlier tables or the table itself, column and
/// composite unique keys, plain and unique indexes, and named checks. Only what a SQLite database can say comes
/// back from one: no custom foreign key or primary key names, TypeScript names or modes other than boolean.
/// Foreign keys are listed as SQLite numbers them when they are written inline: one-column keys in column order,
/// then the composite ones.
model::Schema randomSchema(quint32 seed);

} // namespace tw::test
