// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/editaspect.h"

#include <QString>

namespace tw::model {

class Id;
class SchemaDocument;

/// Undo-history wording shared by the commands, e.g. "Rename table users to accounts".
namespace commandtext {

/// The table's (or view's) current name, or "?" when it does not exist.
QString objectName(const SchemaDocument &document, const Id &id);
/// "column email" or just "foreign key" when the name is empty.
QString named(const QString &noun, const QString &name);
/// " in users" for an item of table @p ownerId, nothing for a top-level object (null id).
QString ownerSuffix(const SchemaDocument &document, const Id &ownerId, const QString &preposition);
/// Text of a value edit of @p noun (e.g. "table", "column") from @p before to @p after.
QString describeEdit(EditAspect aspect, const QString &noun, const QString &before, const QString &after,
                     const QString &suffix);

} // namespace commandtext
} // namespace tw::model
