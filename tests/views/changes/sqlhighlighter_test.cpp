// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL preview's highlighter: each token kind gets its format, quotes and comments end where SQL says.
#include "views/common/sqlhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

using tw::views::SqlHighlighter;
using Token = SqlHighlighter::Token;

namespace {

/// The format at @p column of line @p line (empty when unformatted).
QTextCharFormat formatAt(QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

/// The foreground colour at @p column of line @p line (invalid when unformatted).
QColor colourAt(QTextDocument &document, int line, int column)
{
    const QTextCharFormat format = formatAt(document, line, column);
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : QColor();
}

class SqlHighlighterTest : public ::testing::Test
{
protected:
    void highlight(const QString &text)
    {
        document.setPlainText(text);
        highlighter.rehighlight();
    }
    QColor colour(Token token) const { return highlighter.tokenFormat(token).foreground().color(); }

    QTextDocument document;
    SqlHighlighter highlighter{&document};
};

TEST_F(SqlHighlighterTest, KeywordsIdentifiersStringsAndNumbers)
{
    highlight(
        QStringLiteral("create TABLE `my table` (\"x\" text DEFAULT 'it''s -- no comment', n integer DEFAULT 42);"));
    EXPECT_EQ(colourAt(document, 0, 0), colour(Token::Keyword));     // create (any case)
    EXPECT_EQ(colourAt(document, 0, 7), colour(Token::Keyword));     // TABLE
    EXPECT_EQ(colourAt(document, 0, 13), colour(Token::Identifier)); // `my table` with its space
    EXPECT_EQ(colourAt(document, 0, 19), colour(Token::Identifier));
    EXPECT_EQ(colourAt(document, 0, 25), colour(Token::Identifier)); // "x"
    const int quote = int(document.toPlainText().indexOf(QLatin1String("'it''s")));
    EXPECT_EQ(colourAt(document, 0, quote + 4), colour(Token::String)); // after the doubled quote: still the string
    EXPECT_EQ(colourAt(document, 0, quote + 9), colour(Token::String)); // "--" inside a string is no comment
    const int number = int(document.toPlainText().indexOf(QLatin1String("42")));
    EXPECT_EQ(colourAt(document, 0, number), colour(Token::Number));
    const int plain = int(document.toPlainText().indexOf(QLatin1String(" n ")));
    EXPECT_FALSE(colourAt(document, 0, plain + 1).isValid()); // an ordinary name stays plain
}

TEST_F(SqlHighlighterTest, CommentsAndTheStatementBreakpoint)
{
    highlight(QStringLiteral("DROP TABLE `a`;--> statement-breakpoint\n-- a note\n/* spans\nlines */ SELECT 1;"));
    EXPECT_EQ(colourAt(document, 0, 16), colour(Token::Breakpoint));
    EXPECT_EQ(formatAt(document, 0, 16).background(), highlighter.tokenFormat(Token::Breakpoint).background());
    EXPECT_EQ(colourAt(document, 0, 0), colour(Token::Keyword));
    EXPECT_EQ(colourAt(document, 1, 3), colour(Token::Comment));
    EXPECT_EQ(colourAt(document, 2, 4), colour(Token::Comment));
    EXPECT_EQ(colourAt(document, 3, 2), colour(Token::Comment));  // the block comment carries over the line break
    EXPECT_EQ(colourAt(document, 3, 10), colour(Token::Keyword)); // SELECT after it
}

TEST_F(SqlHighlighterTest, DarkBackgroundGetsLighterColours)
{
    const QColor light = colour(Token::Keyword);
    highlighter.setDarkBackground(true);
    EXPECT_GT(colour(Token::Keyword).lightness(), light.lightness());
    EXPECT_NE(colour(Token::Breakpoint), colour(Token::Keyword));
}

} // namespace
