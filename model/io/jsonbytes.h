// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// Helpers that look at the raw bytes of a JSON file, before or beside QJsonDocument: where a byte is (line and
/// column for error messages), whether the bytes are UTF-8, duplicate keys. (Writing and reading drizzle's JSON with
/// JavaScript's exact text is migrations/json/jsontext.h, a different job.)
namespace tw::model::jsonbytes {

/// A 1-based line and column; the column counts characters (code points), not bytes.
struct TextPosition
{
    qsizetype line = 1;
    qsizetype column = 1;
};

/// The line and column of byte @p offset in the UTF-8 text @p bytes.
TextPosition positionAt(const QByteArray &bytes, qsizetype offset);

/// The byte offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF included), or nullopt when @p bytes is valid UTF-8.
std::optional<qsizetype> firstInvalidUtf8Byte(const QByteArray &bytes);

/// The first object key that appears twice in one object of the (syntactically valid) JSON @p bytes, as a JSON
/// path such as `schema.tables[0].name`, or nullopt. QJsonDocument silently keeps the last of duplicate keys,
/// which would drop data (a typical result of a badly resolved merge conflict).
std::optional<QString> firstDuplicateKey(const QByteArray &bytes);

/// @p path extended by the object key @p key: `a.key`, or `a["t.users"]` when @p key is not a plain identifier.
QString appendKey(const QString &path, const QString &key);

} // namespace tw::model::jsonbytes
