// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/typescript/tstokenizer.h"

#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace tw::source::ts;

namespace {

/// Each token as `kind:text` (strings show their cooked value), for compact expectations.
QStringList describe(const QString &text)
{
    QStringList out;
    for (const TsToken &t : TsTokenizer::tokenize(text).tokens) {
        switch (t.kind) {
        case TsToken::Kind::Identifier:
            out << QStringLiteral("id:") + t.text;
            break;
        case TsToken::Kind::Number:
            out << QStringLiteral("num:") + t.text;
            break;
        case TsToken::Kind::String:
            out << QStringLiteral("str:") + t.text;
            break;
        case TsToken::Kind::Template:
            out << QStringLiteral("tpl:") + t.text;
            break;
        case TsToken::Kind::Regex:
            out << QStringLiteral("re:") + t.text;
            break;
        case TsToken::Kind::Punctuator:
            out << t.text;
            break;
        case TsToken::Kind::End:
            break;
        }
    }
    return out;
}

TEST(TsTokenizer, EveryTokenSpanCoversExactlyItsText)
{
    const QString text = QStringLiteral("const a = b?.c ?? 1_000n; // note\nlet s = 'x\\'y' /* c */ + `t${u}v`;");
    const TsTokens tokens = TsTokenizer::tokenize(text);
    QStringList spans;
    for (const TsToken &t : tokens.tokens) {
        if (t.kind != TsToken::Kind::End)
            spans << text.mid(t.span.begin, t.span.length());
    }
    EXPECT_EQ(spans, (QStringList{"const", "a", "=", "b", "?.", "c", "??", "1_000n", ";", "let", "s", "=", "'x\\'y'",
                                  "+", "`t${u}v`", ";"}));
    ASSERT_EQ(tokens.comments.size(), 2);
    EXPECT_EQ(text.mid(tokens.comments[0].span.begin, tokens.comments[0].span.length()), "// note");
    EXPECT_EQ(text.mid(tokens.comments[1].span.begin, tokens.comments[1].span.length()), "/* c */");
    EXPECT_TRUE(tokens.problems.isEmpty());
    EXPECT_TRUE(tokens.tokens[9].newlineBefore);
    EXPECT_FALSE(tokens.tokens[8].newlineBefore);
}

TEST(TsTokenizer, NumbersInEveryNotation)
{
    EXPECT_EQ(describe("1_000 0xFF 0o17 0b1010 10n .5 1e-3 2.5E+10 7."),
              (QStringList{"num:1_000", "num:0xFF", "num:0o17", "num:0b1010", "num:10n", "num:.5", "num:1e-3",
                           "num:2.5E+10", "num:7."}));
}

TEST(TsTokenizer, StringsAreCooked)
{
    EXPECT_EQ(describe(R"('it\'s' "a\"b" 'tab\there' '\x41\u0042\u{43}' 'line\
join')"),
              (QStringList{"str:it's", "str:a\"b", "str:tab\there", "str:ABC", "str:linejoin"}));
}

TEST(TsTokenizer, RegexOrDivisionDependsOnThePreviousToken)
{
    EXPECT_EQ(describe("a / b / c"), (QStringList{"id:a", "/", "id:b", "/", "id:c"}));
    EXPECT_EQ(describe("x = /a\\/b[/]c/gi.test(y)"),
              (QStringList{"id:x", "=", "re:/a\\/b[/]c/gi", ".", "id:test", "(", "id:y", ")"}));
    EXPECT_EQ(describe("f(a) / 2"), (QStringList{"id:f", "(", "id:a", ")", "/", "num:2"}));
    EXPECT_EQ(describe("return /}/.test(s)"), (QStringList{"id:return", "re:/}/", ".", "id:test", "(", "id:s", ")"}));
    EXPECT_EQ(describe("arr[0] /2/ 1"), (QStringList{"id:arr", "[", "num:0", "]", "/", "num:2", "/", "num:1"}));
}

TEST(TsTokenizer, TemplatesNestTemplatesAndBraces)
{
    const QString text = QStringLiteral("sql`a ${ {b: `c${d}e`}.b } f ${'}'} g`;");
    const TsTokens tokens = TsTokenizer::tokenize(text);
    ASSERT_EQ(tokens.tokens.size(), 4); // sql, template, ;, End
    const TsToken &tpl = tokens.tokens[1];
    EXPECT_EQ(tpl.kind, TsToken::Kind::Template);
    EXPECT_EQ(tpl.text, "`a ${ {b: `c${d}e`}.b } f ${'}'} g`");
    ASSERT_EQ(tpl.quasis.size(), 3);
    ASSERT_EQ(tpl.substitutions.size(), 2);
    EXPECT_EQ(text.mid(tpl.quasis[0].begin, tpl.quasis[0].length()), "a ");
    EXPECT_EQ(text.mid(tpl.substitutions[0].begin, tpl.substitutions[0].length()), " {b: `c${d}e`}.b ");
    EXPECT_EQ(text.mid(tpl.quasis[1].begin, tpl.quasis[1].length()), " f ");
    EXPECT_EQ(text.mid(tpl.substitutions[1].begin, tpl.substitutions[1].length()), "'}'");
    EXPECT_EQ(text.mid(tpl.quasis[2].begin, tpl.quasis[2].length()), " g");
    EXPECT_TRUE(tokens.problems.isEmpty());
}

TEST(TsTokenizer, GenericsCloseOneAngleAtATime)
{
    EXPECT_EQ(describe("a.$type<Array<Map<string, number>>>()"),
              (QStringList{"id:a", ".", "id:$type", "<", "id:Array", "<", "id:Map", "<", "id:string", ",", "id:number",
                           ">", ">", ">", "(", ")"}));
    EXPECT_EQ(describe("(t) => [...x]"), (QStringList{"(", "id:t", ")", "=>", "[", "...", "id:x", "]"}));
}

TEST(TsTokenizer, JsDocCommentsAreMarked)
{
    const TsTokens tokens = TsTokenizer::tokenize("/** doc */ /* plain */ /**/ x");
    ASSERT_EQ(tokens.comments.size(), 3);
    EXPECT_TRUE(tokens.comments[0].isJsDoc);
    EXPECT_FALSE(tokens.comments[1].isJsDoc);
    EXPECT_FALSE(tokens.comments[2].isJsDoc);
}

TEST(TsTokenizer, UnterminatedInputIsAProblemWhereItStarts)
{
    struct Case
    {
        QString text;
        qsizetype offset;
        QString message;
    };
    const QList<Case> cases{
        {"a = 'open", 4, "unterminated string"},          {"a = \"x\nb", 4, "unterminated string"},
        {"x /* never closed", 2, "unterminated comment"}, {"q = `a ${b", 4, "unterminated template literal"},
        {"q = `abc", 4, "unterminated template literal"}, {"r = /abc", 4, "unterminated regular expression"},
    };
    for (const Case &c : cases) {
        const TsTokens tokens = TsTokenizer::tokenize(c.text);
        ASSERT_FALSE(tokens.problems.isEmpty()) << c.text.toStdString();
        EXPECT_EQ(tokens.problems.first().offset, c.offset) << c.text.toStdString();
        EXPECT_EQ(tokens.problems.first().message, c.message) << c.text.toStdString();
        EXPECT_EQ(tokens.tokens.last().kind, TsToken::Kind::End);
    }
}

TEST(TsTokenizer, DeeplyNestedTemplatesEndWithAProblem)
{
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("`${");
    const TsTokens tokens = TsTokenizer::tokenize(text);
    EXPECT_FALSE(tokens.problems.isEmpty());
}

TEST(TsTokenizer, CookResolvesEscapesAndLineEndings)
{
    EXPECT_EQ(TsTokenizer::cook(u"a\\nb"), "a\nb");
    EXPECT_EQ(TsTokenizer::cook(u"\\`\\${x}\\\\"), "`${x}\\");
    EXPECT_EQ(TsTokenizer::cook(u"\\u{1F600}"), QString::fromUtf8("\xF0\x9F\x98\x80"));
    EXPECT_EQ(TsTokenizer::cook(u"a\r\nb"), "a\nb");
    EXPECT_EQ(TsTokenizer::cook(u"\\q"), "q");
}

} // namespace
