// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/typescript/tsparser.h"

#include "source/typescript/tstokenizer.h"

#include <algorithm>

namespace tw::source::ts {
namespace {

/// Deeper nesting than this is not read as structure (its span is still known): bounds the stack on any input.
constexpr int kMaxDepth = 200;

using Kind = TsToken::Kind;

bool isOpen(const TsToken &t)
{
    return t.kind == Kind::Punctuator && (t.text == u"(" || t.text == u"[" || t.text == u"{");
}

bool isClose(const TsToken &t)
{
    return t.kind == Kind::Punctuator && (t.text == u")" || t.text == u"]" || t.text == u"}");
}

bool isBinaryOperator(const TsToken &t)
{
    static const QStringList operators{QStringLiteral("+"),
                                       QStringLiteral("-"),
                                       QStringLiteral("*"),
                                       QStringLiteral("/"),
                                       QStringLiteral("%"),
                                       QStringLiteral("**"),
                                       QStringLiteral("=="),
                                       QStringLiteral("!="),
                                       QStringLiteral("==="),
                                       QStringLiteral("!=="),
                                       QStringLiteral("<"),
                                       QStringLiteral(">"),
                                       QStringLiteral("<="),
                                       QStringLiteral("<<"),
                                       QStringLiteral("&"),
                                       QStringLiteral("|"),
                                       QStringLiteral("^"),
                                       QStringLiteral("&&"),
                                       QStringLiteral("||"),
                                       QStringLiteral("??"),
                                       QStringLiteral("="),
                                       QStringLiteral("+="),
                                       QStringLiteral("-="),
                                       QStringLiteral("*="),
                                       QStringLiteral("/="),
                                       QStringLiteral("%="),
                                       QStringLiteral("&="),
                                       QStringLiteral("|="),
                                       QStringLiteral("^="),
                                       QStringLiteral("**="),
                                       QStringLiteral("<<="),
                                       QStringLiteral("&&="),
                                       QStringLiteral("||="),
                                       QStringLiteral("?"
                                                      "?=")};
    if (t.kind == Kind::Punctuator)
        return operators.contains(t.text);
    return t.kind == Kind::Identifier && (t.text == u"in" || t.text == u"instanceof");
}

bool isUnaryOperator(const TsToken &t)
{
    if (t.kind == Kind::Punctuator)
        return t.text == u"!" || t.text == u"~" || t.text == u"+" || t.text == u"-" || t.text == u"++" ||
               t.text == u"--";
    return t.kind == Kind::Identifier &&
           (t.text == u"typeof" || t.text == u"void" || t.text == u"delete" || t.text == u"await");
}

} // namespace

TsParser::TsParser(const QString &text, const QList<TsToken> &tokens, int depth)
    : m_text(text)
    , m_tokens(tokens)
    , m_depth(depth)
{
    pairBrackets();
}

const TsToken &TsParser::token(qsizetype offset) const
{
    const qsizetype i = std::clamp<qsizetype>(m_index + offset, 0, m_tokens.size() - 1);
    return m_tokens[i];
}

const TsToken &TsParser::advance()
{
    const TsToken &t = token();
    if (m_index < m_tokens.size() - 1)
        ++m_index;
    return t;
}

qsizetype TsParser::matching(qsizetype open) const
{
    if (open < 0 || open >= m_tokens.size() || !isOpen(m_tokens[open]))
        return m_tokens.size() - 1;
    return m_matching[open];
}

SourceSpan TsParser::spanFrom(qsizetype startToken) const
{
    const qsizetype last = std::max(startToken, m_index - 1);
    const qsizetype begin = m_tokens[std::min(startToken, m_tokens.size() - 1)].span.begin;
    return {begin, std::max(begin, m_tokens[std::min(last, m_tokens.size() - 1)].span.end)};
}

TsNode TsParser::parseRange(const QString &text, qsizetype begin, qsizetype end, int depth, QList<TsProblem> *problems)
{
    const TsTokens tokens = TsTokenizer::tokenize(text, begin, end);
    TsParser parser(text, tokens.tokens, depth);
    TsNode node = parser.parseExpression();
    if (!parser.atEnd())
        parser.report(parser.token().span.begin,
                      QStringLiteral("unexpected `%1` after the expression").arg(parser.token().text));
    if (problems)
        *problems << parser.problems();
    return node;
}

TsNode TsParser::parseExpression()
{
    if (m_depth > kMaxDepth) {
        const qsizetype start = m_index;
        skipBalancedUntilExpressionEnd();
        return skipped(start);
    }
    ++m_depth;
    TsNode node = assignment();
    --m_depth;
    return node;
}

TsNode TsParser::skipped(qsizetype startToken)
{
    if (m_index == startToken && !atEnd())
        advance();
    TsNode node;
    node.span = spanFrom(startToken);
    return node;
}

void TsParser::skipBalancedUntilExpressionEnd()
{
    while (!atEnd()) {
        const TsToken &t = token();
        if (isClose(t) || t.isPunctuator(u",") || t.isPunctuator(u";"))
            return;
        if (isOpen(t))
            m_index = matching(m_index);
        advance();
    }
}

SourceSpan TsParser::skipType()
{
    const qsizetype start = m_index;
    int angles = 0;
    while (!atEnd()) {
        const TsToken &t = token();
        if (m_index > start && angles == 0 && t.newlineBefore &&
            !(t.isPunctuator(u"|") || t.isPunctuator(u"&") || t.isPunctuator(u".")))
            break;
        if (isOpen(t)) {
            m_index = matching(m_index);
            advance();
            continue;
        }
        if (t.isPunctuator(u"<"))
            ++angles;
        else if (t.isPunctuator(u">") && angles > 0)
            --angles;
        else if (angles == 0 && (isClose(t) || t.isPunctuator(u",") || t.isPunctuator(u";") || t.isPunctuator(u"=") ||
                                 t.isPunctuator(u"=>") || t.isPunctuator(u">") || t.isPunctuator(u"?") ||
                                 t.isIdentifier(u"as") || t.isIdentifier(u"satisfies")))
            break;
        advance();
    }
    if (m_index == start)
        return {token().span.begin, token().span.begin};
    return spanFrom(start);
}

TsNode TsParser::assignment()
{
    const qsizetype start = m_index;
    qsizetype parametersEnd = -1;
    if (token().isIdentifier(u"async") && !token(1).newlineBefore &&
        (token(1).isPunctuator(u"(") || (token(1).kind == Kind::Identifier && token(2).isPunctuator(u"=>")))) {
        advance();
    }
    qsizetype typeParametersClose = -1;
    if (token().isPunctuator(u"<") && typeArgumentsAhead(&typeParametersClose)) {
        m_index = typeParametersClose + 1; // `<T,>(x: T) => x`: a generic arrow, or else read as before
        if (!isArrowAhead(&parametersEnd))
            m_index = start;
    }
    if (token().kind == Kind::Identifier && token(1).isPunctuator(u"=>")) {
        const QString name = advance().text;
        return arrow(start, {name});
    }
    if (isArrowAhead(&parametersEnd)) {
        const QStringList names = parameterNames(m_index, parametersEnd);
        m_index = parametersEnd + 1;
        if (token().isPunctuator(u":")) {
            advance();
            skipType();
        }
        return arrow(start, names);
    }
    m_index = start;
    TsNode left = binary();
    if (token().isPunctuator(u"?")) {
        advance();
        parseExpression();
        if (token().isPunctuator(u":"))
            advance();
        parseExpression();
        TsNode node;
        node.span = spanFrom(start);
        return node;
    }
    return left;
}

bool TsParser::isArrowAhead(qsizetype *parametersEnd) const
{
    if (!token().isPunctuator(u"("))
        return false;
    const qsizetype close = matching(m_index);
    if (close >= m_tokens.size() - 1)
        return false;
    const TsToken &after = m_tokens[close + 1];
    if (after.isPunctuator(u"=>")) {
        *parametersEnd = close;
        return true;
    }
    if (!after.isPunctuator(u":"))
        return false;
    // `(): T => ...`: a return type, then the arrow, before anything that ends an expression.
    int depth = 0;
    for (qsizetype i = close + 2; i < m_tokens.size() && i < close + 256; ++i) {
        const TsToken &t = m_tokens[i];
        if (isOpen(t) || t.isPunctuator(u"<"))
            ++depth;
        else if (isClose(t) || t.isPunctuator(u">")) {
            if (--depth < 0)
                return false;
        } else if (depth == 0 && t.isPunctuator(u"=>")) {
            *parametersEnd = close;
            return true;
        } else if (depth == 0 && (t.isPunctuator(u",") || t.isPunctuator(u";") || t.isPunctuator(u"=")))
            return false;
    }
    return false;
}

QStringList TsParser::parameterNames(qsizetype open, qsizetype close) const
{
    QStringList names;
    bool expectName = true;
    int depth = 0;
    for (qsizetype i = open + 1; i < close; ++i) {
        const TsToken &t = m_tokens[i];
        if (depth == 0 && expectName) {
            names << (t.kind == Kind::Identifier ? t.text : QString());
            expectName = false;
        }
        if (isOpen(t) || t.isPunctuator(u"<"))
            ++depth;
        else if (isClose(t) || t.isPunctuator(u">"))
            --depth;
        else if (depth == 0 && t.isPunctuator(u","))
            expectName = true;
    }
    return names;
}

TsNode TsParser::arrow(qsizetype start, QStringList parameters)
{
    if (token().isPunctuator(u"=>"))
        advance();
    TsNode node;
    node.kind = TsNode::Kind::Arrow;
    node.parameters = std::move(parameters);
    if (token().isPunctuator(u"{")) {
        node.blockBody = true;
        const qsizetype close = matching(m_index);
        int depth = 0;
        for (qsizetype i = m_index; i < close; ++i) {
            const TsToken &t = m_tokens[i];
            if (isOpen(t))
                ++depth;
            else if (isClose(t))
                --depth;
            else if (depth == 1 && t.isIdentifier(u"return") && !m_tokens[i + 1].newlineBefore &&
                     !m_tokens[i + 1].isPunctuator(u";") && !isClose(m_tokens[i + 1])) {
                m_index = i + 1;
                node.children << parseExpression();
                break;
            }
        }
        m_index = close;
        advance();
    } else {
        node.children << parseExpression();
    }
    node.span = spanFrom(start);
    return node;
}

TsNode TsParser::binary()
{
    const qsizetype start = m_index;
    TsNode left = unary();
    while (!atEnd()) {
        const TsToken &t = token();
        if ((t.isIdentifier(u"as") || t.isIdentifier(u"satisfies")) && !t.newlineBefore) {
            TsNode wrapped;
            wrapped.kind = advance().text == u"as" ? TsNode::Kind::As : TsNode::Kind::Satisfies;
            const SourceSpan type = skipType();
            wrapped.text = m_text.mid(type.begin, type.length());
            wrapped.children << left;
            wrapped.span = spanFrom(start);
            left = wrapped;
            continue;
        }
        if (!isBinaryOperator(t))
            break;
        advance();
        while (token().isPunctuator(u">") || (token().isPunctuator(u"=") && token(-1).isPunctuator(u">")))
            advance(); // `>>`, `>>>`, `>=`, `>>=` arrive as single characters
        const qsizetype before = m_index;
        unary();
        left = TsNode();
        left.span = spanFrom(start);
        if (m_index == before)
            break; // a missing operand, reported; what follows is left to the list around it
    }
    return left;
}

TsNode TsParser::unary()
{
    const qsizetype start = m_index;
    if (isUnaryOperator(token()) && !(token().kind == Kind::Identifier && token(1).isPunctuator(u"=>"))) {
        TsNode node;
        node.kind = TsNode::Kind::Unary;
        node.text = advance().text;
        if (m_depth > kMaxDepth) {
            skipBalancedUntilExpressionEnd();
        } else {
            ++m_depth;
            node.children << unary();
            --m_depth;
        }
        node.span = spanFrom(start);
        return node;
    }
    return postfix(primary());
}

bool TsParser::typeArgumentsAhead(qsizetype *close) const
{
    // Type argument lists are short; a longer run is a comparison (this also keeps `a < b < c ...` linear).
    constexpr qsizetype kMaxTypeTokens = 256;
    int depth = 0;
    for (qsizetype i = m_index; i < m_tokens.size() && i < m_index + kMaxTypeTokens; ++i) {
        const TsToken &t = m_tokens[i];
        if (t.isPunctuator(u"<")) {
            ++depth;
        } else if (t.isPunctuator(u">")) {
            if (--depth == 0) {
                *close = i;
                return i + 1 < m_tokens.size() && m_tokens[i + 1].isPunctuator(u"(");
            }
        } else if (isOpen(t)) {
            i = matching(i);
        } else if (t.kind == Kind::End || isClose(t) || t.isPunctuator(u";") || t.isPunctuator(u"=") ||
                   t.isPunctuator(u"&&") || t.isPunctuator(u"||")) {
            return false;
        }
    }
    return false;
}

} // namespace tw::source::ts
