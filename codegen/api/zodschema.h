// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/column.h"

#include <QString>

namespace tw::codegen {

/// The zod schema accepting what drizzle accepts for one column: `z.number().int()`, `z.string().max(100)`,
/// `z.enum([...])`, `z.boolean()`, `z.coerce.date()`, foreign key ids as positive integers.
class ZodSchema
{
public:
    enum class Use { Create, Update, Key };

    /// @p isForeignKey: the column references another table's key.
    static QString forColumn(const model::Column &column, bool isForeignKey, Use use);
    /// Whether a create may leave the column out (nullable, defaulted or autoincrement).
    static bool isOptionalOnCreate(const model::Column &column);
};

} // namespace tw::codegen
