// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// The consistent scratch copies a rehearsal works on (`VACUUM INTO`, from a read-only connection), so the database
/// itself is only read; and the integrity check every copy and every real run starts with.
class DatabaseCopy
{
public:
    /// Copies @p source into @p destination (which must not exist) after a `PRAGMA quick_check`; a missing
    /// @p source gives an empty file, as wrangler would create one. Returns what failed, or an empty string.
    static QString copy(const QString &source, const QString &destination, int busyTimeoutMs);
    /// What `PRAGMA quick_check` finds wrong with @p connection's database; empty when it is sound.
    static QString integrityProblem(database::DatabaseConnection &connection);
    /// @p text as an SQL string literal: `'it''s'`.
    static QString literal(const QString &text);
};

} // namespace tw::migrations
