// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Escaping of values written into TypeScript source, so that any name or text round-trips exactly.
namespace tw::codegen::ts {

/// A single-quoted string literal: `'it\'s'`; control characters, line and paragraph separators escaped.
QString stringLiteral(const QString &text);
/// The body of a template literal (between backticks): escapes `` ` ``, `\` and `${`.
QString templateBody(const QString &text);
/// `sql\`...\`` holding @p sqlText verbatim.
QString sqlTemplate(const QString &sqlText);
/// An object key: bare when it is an identifier, else a string literal.
QString propertyKey(const QString &name);
/// `object.name` or `object['na-me']`.
QString memberAccess(const QString &object, const QString &name);
/// Text safe inside a `/** ... */` or `//` comment: `*/` becomes `*\/`, line breaks become spaces.
QString commentText(const QString &text);
/// `['a', 'b']`.
QString stringArray(const QStringList &items);

} // namespace tw::codegen::ts
