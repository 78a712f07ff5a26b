// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/typescript/tstoken.h"

namespace tw::source::ts {

/// Splits TypeScript/JavaScript text into tokens with exact offsets: identifiers, numbers (`1_000`, `0xff`, `10n`),
/// strings with escapes, template literals with nested `${ }` (templates and braces inside), regular expressions
/// (told from division by the token before), comments and punctuators. `>` is always a token of its own so that
/// nested generics (`A<B<C>>`) close one at a time. Never fails and never loops: broken input becomes a TsProblem
/// and the rest of the text is still tokenized as well as it can be.
class TsTokenizer
{
public:
    /// Tokenizes text[begin, end) (end < 0: to the end); offsets are offsets into @p text.
    static TsTokens tokenize(const QString &text, qsizetype begin = 0, qsizetype end = -1);

    /// The value of a string literal's or template quasi's raw text (between the quotes): `\n`, `\x41`,
    /// `\u{1F600}`, line continuations and the rest resolved as JavaScript does.
    static QString cook(QStringView raw);
    static bool isLineTerminator(QChar c);
};

} // namespace tw::source::ts
