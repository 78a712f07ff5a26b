// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::database {

/// Splits a migration file into single SQL statements. drizzle-kit separates statements with
/// `--> statement-breakpoint`, but hand-edited files may hold several statements between two breakpoints, and Qt's
/// SQLite driver silently runs only the first statement of a string: so every chunk is split again on `;` outside
/// string literals, quoted identifiers, comments and `CREATE TRIGGER ... BEGIN ... END` bodies.
class SqlStatementSplitter
{
public:
    /// The statements of @p fileText, trimmed, each ending with its `;` if it had one; comment-only and empty
    /// pieces are dropped.
    static QStringList split(const QString &fileText);
};

} // namespace tw::database
