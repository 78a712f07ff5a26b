// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/operations.h"
#include "migrations/plan/tabledefinition.h"

#include <QList>

namespace tw::migrations {

/// Replays operations on a schema at the definition level, without SQL: the state after them. This is how
/// drizzle-kit 1.0 materialises the previous state of a merge (`generateLatestSnapshot`: the fork's snapshot plus
/// every open branch's statements), and it follows that function's rules: a created or rebuilt table goes last,
/// an added column last in its table (with its inline foreign key), a dropped table takes the foreign keys that
/// point at it along.
class OperationReplay
{
public:
    static SchemaDefinition replayed(SchemaDefinition schema, const QList<Operation> &operations);
};

} // namespace tw::migrations
