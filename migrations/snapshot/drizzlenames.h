// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// The names drizzle-orm 0.45 gives unnamed constraints, and the key formats of a snapshot's `_meta`.
/// These strings are what drizzle-kit compares, so they must match byte for byte.
class DrizzleNames
{
public:
    /// `<fromTable>_<fromColumns joined by _>_<toTable>_<toColumns joined by _>_fk`.
    static QString foreignKey(const QString &fromTable, const QStringList &fromColumns, const QString &toTable,
                              const QStringList &toColumns);
    /// `<table>_<columns joined by _>_pk`.
    static QString primaryKey(const QString &table, const QStringList &columns);
    /// `<table>_<columns joined by _>_unique`: column `.unique()` and table-level `unique().on(...)`.
    static QString unique(const QString &table, const QStringList &columns);

    /// `"table"` — the key of `_meta.tables`.
    static QString tableRenameKey(const QString &table);
    /// `"table"."column"` — the key of `_meta.columns`.
    static QString columnRenameKey(const QString &table, const QString &column);
};

} // namespace tw::migrations
