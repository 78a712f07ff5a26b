// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/typescripthighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

using tw::views::TypeScriptHighlighter;
using Token = TypeScriptHighlighter::Token;

namespace {

/// The format at @p column of line @p line.
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

TEST(TypeScriptHighlighter, KeywordsStringsTypesAndComments)
{
    QTextDocument document;
    TypeScriptHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("export const a: Category = 'x'; // note\nreturn 42;"));
    highlighter.rehighlight();
    EXPECT_EQ(formatAt(document, 0, 0), highlighter.format(Token::Keyword));
    EXPECT_EQ(formatAt(document, 0, 16), highlighter.format(Token::TypeName));
    EXPECT_EQ(formatAt(document, 0, 27), highlighter.format(Token::String));
    EXPECT_EQ(formatAt(document, 0, 33), highlighter.format(Token::Comment));
    EXPECT_EQ(formatAt(document, 1, 7), highlighter.format(Token::Number));
    EXPECT_EQ(formatAt(document, 0, 13), QTextCharFormat()) << "a plain identifier stays plain";
}

TEST(TypeScriptHighlighter, TemplatesAndBlockCommentsSpanLines)
{
    QTextDocument document;
    TypeScriptHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("const s = `one\ntwo` + x;\n/** doc\n still */ const"));
    highlighter.rehighlight();
    EXPECT_EQ(formatAt(document, 1, 0), highlighter.format(Token::String));
    EXPECT_EQ(formatAt(document, 1, 8), QTextCharFormat());
    EXPECT_EQ(formatAt(document, 3, 1), highlighter.format(Token::Comment));
    EXPECT_EQ(formatAt(document, 3, 10), highlighter.format(Token::Keyword));
}
