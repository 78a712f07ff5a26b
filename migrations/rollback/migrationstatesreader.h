// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "migrations/rollback/reversemigration.h"

#include <QHash>
#include <QString>

#include <optional>

namespace tw::migrations {

/// One migration of a folder with the states its snapshots record, for deriving its reverse.
struct MigrationWithStates
{
    database::RunnableMigration migration;
    /// How people and the down files name it: the classic file without `.sql` (`0003_brave_falcon`) or the v1
    /// sub-folder (`20261207033139_initial`).
    QString name;
    std::optional<MigrationStates> states; ///< nullopt when its snapshots cannot tell (then `problem` says why)
    QString problem;
};

/// Reads the states before and after every migration of a folder from its snapshots, in either layout: a classic
/// snapshot's `prevId`, a v7 snapshot's single parent in `prevIds` (the zero id: the empty schema). A migration whose
/// snapshot is missing or unreadable, or that merges several parents, has no states: its reverse needs a down file.
class MigrationStatesReader
{
public:
    /// Every migration @p folder's runner applies, keyed by RunnableMigration::sqlFile.
    static QHash<QString, MigrationWithStates> read(const database::RunnableMigrations &folder);
    /// The display/down-file name of @p migration (see MigrationWithStates::name).
    static QString nameOf(const database::RunnableMigration &migration);
};

} // namespace tw::migrations
