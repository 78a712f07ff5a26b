// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace tw::database {

/// One token of SQLite DDL, with its place in the source so callers can cut expressions out verbatim.
struct SqlToken
{
    enum class Kind {
        Word,       ///< keyword or bare identifier: `CREATE`, `users`
        Identifier, ///< quoted identifier: `"a""b"`, `` `x` ``, `[y]`; text() is the name unquoted
        String,     ///< `'it''s'`; text() is the value unquoted
        Number,     ///< `42`, `1.5e3`, `0x1F`
        Blob,       ///< `x'00ff'`
        Parameter,  ///< `?1`, `:name`
        Symbol,     ///< one punctuation character or operator: `(`, `,`, `||`, `<=`
    };

    Kind kind = Kind::Symbol;
    QString text;        ///< unquoted for identifiers and strings, as written otherwise
    qsizetype start = 0; ///< offset of the first character in the source
    qsizetype end = 0;   ///< offset just past the last character

    bool isWord(QLatin1StringView keyword) const;
    bool isSymbol(QChar c) const { return kind == Kind::Symbol && text.size() == 1 && text.front() == c; }
    /// A name: a quoted identifier, a bare word or (as SQLite also accepts) a string literal.
    bool isName() const { return kind == Kind::Word || kind == Kind::Identifier || kind == Kind::String; }
};

/// Splits SQLite DDL into tokens, skipping whitespace and `--`/`/* */` comments. Quotes, backticks and brackets
/// are respected, with doubled quote characters inside. Unterminated quotes or comments make tokenize() fail.
class SqlTokenizer
{
public:
    /// The tokens of @p sql; on malformed input an empty list and @p error set.
    static QList<SqlToken> tokenize(const QString &sql, QString *error = nullptr);
    /// The index of the `)` matching the `(` at @p open, or -1.
    static qsizetype matchingParenthesis(const QList<SqlToken> &tokens, qsizetype open);
    /// Splits tokens[@p first, @p last) at top-level commas into [first, last) ranges.
    static QList<std::pair<qsizetype, qsizetype>> splitAtCommas(const QList<SqlToken> &tokens, qsizetype first,
                                                                qsizetype last);
    /// The source text from token @p first to token @p last - 1, exactly as written.
    static QString slice(const QString &sql, const QList<SqlToken> &tokens, qsizetype first, qsizetype last);
};

} // namespace tw::database
