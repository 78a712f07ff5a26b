// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/column.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace tw::database {

/// How a column's declared type and DEFAULT text, as SQLite reports them, become the model's values.
class ColumnIntrospection
{
public:
    /// Sets @p column's type (and text length) from @p declared: our own spellings exactly, anything else by
    /// SQLite's type-affinity rules (a character type's size, as in VARCHAR(255), becomes the text length).
    /// Returns false when the type had to be approximated.
    static bool applyDeclaredType(const QString &declared, model::Column &column);
    /// `dflt_value` of table_xinfo (NULL for none): a number, a quoted string, true/false, or SQL kept verbatim,
    /// read as SnapshotColumn reads drizzle's snapshot defaults.
    static model::ColumnDefault defaultFrom(const QVariant &dfltValue);
    /// @p value as drizzle-kit's snapshot would hold it for @p column: a number only where the exported schema.ts
    /// writes a number literal (Column::acceptsNumberLiteral), a boolean only on an integer column; anything else
    /// is the same SQL as an expression (exported as sql`...`, which drizzle-kit records as that text).
    static model::ColumnDefault fittedTo(const model::Column &column, const model::ColumnDefault &value);
};

} // namespace tw::database
