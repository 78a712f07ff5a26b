// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/typescript/tstokenizer.h"

#include <algorithm>
#include <array>

namespace tw::source::ts {
namespace {

/// How deep templates may nest inside `${ }` before the rest is treated as broken (keeps the stack bounded).
constexpr int kMaxTemplateDepth = 64;

/// Keywords after which a `/` starts a regular expression rather than a division.
bool keywordBeforeExpression(const QString &word)
{
    static const std::array<QLatin1StringView, 16> words{
        QLatin1StringView("return"),   QLatin1StringView("typeof"), QLatin1StringView("instanceof"),
        QLatin1StringView("in"),       QLatin1StringView("of"),     QLatin1StringView("new"),
        QLatin1StringView("delete"),   QLatin1StringView("void"),   QLatin1StringView("throw"),
        QLatin1StringView("case"),     QLatin1StringView("do"),     QLatin1StringView("else"),
        QLatin1StringView("yield"),    QLatin1StringView("await"),  QLatin1StringView("extends"),
        QLatin1StringView("satisfies")};
    for (QLatin1StringView w : words) {
        if (word == w)
            return true;
    }
    return false;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$' || c == u'\\' || c.isSurrogate() || c == u'#';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'\\' || c.isSurrogate() || c.isMark() ||
           c == QChar(0x200c) || c == QChar(0x200d);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == QChar(0xa0) || c == QChar(0xfeff) ||
           c.category() == QChar::Separator_Space;
}

class Scanner
{
public:
    Scanner(const QString &text, qsizetype begin, qsizetype end, int depth)
        : m_text(text)
        , m_pos(begin)
        , m_end(end)
        , m_depth(depth)
    {
    }

    /// Tokenizes up to m_end, or (when @p stopAtBrace) up to the `}` that closes a template substitution, which
    /// is left unconsumed. Returns whether that brace was found.
    bool run(TsTokens &out, bool stopAtBrace)
    {
        int braces = 0;
        bool newline = false;
        while (true) {
            newline = skipTrivia(out) || newline;
            if (m_pos >= m_end)
                return false;
            const QChar c = m_text[m_pos];
            if (stopAtBrace && c == u'}' && braces == 0)
                return true;
            TsToken token = next(out);
            token.newlineBefore = newline;
            newline = false;
            if (token.isPunctuator(u"{"))
                ++braces;
            else if (token.isPunctuator(u"}") && braces > 0)
                --braces;
            m_previous = token;
            m_hasPrevious = true;
            out.tokens << std::move(token);
        }
    }

    qsizetype position() const { return m_pos; }

private:
    QChar at(qsizetype i) const { return i < m_end ? m_text[i] : QChar(); }

    /// Skips whitespace and comments; returns whether a line break was crossed.
    bool skipTrivia(TsTokens &out)
    {
        bool newline = false;
        while (m_pos < m_end) {
            const QChar c = m_text[m_pos];
            if (TsTokenizer::isLineTerminator(c)) {
                newline = true;
                ++m_pos;
            } else if (isSpace(c)) {
                ++m_pos;
            } else if (c == u'/' && at(m_pos + 1) == u'/') {
                const qsizetype start = m_pos;
                while (m_pos < m_end && !TsTokenizer::isLineTerminator(m_text[m_pos]))
                    ++m_pos;
                out.comments << TsComment{{start, m_pos}, false};
            } else if (c == u'/' && at(m_pos + 1) == u'*') {
                const qsizetype start = m_pos;
                const qsizetype close = m_text.indexOf(QLatin1StringView("*/"), m_pos + 2);
                if (close < 0 || close + 2 > m_end) {
                    out.problems << TsProblem{start, QStringLiteral("unterminated comment")};
                    m_pos = m_end;
                } else {
                    m_pos = close + 2;
                }
                const bool jsDoc = at(start + 2) == u'*' && at(start + 3) != u'/';
                for (qsizetype i = start; i < m_pos; ++i)
                    newline = newline || TsTokenizer::isLineTerminator(m_text[i]);
                out.comments << TsComment{{start, m_pos}, jsDoc};
            } else if (c == u'#' && at(m_pos + 1) == u'!' && m_pos == 0) {
                while (m_pos < m_end && !TsTokenizer::isLineTerminator(m_text[m_pos]))
                    ++m_pos;
                out.comments << TsComment{{0, m_pos}, false};
            } else {
                break;
            }
        }
        return newline;
    }

