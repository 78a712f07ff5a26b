// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::migrations {

/// A step that loses data or can fail on the rows a database already holds.
struct MigrationWarning
{
    enum class Kind {
        DropTable,                   ///< the table's rows are gone
        DropColumn,                  ///< the column's values are gone
        TypeChange,                  ///< a new type (affinity) converts or truncates stored values
        NotNullAdded,                ///< an existing column becomes NOT NULL: fails on a NULL
        NotNullColumnWithoutDefault, ///< a new NOT NULL column without default: fails when rows exist
        PrimaryKeyChange,            ///< a new primary key fails on duplicates
        UniqueAdded,                 ///< a new unique index fails on duplicates
        ForeignKeyAdded,             ///< a new foreign key on existing rows may be violated
        GeneratedColumnChange,       ///< stored values are recomputed or replaced
    };

    Kind kind = Kind::DropTable;
    QString object;  ///< `table` or `table.column` or `table.index` (names after the migration, or before for drops)
    QString message; ///< one sentence for the user

    friend bool operator==(const MigrationWarning &, const MigrationWarning &) = default;
};

QString migrationWarningKindName(MigrationWarning::Kind kind);

} // namespace tw::migrations
