// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of SQL text other tools or people wrote: the tokenizer, the DDL parser a live database's schema goes
// through, and the splitter every migration file goes through before it runs.
#include "database/introspection/ddlparser.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/sqltext/sqltokenizer.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzcontract.h"

namespace tw::fuzz {

namespace {

// matchingParenthesis and splitAtCommas for the first parentheses (each call walks to the closing one, so checking
// every one of a hundred thousand nested parentheses would take the check quadratic time, not the tokenizer).
constexpr int kParenthesesChecked = 64;

QString parenthesesBroken(const QList<database::SqlToken> &tokens)
{
    int checked = 0;
    for (qsizetype i = 0; i < tokens.size() && checked < kParenthesesChecked; ++i) {
        if (!tokens.at(i).isSymbol(QLatin1Char('(')))
            continue;
        ++checked;
        const qsizetype close = database::SqlTokenizer::matchingParenthesis(tokens, i);
        if (close == -1)
            continue;
        if (close <= i || close >= tokens.size() || !tokens.at(close).isSymbol(QLatin1Char(')')))
            return QStringLiteral("SqlTokenizer::matchingParenthesis(%1) names %2, not a `)` after it")
                .arg(i)
                .arg(close);
        for (const auto &[first, last] : database::SqlTokenizer::splitAtCommas(tokens, i + 1, close)) {
            if (first < i + 1 || first > last || last > close)
                return QStringLiteral("SqlTokenizer::splitAtCommas returns [%1, %2) outside (%3, %4)")
                    .arg(first)
                    .arg(last)
                    .arg(i)
                    .arg(close);
        }
    }
    return {};
}

} // namespace

QString checkSqlTokenizer(const QByteArray &bytes)
{
    const QString sql = QString::fromUtf8(bytes);
    QString error;
    const QList<database::SqlToken> tokens = database::SqlTokenizer::tokenize(sql, &error);
    if (!error.isEmpty())
        return tokens.isEmpty() ? QString() : QStringLiteral("SqlTokenizer returns tokens along with an error");
    qsizetype previousEnd = 0;
    for (const database::SqlToken &token : tokens) {
        if (!insideText(token.start, token.end, sql.size()) || token.start < previousEnd || token.start == token.end)
            return QStringLiteral(
                       "SqlTokenizer: a token [%1, %2) is empty, outside the text or overlaps the one before")
                .arg(token.start)
                .arg(token.end);
        previousEnd = token.end;
    }
    if (!tokens.isEmpty())
        database::SqlTokenizer::slice(sql, tokens, 0, tokens.size());
    return parenthesesBroken(tokens);
}

QString checkDdlParser(const QByteArray &bytes)
{
    const QString sql = QString::fromUtf8(bytes);
    if (QString broken = unclearError(database::DdlParser::parseTable(sql), "DdlParser::parseTable"); !broken.isEmpty())
        return broken;
    if (QString broken = unclearError(database::DdlParser::parseIndex(sql), "DdlParser::parseIndex"); !broken.isEmpty())
        return broken;
    return unclearError(database::DdlParser::viewDefinition(sql), "DdlParser::viewDefinition");
}

QString checkSqlSplitter(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QString &statement : database::SqlStatementSplitter::split(text)) {
        if (statement.isEmpty() || statement != statement.trimmed())
            return QStringLiteral("SqlStatementSplitter returns an empty or untrimmed statement: %1").arg(statement);
    }
    return {};
}

} // namespace tw::fuzz
