// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/json/jsonvalue.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace tw::model {

/// JSON text as JavaScript writes and reads it. drizzle-kit writes its files with `JSON.stringify(x, null, 2)`;
/// producing the same bytes is what makes Tablewright's snapshots indistinguishable from drizzle-kit's.
class JsonText
{
public:
    /// Arrays and objects nested deeper than this are refused: converting, comparing, writing and destroying a
    /// value recurse once per level, so a hostile file of a hundred thousand `[` must not reach them (drizzle's
    /// files nest fewer than ten levels; found by tests/fuzz).
    static constexpr size_t kMaxNesting = 512;

    /// Exactly `JSON.stringify(value, null, 2)` as UTF-8, with no trailing newline: two-space indent, `": "`,
    /// `{}`/`[]` for empty containers, JavaScript's string escapes (lone surrogates as `\udxxx`) and
    /// numbers as numberToString writes them (NaN and infinities as `null`).
    static QByteArray stringify(const JsonValue &value);

    /// ECMAScript Number::toString(x): the shortest digits that read back as @p x, in plain notation for
    /// 1e-7 <= |x| < 1e21 and as `1e+21`, `1.5e-7` otherwise; `-0` is `0`.
    static QString numberToString(double x);

    /// The string as `JSON.stringify(text)` quotes it.
    static QString quote(const QString &text);

    /// Parses UTF-8 JSON text into an order-preserving value. Numbers become doubles, as in JavaScript.
    /// Fails with the parser's message (line and column) on malformed input, and on arrays or objects nested more
    /// than 512 levels deep (a hostile file must not exhaust the stack; found by tests/fuzz). A key given twice in
    /// one object keeps its last value, as JSON.parse does; @p repeatedKeys, when given, is set if that may have
    /// happened, so that a reader which refuses repeated keys looks for them only then.
    static model::Result<JsonValue> parse(const QByteArray &text, bool *repeatedKeys = nullptr);
};

} // namespace tw::model
