// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::migrations {

/// The entries of a v7 snapshot's `renames` list. drizzle-kit 1.0's `generate` writes `tags->labels` for a table and
/// `labels.label->labels.title` for a column (the table's new name on both sides); its `up` conversion writes the
/// 0.31 `_meta` keys instead, quoted: `"tags"->"labels"`, `"users"."name"->"users"."display_name"`. Both are read;
/// only generate's form is written. A name holding `.` or `->` makes generate's form ambiguous: the split that
/// leaves the same table on both sides wins.
class SnapshotV7Renames
{
public:
    /// Adds the rename @p entry describes to @p renames; false when it is in neither form.
    static bool parse(const QString &entry, RenameMap &renames);
    /// generate's entries: the table renames, then the column renames, in the map's order. View renames are not
    /// recorded (drizzle-kit 1.0 asks about table and column renames only).
    static QStringList format(const RenameMap &renames);
};

} // namespace tw::migrations
