// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourcespan.h"

#include <QList>
#include <QString>

namespace tw::source::ts {

/// One significant token of TypeScript/JavaScript source. Comments are not tokens (see TsComment): the readers
/// above only ever need them as leading documentation of a declaration.
struct TsToken
{
    enum class Kind { Identifier, Number, String, Template, Regex, Punctuator, End };
    Kind kind = Kind::End;
    SourceSpan span;
    /// Identifier name, punctuator, number as written; for strings the cooked value (escapes resolved).
    QString text;
    /// A line break between the previous token (or comment) and this one: statements may end there.
    bool newlineBefore = false;
    /// Templates only: the raw text between `` ` ``/`}` and `${`/`` ` `` (quasis), and what is inside each `${ }`.
    /// There is always one more quasi than substitutions.
    QList<SourceSpan> quasis;
    QList<SourceSpan> substitutions;

    bool is(Kind k, const QString &t) const { return kind == k && text == t; }
    bool isPunctuator(QStringView p) const { return kind == Kind::Punctuator && text == p; }
    bool isIdentifier(QStringView name) const { return kind == Kind::Identifier && text == name; }
};

/// A `//` or `/* */` comment; `/** ... */` is documentation that belongs to the declaration after it.
struct TsComment
{
    SourceSpan span;
    bool isJsDoc = false;
};

/// A problem in the text itself (an unterminated string, comment, template or regular expression), at the
/// offset where the broken construct starts.
struct TsProblem
{
    qsizetype offset = 0;
    QString message;
};

struct TsTokens
{
    QList<TsToken> tokens; ///< always ends with one End token
    QList<TsComment> comments;
    QList<TsProblem> problems;
};

} // namespace tw::source::ts
