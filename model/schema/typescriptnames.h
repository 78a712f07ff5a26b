// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::model {

struct Schema;

/// Gives every table, view and column whose derived TypeScript name TypeScript cannot take (or that collides with
/// another in its scope) an explicit, unique `tsName`. Imported schemas carry SQL names only; this keeps them
/// exportable without touching a single SQL name.
void assignTypeScriptNames(Schema &schema);

} // namespace tw::model