    TsToken make(TsToken::Kind kind, qsizetype start)
    {
        TsToken token;
        token.kind = kind;
        token.span = {start, m_pos};
        if (kind != TsToken::Kind::String)
            token.text = m_text.mid(start, m_pos - start);
        return token;
    }

    TsToken next(TsTokens &out)
    {
        const qsizetype start = m_pos;
        const QChar c = m_text[m_pos];
        if (c == u'"' || c == u'\'')
            return string(out, c);
        if (c == u'`')
            return templateLiteral(out);
        if (c.isDigit() || (c == u'.' && at(m_pos + 1).isDigit()))
            return number();
        if (isIdentifierStart(c)) {
            ++m_pos;
            while (m_pos < m_end && isIdentifierPart(m_text[m_pos]))
                ++m_pos;
            return make(TsToken::Kind::Identifier, start);
        }
        if (c == u'/' && regexAllowed())
            return regex(out);
        return punctuator();
    }

    bool regexAllowed() const
    {
        if (!m_hasPrevious)
            return true;
        switch (m_previous.kind) {
        case TsToken::Kind::Identifier:
            return keywordBeforeExpression(m_previous.text);
        case TsToken::Kind::Punctuator:
            return !(m_previous.text == u")" || m_previous.text == u"]" || m_previous.text == u"}" ||
                     m_previous.text == u"++" || m_previous.text == u"--");
        default:
            return false;
        }
    }

    TsToken string(TsTokens &out, QChar quote)
    {
        const qsizetype start = m_pos++;
        while (m_pos < m_end && m_text[m_pos] != quote) {
            if (m_text[m_pos] == u'\\')
                ++m_pos;
            else if (m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r')
                break;
            ++m_pos;
        }
        m_pos = std::min(m_pos, m_end);
        const bool closed = m_pos < m_end && m_text[m_pos] == quote;
        const qsizetype contentEnd = m_pos;
        if (closed)
            ++m_pos;
        else
            out.problems << TsProblem{start, QStringLiteral("unterminated string")};
        TsToken token = make(TsToken::Kind::String, start);
        token.text = TsTokenizer::cook(QStringView(m_text).mid(start + 1, contentEnd - start - 1));
        return token;
    }

    TsToken templateLiteral(TsTokens &out)
    {
        const qsizetype start = m_pos++;
        TsToken token;
        token.kind = TsToken::Kind::Template;
        qsizetype quasiStart = m_pos;
        while (true) {
            if (m_pos >= m_end) {
                out.problems << TsProblem{start, QStringLiteral("unterminated template literal")};
                token.quasis << SourceSpan{quasiStart, m_end};
                break;
            }
            const QChar c = m_text[m_pos];
            if (c == u'\\') {
                m_pos = std::min(m_pos + 2, m_end);
            } else if (c == u'`') {
                token.quasis << SourceSpan{quasiStart, m_pos};
                ++m_pos;
                break;
            } else if (c == u'$' && at(m_pos + 1) == u'{') {
                token.quasis << SourceSpan{quasiStart, m_pos};
                m_pos += 2;
                const qsizetype inner = m_pos;
                bool closed = false;
                if (m_depth < kMaxTemplateDepth) {
                    Scanner nested(m_text, m_pos, m_end, m_depth + 1);
                    TsTokens ignored;
                    closed = nested.run(ignored, true);
                    out.problems << ignored.problems;
                    m_pos = nested.position();
                } else {
                    out.problems << TsProblem{start, QStringLiteral("template literals nested too deeply")};
                    m_pos = m_end;
                }
                token.substitutions << SourceSpan{inner, m_pos};
                if (!closed) {
                    out.problems << TsProblem{start, QStringLiteral("unterminated template literal")};
                    token.quasis << SourceSpan{m_pos, m_pos};
                    break;
                }
                ++m_pos; // the closing brace
                quasiStart = m_pos;
            } else {
                ++m_pos;
            }
        }
        token.span = {start, m_pos};
        token.text = m_text.mid(start, m_pos - start);
        return token;
    }

    TsToken number()
    {
        const qsizetype start = m_pos;
        const auto digits = [this](auto accept) {
            while (m_pos < m_end && (accept(m_text[m_pos]) || m_text[m_pos] == u'_'))
                ++m_pos;
        };
        const QChar prefix = at(m_pos + 1).toLower();
        if (m_text[m_pos] == u'0' && (prefix == u'x' || prefix == u'o' || prefix == u'b')) {
            m_pos += 2;
            digits([](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); });
        } else {
            digits([](QChar c) { return c.isDigit(); });
            if (at(m_pos) == u'.') {
                ++m_pos;
                digits([](QChar c) { return c.isDigit(); });
            }
            if (at(m_pos).toLower() == u'e') {
                const qsizetype save = m_pos++;
                if (at(m_pos) == u'+' || at(m_pos) == u'-')
                    ++m_pos;
                if (at(m_pos).isDigit())
                    digits([](QChar c) { return c.isDigit(); });
                else
                    m_pos = save;
            }
        }
        if (at(m_pos) == u'n')
            ++m_pos;
        return make(TsToken::Kind::Number, start);
    }

