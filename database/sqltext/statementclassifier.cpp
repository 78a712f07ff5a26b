// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/sqltext/statementclassifier.h"

#include <QSet>

namespace tw::database {
namespace {

/// Skips whitespace and comments from @p i on; returns the first position of real SQL.
qsizetype skipBlank(const QString &sql, qsizetype i)
{
    while (i < sql.size()) {
        if (sql.at(i).isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end + 1;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else {
            break;
        }
    }
    return i;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

/// The words of @p sql outside string literals, quoted identifiers and comments, upper-cased.
QStringList bareWords(const QString &sql)
{
    QStringList words;
    qsizetype i = 0;
    while ((i = skipBlank(sql, i)) < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            qsizetype end = i + 1;
            while (end < sql.size()) {
                if (sql.at(end) == close) {
                    if (close != u']' && end + 1 < sql.size() && sql.at(end + 1) == close) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            i = end + 1;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < sql.size() && isWordChar(sql.at(end)))
                ++end;
            words << sql.mid(i, end - i).toUpper();
            i = end;
        } else {
            ++i;
        }
    }
    return words;
}

} // namespace

QString StatementClassifier::firstKeyword(const QString &statement)
{
    const qsizetype start = skipBlank(statement, 0);
    qsizetype end = start;
    while (end < statement.size() && isWordChar(statement.at(end)))
        ++end;
    return statement.mid(start, end - start).toUpper();
}

StatementClassifier::Kind StatementClassifier::classify(const QString &statement)
{
    static const QSet<QString> reads = {QStringLiteral("SELECT"), QStringLiteral("VALUES"), QStringLiteral("EXPLAIN")};
    static const QSet<QString> transaction = {QStringLiteral("BEGIN"),     QStringLiteral("COMMIT"),
                                              QStringLiteral("END"),       QStringLiteral("ROLLBACK"),
                                              QStringLiteral("SAVEPOINT"), QStringLiteral("RELEASE")};
    static const QSet<QString> writingWords = {QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                               QStringLiteral("DELETE"), QStringLiteral("REPLACE")};
    const QString keyword = firstKeyword(statement);
    if (keyword.isEmpty())
        return skipBlank(statement, 0) >= statement.size() || statement.trimmed() == QLatin1String(";") ? Kind::Empty
                                                                                                        : Kind::Write;
    if (reads.contains(keyword))
        return Kind::Read;
    if (transaction.contains(keyword))
        return Kind::Transaction;
    if (keyword == QLatin1String("PRAGMA"))
        return isWritingPragma(statement) ? Kind::Write : Kind::Read;
    if (keyword == QLatin1String("WITH")) {
        for (const QString &word : bareWords(statement)) {
            if (writingWords.contains(word))
                return Kind::Write;
        }
        return Kind::Read;
    }
    return Kind::Write;
}

bool StatementClassifier::isWritingPragma(const QString &statement)
{
    static const QSet<QString> reportsWithArgument = {
        QStringLiteral("TABLE_INFO"),        QStringLiteral("TABLE_XINFO"),     QStringLiteral("INDEX_INFO"),
        QStringLiteral("INDEX_XINFO"),       QStringLiteral("INDEX_LIST"),      QStringLiteral("FOREIGN_KEY_LIST"),
        QStringLiteral("FOREIGN_KEY_CHECK"), QStringLiteral("INTEGRITY_CHECK"), QStringLiteral("QUICK_CHECK"),
        QStringLiteral("TABLE_LIST")};
    static const QSet<QString> actsWithoutArgument = {QStringLiteral("OPTIMIZE"), QStringLiteral("WAL_CHECKPOINT"),
                                                      QStringLiteral("SHRINK_MEMORY"),
                                                      QStringLiteral("INCREMENTAL_VACUUM")};
    const QStringList words = bareWords(statement);
    if (words.size() < 2 || words.first() != QLatin1String("PRAGMA"))
        return false;
    // `PRAGMA schema.name`: the name is the word after the dot.
    qsizetype at = statement.indexOf(words.at(1), 0, Qt::CaseInsensitive) + words.at(1).size();
    QString name = words.at(1);
    qsizetype rest = skipBlank(statement, at);
    if (rest < statement.size() && statement.at(rest) == u'.' && words.size() > 2) {
        name = words.at(2);
        at = statement.indexOf(words.at(2), rest, Qt::CaseInsensitive) + words.at(2).size();
        rest = skipBlank(statement, at);
    }
    if (rest >= statement.size() || statement.at(rest) == u';')
        return actsWithoutArgument.contains(name);
    if (statement.at(rest) == u'=')
        return true;
    if (statement.at(rest) == u'(')
        return !reportsWithArgument.contains(name);
    return true;
}

} // namespace tw::database
