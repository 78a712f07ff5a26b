// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::migrations {

/// Which drizzle-kit's migration text a migration is written in. The two are not interchangeable even for the same
/// schema (docs/drizzle-formats.md): a folder is continued in the dialect it was written in.
enum class SqlDialect {
    /// drizzle-kit 0.31: `meta/_journal.json` folders, snapshot version 6. `PRIMARY KEY … NOT NULL`, column
    /// `.unique()` as a `CREATE UNIQUE INDEX`, each table's indexes right after it, `ON UPDATE no action ON DELETE …`.
    Classic,
    /// drizzle-kit 1.0 (measured on 1.0.0-rc.5): one `<YYYYMMDDHHMMSS>_<name>/` folder per migration, snapshot
    /// version 7. Constraint names inside CREATE TABLE, inline `UNIQUE`, no NOT NULL on key columns, every index
    /// after every table, only non-default FK actions in upper case, backticked rebuild column lists.
    V1,
};

} // namespace tw::migrations
