// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::database {

/// One difference between the schema a project expects and what a live database holds.
struct DriftEntry
{
    /// Missing: the project expects it, the database lacks it. Extra: only the database has it. Different: both
    /// have it (same name) but it is not the same; `differences` says how.
    enum class Change { Missing, Extra, Different };
    enum class ObjectKind { Table, Column, PrimaryKey, Index, ForeignKey, Check, View };

    Change change = Change::Different;
    ObjectKind kind = ObjectKind::Table;
    QString table; ///< the table the object belongs to; empty for a table or a view itself
    /// The object's name. A foreign key has no name in SQLite: it is described as `(a, b) -> target(x, y)`;
    /// a primary key is described by its columns.
    QString name;
    /// For Different: one item per aspect, `type: integer expected, text in the database`.
    QStringList differences;

    /// One line for people: `column "users"."age": missing from the database`.
    QString text() const;

    friend bool operator==(const DriftEntry &, const DriftEntry &) = default;
};

QString driftChangeName(DriftEntry::Change change);       ///< "missing", "extra", "different"
QString driftObjectKindName(DriftEntry::ObjectKind kind); ///< "table", "column", "primary key", ...

/// Drift between the schema a project expects (the snapshot of the last migration a database records as applied)
/// and the schema read from the database itself. Pure data: `compare` does no I/O; DriftDetector reads the files.
/// Objects are paired by name (case-insensitively, as SQLite does), since a live database has no ids; the
/// comparison is at the SQL level, so a column's `.unique()` and a unique index of the same name are the same.
struct DriftReport
{
    QList<DriftEntry> entries; ///< tables first (in expected order, then extra ones), each followed by its objects
    /// What the comparison could not judge or had to assume (introspection warnings, tracking notes).
    QStringList notes;

    bool isInSync() const { return entries.isEmpty(); }
    /// Every entry on its own line, then notes as `note: ...`; "In sync" when there is no entry.
    QString text() const;

    /// The differences turning @p expected into @p live (Missing = in expected only, Extra = in live only).
    static DriftReport compare(const model::Schema &expected, const model::Schema &live);

    friend bool operator==(const DriftReport &, const DriftReport &) = default;
};

} // namespace tw::database
