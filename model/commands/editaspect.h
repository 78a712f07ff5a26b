// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::model {

/// Which property a value edit changes. It chooses the undo text, and only edits of the same aspect (other than
/// Whole) merge: typing a name merges with typing the same name, never with a type change.
enum class EditAspect { Whole, Name, TsName, Comment, PrimaryKey, Definition };

} // namespace tw::model
