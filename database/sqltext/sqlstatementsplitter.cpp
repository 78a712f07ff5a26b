// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/sqltext/sqlstatementsplitter.h"

#include "migrations/sqlite/sqlitemigrationwriter.h"

#include <QRegularExpression>

namespace tw::database {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

/// Whether @p text, stripped of comments, holds anything to execute.
bool hasCode(const QString &statement)
{
    QString code = statement;
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    code.remove(comments);
    code.remove(u';');
    return !code.trimmed().isEmpty();
}

/// Splits one breakpoint chunk on top-level semicolons.
class ChunkSplitter
{
public:
    explicit ChunkSplitter(const QString &text)
        : m_text(text)
    {
    }

    QStringList run()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'\'' || c == u'"' || c == u'`')
                skipQuoted(c);
            else if (c == u'[')
                skipUntil(u']');
            else if (c == u'-' && peek(1) == u'-')
                skipLineComment();
            else if (c == u'/' && peek(1) == u'*')
                skipBlockComment();
            else if (isWordChar(c))
                readWord();
            else if (c == u';')
                endStatementAt(m_pos + 1);
            else
                ++m_pos;
        }
        flush(m_text.size());
        return m_statements;
    }

private:
    QChar peek(qsizetype offset) const { return m_pos + offset < m_text.size() ? m_text[m_pos + offset] : QChar(); }

    void skipQuoted(QChar quote)
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            if (m_text[m_pos] == quote) {
                if (peek(1) == quote) { // doubled quote: an escaped one
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return;
            }
            ++m_pos;
        }
    }

    void skipUntil(QChar end)
    {
        const qsizetype at = m_text.indexOf(end, m_pos + 1);
        m_pos = at < 0 ? m_text.size() : at + 1;
    }

    void skipLineComment()
    {
        const qsizetype at = m_text.indexOf(u'\n', m_pos);
        m_pos = at < 0 ? m_text.size() : at + 1;
    }

    void skipBlockComment()
    {
        const qsizetype at = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
        m_pos = at < 0 ? m_text.size() : at + 2;
    }

    /// Tracks the words that open and close a trigger body, where semicolons end inner statements only.
    void readWord()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isWordChar(m_text[m_pos]))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start).toUpper();
        if (m_wordsInStatement < 3)
            m_leadingWords << word;
        ++m_wordsInStatement;
        const bool isTrigger = m_leadingWords.value(0) == QLatin1String("CREATE") &&
                               (m_leadingWords.value(1) == QLatin1String("TRIGGER") ||
                                m_leadingWords.value(2) == QLatin1String("TRIGGER"));
        if (isTrigger && word == QLatin1String("BEGIN"))
            ++m_depth;
        else if (isTrigger && word == QLatin1String("CASE"))
            ++m_caseDepth;
        else if (word == QLatin1String("END")) {
            if (m_caseDepth > 0)
                --m_caseDepth;
            else if (m_depth > 0)
                --m_depth;
        }
    }

    void endStatementAt(qsizetype end)
    {
        m_pos = end;
        if (m_depth == 0)
            flush(end);
    }

    void flush(qsizetype end)
    {
        const QString statement = m_text.mid(m_start, end - m_start).trimmed();
        if (hasCode(statement))
            m_statements << statement;
        m_start = end;
        m_leadingWords.clear();
        m_wordsInStatement = 0;
        m_caseDepth = 0;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    qsizetype m_start = 0;
    int m_depth = 0;
    int m_caseDepth = 0;
    int m_wordsInStatement = 0;
    QStringList m_leadingWords;
    QStringList m_statements;
};

} // namespace

QStringList SqlStatementSplitter::split(const QString &fileText)
{
    QStringList statements;
    for (const QString &chunk : fileText.split(QLatin1String(migrations::SqliteMigrationWriter::kBreakpoint)))
        statements << ChunkSplitter(chunk).run();
    return statements;
}

} // namespace tw::database
