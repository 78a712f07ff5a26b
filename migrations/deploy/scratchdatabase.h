// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::database {
class RunnableMigrations;
}

namespace tw::migrations::deploy {

/// A plain SQLite file made from `wrangler d1 export`'s SQL (or a seed file), the copy of the target database deploy
/// rehearses on and compares with the expected schema; D1 itself is only ever touched through wrangler.
class ScratchDatabase
{
public:
    /// Runs the statements of @p exportFile on a new @p databaseFile in one transaction.
    static model::Result<bool> load(const QString &exportFile, const QString &databaseFile);
    /// Runs @p migrations of @p folder (relative SQL paths, in order) statement by statement on @p databaseFile and
    /// names the first statement SQLite refuses: "0002_x.sql, statement 3 of 4 failed: …"; empty when all run.
    static QString firstFailingStatement(const QString &databaseFile, const database::RunnableMigrations &folder,
                                         const QStringList &migrations);
};

} // namespace tw::migrations::deploy
