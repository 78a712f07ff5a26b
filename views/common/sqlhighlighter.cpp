// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/sqlhighlighter.h"

#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/schema/naming.h"

#include <QSet>

namespace tw::views {
namespace {

enum BlockState { Normal = 0, InBlockComment = 1 };

/// SQLite's keywords (model::naming's list, the one the name checks use) and the words a schema reads as types.
bool isKeyword(const QString &word)
{
    static const QSet<QString> typesAndModifiers = {
        QStringLiteral("blob"),  QStringLiteral("integer"), QStringLiteral("numeric"), QStringLiteral("real"),
        QStringLiteral("rowid"), QStringLiteral("stored"),  QStringLiteral("strict"),  QStringLiteral("text")};
    return model::naming::isSqliteKeyword(word) || typesAndModifiers.contains(word.toLower());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
    , m_dark(darkBackground)
{
}

void SqlHighlighter::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rehighlight();
}

QTextCharFormat SqlHighlighter::tokenFormat(Token token) const
{
    QTextCharFormat f;
    switch (token) {
    case Token::Keyword:
        f.setForeground(m_dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1d, 0x4e, 0xd8));
        f.setFontWeight(QFont::Bold);
        break;
    case Token::String:
        f.setForeground(m_dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x15, 0x80, 0x3d));
        break;
    case Token::Identifier:
        f.setForeground(m_dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x9a, 0x34, 0x12));
        break;
    case Token::Number:
        f.setForeground(m_dark ? QColor(0xf7, 0x8c, 0xb4) : QColor(0xa2, 0x1c, 0xaf));
        break;
    case Token::Comment:
        f.setForeground(m_dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6b, 0x72, 0x80));
        f.setFontItalic(true);
        break;
    case Token::Breakpoint:
        f.setForeground(m_dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6b, 0x72, 0x80));
        f.setBackground(m_dark ? QColor(0x33, 0x38, 0x40) : QColor(0xee, 0xf0, 0xf3));
        break;
    }
    return f;
}

int SqlHighlighter::quotedEnd(const QString &text, int start, QChar quote) const
{
    // A doubled quote inside is an escaped quote, not the end.
    for (int i = start + 1; i < text.size(); ++i) {
        if (text.at(i) != quote)
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return int(text.size());
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    int i = 0;
    if (previousBlockState() == InBlockComment) {
        const int close = int(text.indexOf(QLatin1String("*/")));
        const int end = close < 0 ? int(text.size()) : close + 2;
        setFormat(0, end, tokenFormat(Token::Comment));
        if (close < 0) {
            setCurrentBlockState(InBlockComment);
            return;
        }
        i = end;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == QLatin1String("--")) {
            const bool breakpoint =
                text.mid(i).trimmed() == QLatin1String(migrations::SqliteMigrationWriter::kBreakpoint);
            setFormat(i, int(text.size()) - i, tokenFormat(breakpoint ? Token::Breakpoint : Token::Comment));
            return;
        }
        if (text.mid(i, 2) == QLatin1String("/*")) {
            const int close = int(text.indexOf(QLatin1String("*/"), i + 2));
            const int end = close < 0 ? int(text.size()) : close + 2;
            setFormat(i, end - i, tokenFormat(Token::Comment));
            if (close < 0) {
                setCurrentBlockState(InBlockComment);
                return;
            }
            i = end;
        } else if (c == QLatin1Char('\'')) {
            const int end = quotedEnd(text, i, c);
            setFormat(i, end - i, tokenFormat(Token::String));
            i = end;
        } else if (c == QLatin1Char('`') || c == QLatin1Char('"') || c == QLatin1Char('[')) {
            const int end = quotedEnd(text, i, c == QLatin1Char('[') ? QLatin1Char(']') : c);
            setFormat(i, end - i, tokenFormat(Token::Identifier));
            i = end;
        } else if (isWordChar(c)) {
            int end = i;
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            if (isKeyword(word))
                setFormat(i, end - i, tokenFormat(Token::Keyword));
            else if (c.isDigit())
                setFormat(i, end - i, tokenFormat(Token::Number));
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace tw::views
