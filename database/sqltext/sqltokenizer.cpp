// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/sqltext/sqltokenizer.h"

namespace tw::database {
namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isWordChar(QChar c)
{
    return isWordStart(c) || c.isDigit() || c == u'$';
}

/// The end of a quoted run starting at @p start with @p close as its closing character, doubled to escape (except
/// for brackets, which cannot hold `]`). -1 when it never closes.
qsizetype quotedEnd(const QString &sql, qsizetype start, QChar close, bool doubling)
{
    for (qsizetype i = start + 1; i < sql.size(); ++i) {
        if (sql[i] != close)
            continue;
        if (doubling && i + 1 < sql.size() && sql[i + 1] == close) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return -1;
}

QString unquoted(const QString &sql, qsizetype start, qsizetype end, QChar close, bool doubling)
{
    QString inner = sql.mid(start + 1, end - start - 2);
    if (doubling)
        inner.replace(QString(2, close), QString(close));
    return inner;
}

qsizetype numberEnd(const QString &sql, qsizetype i)
{
    if (sql[i] == u'0' && i + 1 < sql.size() && (sql[i + 1] == u'x' || sql[i + 1] == u'X')) {
        i += 2;
        while (i < sql.size() && (sql[i].isDigit() || QStringLiteral("abcdefABCDEF").contains(sql[i])))
            ++i;
        return i;
    }
    while (i < sql.size() && (sql[i].isDigit() || sql[i] == u'.' || sql[i] == u'_'))
        ++i;
    if (i < sql.size() && (sql[i] == u'e' || sql[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < sql.size() && (sql[j] == u'+' || sql[j] == u'-'))
            ++j;
        if (j < sql.size() && sql[j].isDigit()) {
            i = j;
            while (i < sql.size() && sql[i].isDigit())
                ++i;
        }
    }
    return i;
}

} // namespace

bool SqlToken::isWord(QLatin1StringView keyword) const
{
    return kind == Kind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
}

QList<SqlToken> SqlTokenizer::tokenize(const QString &sql, QString *error)
{
    QList<SqlToken> tokens;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QList<SqlToken>{};
    };
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        const QChar next = i + 1 < sql.size() ? sql[i + 1] : QChar();
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && next == u'-') {
            const qsizetype newline = sql.indexOf(u'\n', i);
            i = newline < 0 ? sql.size() : newline + 1;
        } else if (c == u'/' && next == u'*') {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            if (close < 0)
                return fail(QStringLiteral("unterminated /* comment at offset %1").arg(i));
            i = close + 2;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            const bool doubling = c != u'[';
            const qsizetype end = quotedEnd(sql, i, close, doubling);
            if (end < 0)
                return fail(QStringLiteral("unterminated %1 at offset %2")
                                .arg(c == u'\'' ? QStringLiteral("string") : QStringLiteral("quoted name"))
                                .arg(i));
            tokens << SqlToken{c == u'\'' ? SqlToken::Kind::String : SqlToken::Kind::Identifier,
                               unquoted(sql, i, end, close, doubling), i, end};
            i = end;
        } else if ((c == u'x' || c == u'X') && next == u'\'') {
            const qsizetype end = quotedEnd(sql, i + 1, u'\'', false);
            if (end < 0)
                return fail(QStringLiteral("unterminated blob literal at offset %1").arg(i));
            tokens << SqlToken{SqlToken::Kind::Blob, sql.mid(i, end - i), i, end};
            i = end;
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            const qsizetype end = numberEnd(sql, i);
            tokens << SqlToken{SqlToken::Kind::Number, sql.mid(i, end - i), i, end};
            i = end;
        } else if (isWordStart(c)) {
            qsizetype end = i + 1;
            while (end < sql.size() && isWordChar(sql[end]))
                ++end;
            tokens << SqlToken{SqlToken::Kind::Word, sql.mid(i, end - i), i, end};
            i = end;
        } else if (c == u'?' || c == u':' || c == u'@' || c == u'$') {
            qsizetype end = i + 1;
            while (end < sql.size() && isWordChar(sql[end]))
                ++end;
            tokens << SqlToken{SqlToken::Kind::Parameter, sql.mid(i, end - i), i, end};
            i = end;
        } else {
            static const QStringList pairs{QStringLiteral("||"), QStringLiteral("<="), QStringLiteral(">="),
                                           QStringLiteral("<>"), QStringLiteral("!="), QStringLiteral("=="),
                                           QStringLiteral("<<"), QStringLiteral(">>"), QStringLiteral("->")};
            const qsizetype length = pairs.contains(sql.mid(i, 2)) ? 2 : 1;
            tokens << SqlToken{SqlToken::Kind::Symbol, sql.mid(i, length), i, i + length};
            i += length;
        }
    }
    return tokens;
}

qsizetype SqlTokenizer::matchingParenthesis(const QList<SqlToken> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol(u'('))
            ++depth;
        else if (tokens[i].isSymbol(u')') && --depth == 0)
            return i;
    }
    return -1;
}

QList<std::pair<qsizetype, qsizetype>> SqlTokenizer::splitAtCommas(const QList<SqlToken> &tokens, qsizetype first,
                                                                   qsizetype last)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    int depth = 0;
    qsizetype start = first;
    for (qsizetype i = first; i < last; ++i) {
        if (tokens[i].isSymbol(u'('))
            ++depth;
        else if (tokens[i].isSymbol(u')'))
            --depth;
        else if (depth == 0 && tokens[i].isSymbol(u',')) {
            ranges.append({start, i});
            start = i + 1;
        }
    }
    ranges.append({start, last});
    return ranges;
}

QString SqlTokenizer::slice(const QString &sql, const QList<SqlToken> &tokens, qsizetype first, qsizetype last)
{
    if (first >= last)
        return {};
    return sql.mid(tokens[first].start, tokens[last - 1].end - tokens[first].start);
}

} // namespace tw::database
