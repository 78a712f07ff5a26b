// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/schema/table.h"

namespace tw::model {

/// A copy of @p table to add to @p schema (Duplicate Table): fresh ids for the table and every column, index and
/// constraint, with every reference between them remapped (index parts, keys, a foreign key to the table itself);
/// foreign keys to other tables keep pointing at them. The name is `<name>_copy` (numbered when taken); index and
/// constraint names the user gave are renamed after it (`users_email_idx` -> `users_copy_email_idx`) and kept free
/// in SQLite's schema-wide namespace, so adding the copy never makes a valid project invalid. The TypeScript name
/// is left to follow the new name. @p nameStem replaces `<name>_copy` (Paste keeps the name when it is free).
Table copiedTable(const Table &table, const Schema &schema, const QString &nameStem = {});

} // namespace tw::model
