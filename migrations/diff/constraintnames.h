// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/tabledefinition.h"

namespace tw::migrations {

/// drizzle-kit 1.0 does not recompute generated constraint names: after a table or column rename, the key, UNIQUE
/// and foreign key of the new state keep the names the previous state recorded (its `preserveEntityNames`), so
/// `labels` renamed from `tags` keeps `tags_pk` and `tags_label_unique`. The next state of a V1 folder (the diff's
/// `after` and the snapshot written with it) is therefore history-dependent: every caller that builds it goes
/// through this function, and the V1 differ applies it to its `after` itself.
///
/// @p after with each generated (not explicit) name of a primary key, UNIQUE constraint or foreign key replaced by
/// the generated name of its counterpart in @p before: same table (paired as the diff pairs it, renames included),
/// same columns (renamed), same target and actions, and exactly one such candidate. Explicit names never change.
SchemaDefinition inheritConstraintNames(const SchemaDefinition &before, const SchemaDefinition &after,
                                        const DiffOptions &options);

} // namespace tw::migrations
