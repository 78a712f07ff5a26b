// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/typescripthighlighter.h"

#include <QSet>

namespace tw::views {
namespace {

enum BlockState { Normal = 0, InBlockComment = 1, InTemplate = 2 };

const QSet<QString> &keywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"as",         "async",     "await",   "boolean", "break",    "case",   "catch",  "class",
              "const",      "continue",  "default", "delete",  "else",     "enum",   "export", "extends",
              "false",      "finally",   "for",     "from",    "function", "if",     "import", "in",
              "instanceof", "interface", "let",     "new",     "null",     "number", "of",     "readonly",
              "return",     "string",    "switch",  "this",    "throw",    "true",   "try",    "type",
              "typeof",     "undefined", "unknown", "var",     "void",     "while"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

TypeScriptHighlighter::TypeScriptHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
    , m_dark(darkBackground)
{
}

QTextCharFormat TypeScriptHighlighter::format(Token token) const
{
    QTextCharFormat f;
    switch (token) {
    case Token::Keyword:
        f.setForeground(m_dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7c, 0x3a, 0xed));
        f.setFontWeight(QFont::Bold);
        break;
    case Token::String:
        f.setForeground(m_dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x15, 0x80, 0x3d));
        break;
    case Token::Number:
        f.setForeground(m_dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb4, 0x53, 0x09));
        break;
    case Token::Comment:
        f.setForeground(m_dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6b, 0x72, 0x80));
        f.setFontItalic(true);
        break;
    case Token::TypeName:
        f.setForeground(m_dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x0e, 0x74, 0x90));
        break;
    }
    return f;
}

int TypeScriptHighlighter::stringEnd(const QString &text, int start, QChar quote)
{
    for (int i = start; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (text.at(i) == quote)
            return i + 1;
    }
    return -1;
}

void TypeScriptHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    int i = 0;
    const int carried = previousBlockState();
    if (carried == InBlockComment || carried == InTemplate) {
        const int close = carried == InBlockComment ? int(text.indexOf(QLatin1String("*/"))) : stringEnd(text, 0, u'`');
        const int end = close < 0 ? int(text.size()) : (carried == InBlockComment ? close + 2 : close);
        setFormat(0, end, format(carried == InBlockComment ? Token::Comment : Token::String));
        if (close < 0) {
            setCurrentBlockState(carried);
            return;
        }
        i = end;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == QLatin1String("//")) {
            setFormat(i, int(text.size()) - i, format(Token::Comment));
            return;
        }
        if (text.mid(i, 2) == QLatin1String("/*")) {
            const int close = int(text.indexOf(QLatin1String("*/"), i + 2));
            const int end = close < 0 ? int(text.size()) : close + 2;
            setFormat(i, end - i, format(Token::Comment));
            if (close < 0) {
                setCurrentBlockState(InBlockComment);
                return;
            }
            i = end;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            const int close = stringEnd(text, i + 1, c);
            const int end = close < 0 ? int(text.size()) : close;
            setFormat(i, end - i, format(Token::String));
            if (close < 0 && c == u'`') {
                setCurrentBlockState(InTemplate);
                return;
            }
            i = end;
        } else if (isWordChar(c)) {
            int end = i;
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            if (keywords().contains(word))
                setFormat(i, end - i, format(Token::Keyword));
            else if (c.isDigit())
                setFormat(i, end - i, format(Token::Number));
            else if (c.isUpper())
                setFormat(i, end - i, format(Token::TypeName));
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace tw::views
