// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tw::test {

/// Runs SQL through the `sqlite3` command-line shell on an in-memory database: an independent judge of the SQL
/// text (the migration files' `--> statement-breakpoint` lines are SQL comments to it). Starting the shell is
/// the slow part, so a test sends one script and cuts the output at markers.
class Sqlite3Cli
{
public:
    struct Output
    {
        bool ok = false; ///< exit 0 and nothing on stderr
        QString out;
        QString error;
        /// The output after each `marker(name)` up to the next one.
        QMap<QString, QString> sections() const;
    };

    static bool isAvailable();
    /// Runs @p sql with `-bail`, foreign keys enforced as in drizzle's better-sqlite3 migrator.
    static Output run(const QString &sql);
    /// A statement that prints a section marker.
    static QString marker(const QString &name);
    /// Prints tables with their columns, indexes and foreign keys, and the views, as comparable text.
    static QString normalizedSchemaSql();
    /// Prints `table:count` for each of @p tables.
    static QString rowCountsSql(const QStringList &tables);
};

} // namespace tw::test
