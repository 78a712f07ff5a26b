// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/sqldialect.h"
#include "model/core/result.h"

#include <QList>
#include <QString>

namespace tw::migrations {

/// Renames the differ cannot see from names alone: exactly what a drizzle snapshot's `_meta` records
/// (`tables {"\"old\"": "\"new\""}`, `columns {"\"table\".\"old\"": "\"table\".\"new\""}`).
struct RenameMap
{
    struct TableRename
    {
        QString from;
        QString to;
        friend bool operator==(const TableRename &, const TableRename &) = default;
    };
    /// A column rename; @p table is the table's name *after* the migration, as in drizzle's `_meta`.
    struct ColumnRename
    {
        QString table;
        QString from;
        QString to;
        friend bool operator==(const ColumnRename &, const ColumnRename &) = default;
    };

    QList<TableRename> tables;
    QList<ColumnRename> columns;
    QList<TableRename> views; ///< view renames (drizzle-kit drops and re-creates the view)

    void addTable(const QString &from, const QString &to) { tables.append({from, to}); }
    void addColumn(const QString &table, const QString &from, const QString &to) { columns.append({table, from, to}); }
    void addView(const QString &from, const QString &to) { views.append({from, to}); }
    bool isEmpty() const { return tables.isEmpty() && columns.isEmpty() && views.isEmpty(); }

    /// Adds one rename in drizzle-harness `--rename` syntax: `table:OLD=NEW`, `column:TABLE.OLD=NEW` (TABLE is
    /// the new table name) or `view:OLD=NEW`. Returns false with @p error set on a malformed spec.
    bool addSpec(const QString &spec, QString *error = nullptr);
    /// One spec per line; blank lines and lines starting with '#' are skipped.
    static model::Result<RenameMap> fromSpecs(const QString &text);

    friend bool operator==(const RenameMap &, const RenameMap &) = default;
};

/// How the differ pairs an object of the old schema with one of the new.
struct DiffOptions
{
    enum class Matching {
        /// By stable id first (a rename is a rename, whatever the names); objects left unpaired are then paired
        /// by name, honouring `renames`. A Tablewright project against its baseline uses this.
        IdsThenNames,
        /// Ids are ignored: by name, honouring `renames`. For schemas read from drizzle snapshots, whose ids mean
        /// nothing across files.
        NamesOnly,
    };

    Matching matching = Matching::IdsThenNames;
    RenameMap renames;
    /// The dialect whose drizzle-kit the plan follows: in V1 a change to a column's inline UNIQUE rebuilds the
    /// table, and an index that keeps its name but changes is dropped and re-created (rc.5 writes nothing).
    SqlDialect dialect = SqlDialect::Classic;
};

} // namespace tw::migrations
