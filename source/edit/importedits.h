// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/edit/editplan.h"

namespace tw::source::imports {

/// `import { a, b } from "module";` in @p style (quotes, semicolon, line ending included).
QString statement(const QStringList &names, const QString &module, const SourceStyle &style);
/// The import statements a new file needs for @p needs.
QString statements(const ImportNeeds &needs, const SourceStyle &style);
/// Extends the file's imports with what @p needs lists and the file does not import yet: new names go into the
/// existing `drizzle-orm/sqlite-core` (or `drizzle-orm`) import; other modules get a statement of their own.
void add(EditPlan &plan, const SourceSchema &source, int file, const ImportNeeds &needs);
/// How @p fromFile imports @p toFile: `./users`, `../db/users` (with `.js` when the file's own relative
/// imports carry it).
QString moduleSpecifier(const QString &fromFile, const QString &fromText, const QString &toFile);

} // namespace tw::source::imports
