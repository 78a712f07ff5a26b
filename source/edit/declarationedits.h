// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/edit/editplan.h"

namespace tw::source {

/// Edits of whole `export const x = ...` statements: removing a table or view the project dropped, changing a view,
/// and appending the tables and views the project added.
namespace declarations {

/// Removes the statement with its lines (and one blank line, so no double gap remains); refuses when its
/// variable is used anywhere outside it, naming the uses, unless an edit already removes that use.
void remove(EditPlan &plan, const SourceSchema &source, int file, SourceSpan declaration, const QString &variable,
            const QString &what);

/// Renames the view's SQL name literal and rewrites the SQL inside `sql\`...\``.
void editView(EditPlan &plan, const SourceView &written, const model::View &read, const model::View &view);

/// Appends @p tables and @p views, as the generated mode writes them, to @p path: at the end of that schema file,
/// or as a new file with the imports it needs. Returns the new file's text when one is created.
QString append(EditPlan &plan, const SourceSchema &source, const model::Schema &schema,
               const QList<model::Table> &tables, const QList<model::View> &views, const QString &path);

} // namespace declarations
} // namespace tw::source
