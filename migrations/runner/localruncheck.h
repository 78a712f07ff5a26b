// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "migrations/folder/migrationsfolder.h"

#include <QList>
#include <QString>

namespace tw::migrations {

/// What the pending migrations hold that a local SQLite file cannot run, found before the database is touched, so
/// `apply` refuses with the file, the statement and the reason instead of failing half-way (and rolling back).
/// Turso projects keep libSQL-only statements in their history (drizzle-kit's turso dialect writes `ALTER TABLE …
/// ALTER COLUMN`); they are right for Turso and wrong for SQLite, so they are named, never rewritten.
class LocalRunCheck
{
public:
    /// One line per problem (a journal entry whose .sql is missing, a libSQL-only statement); empty when the
    /// pending migrations can all run.
    static QString problems(const database::RunnableMigrations &folder,
                            const QList<database::RunnableMigration> &pending);
    static QString problems(const MigrationsFolder &folder, const QList<FolderMigration> &pending);
    /// Why SQLite cannot run @p statement because it is libSQL's own syntax (e.g. "ALTER TABLE `t` ALTER COLUMN is
    /// libSQL-only (Turso); SQLite cannot run it: its ALTER TABLE has no ALTER COLUMN"), or an empty string.
    static QString libsqlOnly(const QString &statement);
};

} // namespace tw::migrations
