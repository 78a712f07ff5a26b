// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "migrations/runner/applyoptions.h"
#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// What to roll back where: `tablewright rollback`, the Roll Back dialog and `apply --with-rollback` all start here.
struct RollbackRequest
{
    QString projectFile;      ///< the down files live beside it (DownFiles)
    QString migrationsFolder; ///< either layout
    ApplyOptions options;     ///< databasePath, tracking preference, backups kept, busy timeout
    /// nullopt: undo the last applied migration. A migration (its name, e.g. `0002_x` or a v1 folder, or its SQL file):
    /// undo every applied migration after it. An empty string: undo every applied migration.
    std::optional<QString> to;
};

/// The undo of one applied migration.
struct RollbackStep
{
    database::RunnableMigration migration;
    QString name;           ///< `0003_brave_falcon`, `20261207033139_initial`
    QStringList statements; ///< the down SQL, statement by statement (none: the migration changed no schema)
    QString downFile;       ///< the user's down file these come from; empty when derived from the snapshots
};

/// The down steps that take a database from its last applied migration back to the target, latest first.
struct RollbackPlan
{
    QString databasePath;
    QStringList applied; ///< names of the migrations the database records as applied, in order
    QString target;      ///< the migration that stays the last applied; empty when none will be
    QList<RollbackStep> steps;

    /// The down SQL of every step, each headed by a comment naming its migration and where it comes from.
    QString downSql() const;
    /// "Roll back 2 migrations of DB to M: …" with the steps, for the CLI and the dialog.
    QString summary() const;
};

/// Plans a rollback: which applied migrations to undo (TrackingHistory through MigrationHistory, the order their
/// runner applied them) and each one's down SQL: the user's down file when there is one, else the reverse derived
/// from the snapshots (ReverseMigration) when the migration's SQL is what they imply. Refuses, naming each migration
/// and the down file to write, when a reverse cannot be derived (custom SQL, a hand edit, a data fill).
class RollbackPlanner
{
public:
    /// Opens the request's database read-only for the history.
    static model::Result<RollbackPlan> plan(const RollbackRequest &request);
    /// The same on an open connection (a rehearsal's copy).
    static model::Result<RollbackPlan> plan(const RollbackRequest &request, database::DatabaseConnection &connection);
    /// The names of the migrations @p request's database records as applied, in order (the dialog's choices).
    static model::Result<QStringList> appliedMigrations(const RollbackRequest &request);
};

} // namespace tw::migrations
