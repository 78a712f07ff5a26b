// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rebuild/sqlidentifiers.h"

#include "model/schema/naming.h"

#include <QList>
#include <QRegularExpression>

namespace tw::migrations {
namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString name; ///< unquoted
    bool quoted = false;
};

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() > 0x7f;
}

bool isWordPart(QChar c)
{
    return isWordStart(c) || c.isDigit() || c == u'$';
}

/// The end of a quoted token starting at @p i (a doubled closing quote is part of the name).
qsizetype quotedEnd(const QString &sql, qsizetype i, QChar close, QString *name)
{
    qsizetype j = i + 1;
    while (j < sql.size()) {
        if (sql[j] == close) {
            if (close != u']' && j + 1 < sql.size() && sql[j + 1] == close) {
                *name += close;
                j += 2;
                continue;
            }
            return j + 1;
        }
        *name += sql[j++];
    }
    return j;
}

bool isPlain(const QString &name)
{
    if (name.isEmpty() || !isWordStart(name[0]))
        return false;
    for (QChar c : name) {
        if (!isWordPart(c) || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

QList<Token> identifierTokens(const QString &sql)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        if (c == u'\'') {
            QString ignored;
            i = quotedEnd(sql, i, u'\'', &ignored);
        } else if (c == u'-' && i + 1 < sql.size() && sql[i + 1] == u'-') {
            while (i < sql.size() && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < sql.size() && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else if (c == u'"' || c == u'`' || c == u'[') {
            Token t{i, 0, {}, true};
            const qsizetype end = quotedEnd(sql, i, c == u'[' ? QChar(u']') : c, &t.name);
            t.length = end - i;
            out << t;
            i = end;
        } else if (isWordStart(c)) {
            qsizetype j = i + 1;
            while (j < sql.size() && isWordPart(sql[j]))
                ++j;
            out << Token{i, j - i, sql.mid(i, j - i), false};
            i = j;
        } else if (c.isDigit()) {
            while (i < sql.size() && (isWordPart(sql[i]) || sql[i] == u'.'))
                ++i;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace

QSet<QString> SqlIdentifiers::referenced(const QString &sql)
{
    QSet<QString> out;
    for (const Token &t : identifierTokens(sql))
        out.insert(folded(t.name));
    return out;
}

QString SqlIdentifiers::renamed(const QString &sql, const QString &from, const QString &to)
{
    QString out = sql;
    const QList<Token> tokens = identifierTokens(sql);
    for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
        if (folded(it->name) != folded(from))
            continue;
        out.replace(it->start, it->length, it->quoted || !isPlain(to) ? model::naming::backticked(to) : to);
    }
    return out;
}

QString SqlIdentifiers::bareOrBackticked(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(name).hasMatch() && !model::naming::isSqliteKeyword(name))
        return name;
    return model::naming::backticked(name);
}

} // namespace tw::migrations
