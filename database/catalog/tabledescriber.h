// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/catalog/liveschema.h"
#include "model/core/result.h"

namespace tw::database {

class DatabaseConnection;

/// Reads one table or view as the database has it: `PRAGMA table_xinfo`, `index_list`/`index_info` and
/// `foreign_key_list` (the guide's `PRAGMA table_info(...)` and `PRAGMA foreign_key_list(...)` checks).
class TableDescriber
{
public:
    /// @p name is matched case-insensitively, as SQLite does; an unknown name is an error naming the known ones.
    static model::Result<LiveTable> describe(DatabaseConnection &connection, const QString &name);
};

} // namespace tw::database