    TsToken regex(TsTokens &out)
    {
        const qsizetype start = m_pos++;
        bool inClass = false;
        bool closed = false;
        while (m_pos < m_end && !TsTokenizer::isLineTerminator(m_text[m_pos])) {
            const QChar c = m_text[m_pos];
            if (c == u'\\') {
                m_pos = std::min(m_pos + 2, m_end);
                continue;
            }
            ++m_pos;
            if (c == u'[')
                inClass = true;
            else if (c == u']')
                inClass = false;
            else if (c == u'/' && !inClass) {
                closed = true;
                break;
            }
        }
        if (!closed)
            out.problems << TsProblem{start, QStringLiteral("unterminated regular expression")};
        while (m_pos < m_end && isIdentifierPart(m_text[m_pos]))
            ++m_pos;
        return make(TsToken::Kind::Regex, start);
    }

    TsToken punctuator()
    {
        static const std::array<QLatin1StringView, 34> multi{QLatin1StringView("..."),
                                                             QLatin1StringView("==="),
                                                             QLatin1StringView("!=="),
                                                             QLatin1StringView("**="),
                                                             QLatin1StringView("<<="),
                                                             QLatin1StringView("&&="),
                                                             QLatin1StringView("||="),
                                                             QLatin1StringView("?"
                                                                               "?="),
                                                             QLatin1StringView("=>"),
                                                             QLatin1StringView("=="),
                                                             QLatin1StringView("!="),
                                                             QLatin1StringView("<="),
                                                             QLatin1StringView("&&"),
                                                             QLatin1StringView("||"),
                                                             QLatin1StringView("??"),
                                                             QLatin1StringView("?."),
                                                             QLatin1StringView("++"),
                                                             QLatin1StringView("--"),
                                                             QLatin1StringView("+="),
                                                             QLatin1StringView("-="),
                                                             QLatin1StringView("*="),
                                                             QLatin1StringView("/="),
                                                             QLatin1StringView("%="),
                                                             QLatin1StringView("&="),
                                                             QLatin1StringView("|="),
                                                             QLatin1StringView("^="),
                                                             QLatin1StringView("**"),
                                                             QLatin1StringView("<<"),
                                                             QLatin1StringView("{"),
                                                             QLatin1StringView("}"),
                                                             QLatin1StringView("("),
                                                             QLatin1StringView(")"),
                                                             QLatin1StringView("["),
                                                             QLatin1StringView("]")};
        const qsizetype start = m_pos;
        const QStringView rest = QStringView(m_text).mid(m_pos, std::min<qsizetype>(4, m_end - m_pos));
        for (QLatin1StringView p : multi) {
            if (!rest.startsWith(p))
                continue;
            // `a?.5:b` is a conditional, not optional chaining.
            if (p == QLatin1StringView("?.") && at(m_pos + 2).isDigit())
                continue;
            m_pos += p.size();
            return make(TsToken::Kind::Punctuator, start);
        }
        ++m_pos;
        return make(TsToken::Kind::Punctuator, start);
    }

    const QString &m_text;
    qsizetype m_pos;
    qsizetype m_end;
    int m_depth;
    TsToken m_previous;
    bool m_hasPrevious = false;
};

} // namespace

bool TsTokenizer::isLineTerminator(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

TsTokens TsTokenizer::tokenize(const QString &text, qsizetype begin, qsizetype end)
{
    if (end < 0 || end > text.size())
        end = text.size();
    begin = std::clamp<qsizetype>(begin, 0, end);
    TsTokens out;
    Scanner scanner(text, begin, end, 0);
    scanner.run(out, false);
    TsToken last;
    last.span = {end, end};
    out.tokens << last;
    return out;
}

} // namespace tw::source::ts
