// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// What applying the pending migrations did to one table of a copy of the database.
struct TableRehearsal
{
    QString table;                   ///< name before the migrations (after them for a new table)
    QString renamedTo;               ///< the name after, when a migration renames the table
    qint64 rowsBefore = -1;          ///< -1: the table did not exist before
    qint64 rowsAfter = -1;           ///< -1: the table is gone after
    qint64 rowsDeleted = 0;          ///< rows before whose key (primary key, or the count when there is none) is gone
    qint64 valuesNulled = 0;         ///< values that were not NULL before and are NULL after, in kept rows and columns
    qint64 valuesDropped = 0;        ///< non-null values of the columns dropped from the table
    qint64 foreignKeyViolations = 0; ///< rows after that reference a missing row (the real apply refuses them)
    /// A few rows of each column whose values the migrations computed (a new column filled from the old row) or
    /// converted (a type change): `slug [id=1]: (new) -> 'hello-world'`, so a data migration is checked on real rows
    /// before it runs. Only for tables matched by primary key.
    QStringList samples;

    bool losesData() const
    {
        return rowsDeleted > 0 || valuesNulled > 0 || valuesDropped > 0 || (rowsBefore > 0 && rowsAfter < 0);
    }
};

/// One step that destroys data, with the real count from the database: "drop column products.price: 12,345
/// non-null values".
struct DestructiveStep
{
    QString description; ///< "drop column products.price", "drop table carts", "delete rows of reviews"
    qint64 count = 0;    ///< rows or values lost
    QString unit;        ///< "rows", "non-null values", "values set to NULL"

    QString text() const;
};

/// The result of rehearsing an apply on a copy of the database: a table the user reads before saying yes.
struct RehearsalReport
{
    QString databasePath;         ///< the real database (never written by a rehearsal)
    QStringList pending;          ///< the migrations that would run, in order
    QString applyError;           ///< empty when the migrations applied cleanly to the copy
    QString integrity;            ///< `PRAGMA quick_check` of the copy afterwards ("ok")
    QList<TableRehearsal> tables; ///< sorted by name
    QList<DestructiveStep> destructive;
    QStringList notes; ///< the applier's notes (tracking table followed...)

    bool succeeded() const { return applyError.isEmpty() && integrity == QLatin1String("ok") && violationCount() == 0; }
    bool losesData() const { return !destructive.isEmpty(); }
    qint64 violationCount() const;
    /// The report as aligned plain text, for `apply --dry-run` and logs.
    QString toText() const;
};

/// `12,345`: counts in reports use a thousands separator whatever the locale, as the examples do.
QString formatCount(qint64 count);

} // namespace tw::migrations
