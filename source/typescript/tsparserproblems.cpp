// SPDX-License-Identifier: GPL-3.0-or-later
// TsParser's syntax errors: unbalanced brackets, missing values and missing separators.
#include "source/typescript/tsparser.h"

#include <QHash>

#include <algorithm>

namespace tw::source::ts {
namespace {

/// Stop collecting after this many: the first ones say where the text broke, the rest follow from them.
constexpr qsizetype kMaxProblems = 50;

using Kind = TsToken::Kind;

QChar closerOf(QStringView open)
{
    return open == u"(" ? QLatin1Char(')') : open == u"[" ? QLatin1Char(']') : QLatin1Char('}');
}

bool isOpenBracket(const TsToken &t)
{
    return t.kind == Kind::Punctuator && (t.text == u"(" || t.text == u"[" || t.text == u"{");
}

bool isCloseBracket(const TsToken &t)
{
    return t.kind == Kind::Punctuator && (t.text == u")" || t.text == u"]" || t.text == u"}");
}

/// Tokens that cannot begin an expression, and that a missing value is most often followed by.
bool endsBeforeAValue(const TsToken &t)
{
    static const QStringList punctuators{
        QStringLiteral(","),   QStringLiteral(")"),  QStringLiteral("]"),  QStringLiteral("}"),   QStringLiteral(";"),
        QStringLiteral(":"),   QStringLiteral("=>"), QStringLiteral("?"),  QStringLiteral("."),   QStringLiteral("?."),
        QStringLiteral("="),   QStringLiteral("*"),  QStringLiteral("%"),  QStringLiteral("|"),   QStringLiteral("&"),
        QStringLiteral("&&"),  QStringLiteral("||"), QStringLiteral("??"), QStringLiteral("==="), QStringLiteral("=="),
        QStringLiteral("!=="), QStringLiteral("!="), QStringLiteral(">")};
    return t.kind == Kind::End || (t.kind == Kind::Punctuator && punctuators.contains(t.text));
}

QString describe(const TsToken &t)
{
    if (t.kind == Kind::End)
        return QStringLiteral("the end of the text");
    if (t.kind == Kind::String)
        return QStringLiteral("a string");
    if (t.kind == Kind::Template)
        return QStringLiteral("a template");
    return u'`' + t.text + u'`';
}

} // namespace

void TsParser::pairBrackets()
{
    // Bracket pairs once for all, so that skipping a bracketed part never rescans it (deep nesting stays linear).
    // A closing bracket of the wrong kind closes the innermost open bracket of its kind (the ones inside it are
    // left unclosed), or is stray when there is none; both are syntax errors.
    m_matching.fill(m_tokens.size() - 1, m_tokens.size());
    QList<qsizetype> open;
    QHash<QChar, qsizetype> openOfKind; // by closer: a search down the stack only when it succeeds (stays linear)
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const TsToken &t = m_tokens[i];
        if (isOpenBracket(t)) {
            open << i;
            ++openOfKind[closerOf(t.text)];
            continue;
        }
        if (!isCloseBracket(t))
            continue;
        const QChar closer = t.text.front();
        if (openOfKind.value(closer) == 0) {
            report(t.span.begin, QStringLiteral("unexpected %1: nothing before it is open").arg(describe(t)));
            continue;
        }
        while (closerOf(m_tokens[open.last()].text) != closer) {
            const TsToken &unclosed = m_tokens[open.takeLast()];
            --openOfKind[closerOf(unclosed.text)];
            report(unclosed.span.begin, QStringLiteral("`%1` is not closed: expected `%2` before %3")
                                            .arg(unclosed.text, closerOf(unclosed.text), describe(t)));
        }
        --openOfKind[closer];
        m_matching[open.takeLast()] = i;
    }
    for (const qsizetype unclosed : open)
        report(m_tokens[unclosed].span.begin, QStringLiteral("`%1` is not closed: expected `%2`")
                                                  .arg(m_tokens[unclosed].text, closerOf(m_tokens[unclosed].text)));
}

void TsParser::report(qsizetype offset, const QString &message)
{
    if (m_problems.size() >= kMaxProblems)
        return;
    if (std::any_of(m_problems.begin(), m_problems.end(), [&](const TsProblem &p) { return p.offset == offset; }))
        return;
    m_problems << TsProblem{offset, message};
}

bool TsParser::reportMissingValue(qsizetype offset, const QString &expected)
{
    if (!endsBeforeAValue(token()))
        return false;
    report(offset, QStringLiteral("expected %1, found %2").arg(expected, describe(token())));
    return true;
}

bool TsParser::expectSeparator(qsizetype close, QStringView closer)
{
    if (token().isPunctuator(u",") || (closer == u"}" && token().isPunctuator(u";"))) {
        advance();
        return true;
    }
    if (m_index < close)
        report(token().span.begin,
               QStringLiteral("expected `,` or `%1`, found %2").arg(closer.toString(), describe(token())));
    return false;
}

} // namespace tw::source::ts
