// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/readcontext.h"

#include "model/schema/column.h"

namespace tw::source {

/// The model default for `.default(value)` on @p column (type and mode already read): the inverse of how
/// codegen's DrizzleColumnWriter writes each ColumnDefault. Literals give Number, String or Boolean; sql`...`
/// gives an Expression, except where the writer uses sql`` for a literal the column's TypeScript type cannot
/// take (sql`0` on a timestamp is Number 0, sql`'x'` is String x, sql`true` is Boolean). Object and array
/// literals are JSON text, as drizzle-kit stores them. nullopt (with *problem) for values that are computed.
std::optional<model::ColumnDefault> readColumnDefault(const ReadContext &context, int file, const ts::TsNode &value,
                                                      const model::Column &column,
                                                      const ReadContext::SubstitutionWriter &columns, QString *problem);

/// `1_000` -> `1000`, `0x1f` -> `31`, `10n` -> `10`: a JavaScript number literal as a JSON-style number; nullopt
/// when it is not one.
std::optional<QString> jsonNumber(const QString &literal);

} // namespace tw::source
