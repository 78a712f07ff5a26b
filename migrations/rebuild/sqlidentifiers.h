// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace tw::migrations {

/// The identifiers an SQL text (a view's definition) mentions, found by a small tokenizer: bare words and
/// `"quoted"`, `` `quoted` `` and `[quoted]` names, skipping string literals and comments. Over-approximates
/// on purpose (a column named like a table counts): dropping and re-creating a view that did not need it is harmless.
class SqlIdentifiers
{
public:
    /// Every identifier of @p sql, case-folded (SQLite compares names case-insensitively).
    static QSet<QString> referenced(const QString &sql);
    /// @p sql with each identifier token equal to @p from (case-insensitively) renamed to @p to, quoted with
    /// backticks when it was quoted; what SQLite's `ALTER TABLE .. RENAME` does to the views that read a table.
    static QString renamed(const QString &sql, const QString &from, const QString &to);
    static QString folded(const QString &name) { return name.toCaseFolded(); }

    /// (Quoting itself is model::naming::backticked / doubleQuoted.)
    /// @p name as is when it is a plain word that is no SQLite keyword, else backticked: drizzle-kit writes the
    /// target of `ADD .. REFERENCES users(id)` unquoted, which is right for plain names only.
    static QString bareOrBackticked(const QString &name);
};

} // namespace tw::migrations
