// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/finding.h"

#include <optional>

namespace tw::model {

class SchemaDocument;

/// The one-click remedy of a Problems finding, where its message names one: the schema as the message asks it
/// to be, and the words for the button and the undo step.
struct FindingFix
{
    QString title; ///< e.g. `Add index posts_author_id_idx`
    Schema fixed;  ///< the whole schema with the remedy applied
};

/// The fix for @p finding in @p schema: an index over a foreign key's columns (fk-without-index), the junction's
/// two keys as its composite primary key (junction-without-composite-key), the insert's time as the default
/// (frozen-timestamp-default), the snake_case or camelCase name the message suggests (not-snake-case,
/// not-camel-case). None for other rules, or when the remedy no longer applies (the finding is stale, the
/// suggested name is taken).
std::optional<FindingFix> fixFor(const Schema &schema, const Finding &finding);

/// Applies fixFor() to @p document as one undo step named after the fix. False when there is none.
bool applyFix(SchemaDocument *document, const Finding &finding);

} // namespace tw::model
