// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/typescript/tsnode.h"
#include "source/typescript/tstoken.h"

namespace tw::source::ts {

/// Reads expressions from a token list: call chains with type arguments (`a.b(x).c<T>()`), object and array
/// literals, arrow functions (expression and block bodies), templates and tagged templates, `as`, `satisfies`,
/// `!`, and everything else as spans. Recursion is bounded and every step consumes a token, so any input ends.
/// Where an object literal, array literal, argument list or call chain does not parse completely (a missing
/// value or separator, an unexpected token, an unbalanced bracket), a TsProblem says where: a reader must not
/// take a half-typed edit for a schema with fewer columns.
class TsParser
{
public:
    TsParser(const QString &text, const QList<TsToken> &tokens, int depth = 0);

    /// Parses the expression that starts at the current token (one AssignmentExpression, no top-level comma).
    TsNode parseExpression();
    /// Skips a type annotation or type argument list as written, up to where the expression context resumes.
    SourceSpan skipType();

    qsizetype index() const { return m_index; }
    void setIndex(qsizetype index) { m_index = std::clamp<qsizetype>(index, 0, m_tokens.size() - 1); }
    const TsToken &token(qsizetype offset = 0) const;
    const TsToken &advance();
    bool atEnd() const { return token().kind == TsToken::Kind::End; }
    /// The index of the token that closes the bracket at @p open, or the End token's index.
    qsizetype matching(qsizetype open) const;

    /// The syntax errors found so far (brackets when constructed, the rest while parsing), at most one per offset.
    const QList<TsProblem> &problems() const { return m_problems; }

    /// Parses text[begin, end) as one expression (template substitutions); its syntax errors go to @p problems.
    static TsNode parseRange(const QString &text, qsizetype begin, qsizetype end, int depth = 0,
                             QList<TsProblem> *problems = nullptr);

private:
    TsNode assignment();
    TsNode binary();
    TsNode unary();
    TsNode postfix(TsNode node);
    TsNode primary();
    TsNode object();
    TsNode array();
    /// An argument or array element: `...expression` (a Spread node) or an expression.
    TsNode element();
    TsNode templateNode(const TsToken &token);
    TsNode arrow(qsizetype start, QStringList parameters);
    TsNode newExpression();
    TsNode skipped(qsizetype startToken);
    bool isArrowAhead(qsizetype *parametersEnd) const;
    bool typeArgumentsAhead(qsizetype *close) const;
    QStringList parameterNames(qsizetype open, qsizetype close) const;
    SourceSpan spanFrom(qsizetype startToken) const;
    void skipBalancedUntilExpressionEnd();
    void pairBrackets();
    void report(qsizetype offset, const QString &message);
    /// Reports a missing value where the current token cannot start an expression; true when it did.
    bool reportMissingValue(qsizetype offset, const QString &expected);
    /// After a list element: a `,` is consumed (true); anything else before @p close is reported.
    bool expectSeparator(qsizetype close, QStringView closer);

    const QString &m_text;
    const QList<TsToken> &m_tokens;
    QList<qsizetype> m_matching; ///< for each opening bracket, the index of its closing one (or of End)
    QList<TsProblem> m_problems;
    qsizetype m_index = 0;
    int m_depth = 0;
};

} // namespace tw::source::ts
