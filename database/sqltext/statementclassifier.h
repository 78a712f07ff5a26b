// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::database {

/// Sorts one SQL statement into reads, writes and transaction control, for messages and for refusing writes before
/// they run. The database has the last word: read-only statements run on a connection opened read-only, so a write
/// this misjudges is still refused by SQLite itself.
class StatementClassifier
{
public:
    enum class Kind { Read, Write, Transaction, Empty };

    static Kind classify(const QString &statement);
    /// The first keyword, upper-cased (`SELECT`, `PRAGMA`...), after leading comments and whitespace.
    static QString firstKeyword(const QString &statement);
    /// True for a `PRAGMA` that changes the database file or the connection (`user_version = 1`, `journal_mode=wal`,
    /// `optimize`, `wal_checkpoint`...); a pragma that only reports (`table_info(t)`, `user_version`) is false.
    static bool isWritingPragma(const QString &statement);
};

} // namespace tw::database
