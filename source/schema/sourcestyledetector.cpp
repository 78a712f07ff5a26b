// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/sourcestyledetector.h"

namespace tw::source {
namespace {

using ts::TsStatement;
using ts::TsToken;

QChar majorityQuote(const QString &text, const QList<TsToken> &tokens)
{
    int single = 0;
    int dbl = 0;
    for (const TsToken &t : tokens) {
        if (t.kind != TsToken::Kind::String)
            continue;
        if (text[t.span.begin] == u'\'')
            ++single;
        else
            ++dbl;
    }
    return single > dbl ? QLatin1Char('\'') : QLatin1Char('"');
}

bool usesSemicolons(const QString &text, const QList<TsStatement> &statements)
{
    int with = 0;
    int without = 0;
    for (const TsStatement &s : statements) {
        if (s.kind == TsStatement::Kind::Other || !s.span.isValid() || s.span.length() == 0)
            continue;
        (text[s.span.end - 1] == u';' ? with : without)++;
    }
    return with >= without;
}

QString indentUnit(const QString &text)
{
    int smallest = 0;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), lineStart);
        if (end < 0)
            end = text.size();
        if (lineStart < end && text[lineStart] == u'\t')
            return QStringLiteral("\t");
        int spaces = 0;
        while (lineStart + spaces < end && text[lineStart + spaces] == u' ')
            ++spaces;
        const bool blank = lineStart + spaces >= end || text[lineStart + spaces] == u'\r';
        // Continuation lines of a block comment (` * text`) are not indentation evidence.
        const bool commentLine = !blank && text[lineStart + spaces] == u'*';
        if (spaces > 0 && !blank && !commentLine && (smallest == 0 || spaces < smallest))
            smallest = spaces;
        lineStart = end + 1;
    }
    return smallest > 0 ? QString(smallest, QLatin1Char(' ')) : QStringLiteral("  ");
}

bool usesTrailingCommas(const QList<TsToken> &tokens)
{
    int with = 0;
    int without = 0;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const TsToken &t = tokens[i];
        if (!(t.isPunctuator(u"}") || t.isPunctuator(u"]")) || !t.newlineBefore)
            continue;
        const TsToken &before = tokens[i - 1];
        if (before.isPunctuator(u","))
            ++with;
        else if (!(before.isPunctuator(u"{") || before.isPunctuator(u"[") || before.isPunctuator(u";") ||
                   before.isPunctuator(u"}")))
            ++without;
    }
    return with >= without;
}

} // namespace

SourceStyle detectSourceStyle(const QString &text, const ts::TsModule &module)
{
    SourceStyle style;
    style.quote = majorityQuote(text, module.tokens.tokens);
    style.semicolons = usesSemicolons(text, module.statements);
    style.indent = indentUnit(text);
    style.trailingCommas = usesTrailingCommas(module.tokens.tokens);
    if (text.contains(QLatin1String("\r\n")))
        style.lineEnding = QStringLiteral("\r\n");
    return style;
}

} // namespace tw::source
