// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::model {

struct Column;

/// drizzle's JSON value defaults: `text({ mode: 'json' }).default({ note: "it's" })` sets a value, not a string.
/// drizzle-kit 0.31 records such a value in its snapshot as `'` + JSON.stringify(value) + `'` without doubling the
/// `'` inside (its bug 5), where a string default, or sql`'…'`, gets its quotes doubled. The two spellings differ
/// only when the JSON holds a `'`; then codegen writes the value and the snapshot writer drizzle-kit's bytes, or
/// `drizzle-kit generate` on the exported schema.ts sees a change that Tablewright does not (or the other way
/// round). The migration SQL always quotes the default correctly (ColumnDefault::toSql).
///
/// True for a json-mode column whose string default holds a `'` and is what isStringifiedJsonValue() accepts.
bool isJsonValueDefault(const Column &column);

/// Whether @p text is an object or array exactly as JSON.stringify writes the value @p text spells as a
/// JavaScript literal, so that writing @p text as code and letting drizzle-kit stringify it gives @p text back.
/// Deliberately narrow (then the default is written as SQL, which is always correct): no whitespace, JSON.stringify's
/// string escapes only, no key twice, no `__proto__` or integer-like key (JavaScript reorders or drops those), and
/// numbers in plain notation with at most 15 significant digits and no trailing zeros (JavaScript prints those as
/// written).
bool isStringifiedJsonValue(const QString &text);

} // namespace tw::model
