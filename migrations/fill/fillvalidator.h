// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"

#include <QString>

namespace tw::migrations {

/// Checks a fill expression where it will run: SQLite compiles `SELECT (<expr>) FROM "<table>"` on a scratch
/// database holding the schema before the migration (the previous snapshot's tables and views), so a typo, an
/// unknown column or a function SQLite lacks is reported before any migration is written. Double-quoted names that
/// are no column are errors here (SQLite's DQS quirk would otherwise read them as strings, silently).
class FillValidator
{
public:
    /// An empty string when @p sql compiles over @p table of @p before; otherwise a message naming
    /// @p table.@p column and SQLite's reason.
    static QString check(const SchemaDefinition &before, const QString &table, const QString &column,
                         const QString &sql);
};

} // namespace tw::migrations
