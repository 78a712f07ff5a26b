// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/downsteprunner.h"

#include "database/connection/databaseconnection.h"
#include "database/tracking/trackinghistory.h"
#include "database/tracking/trackingrowremoval.h"

#include <QVariant>

namespace tw::migrations {

QString DownStepRunner::run(database::DatabaseConnection &connection, const RollbackPlan &plan,
                            const database::RunnableMigrations &folder)
{
    // Must precede BEGIN: inside a transaction the pragma is silently ignored.
    connection.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    if (const QString e = connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !e.isEmpty()) {
        connection.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        return QStringLiteral("cannot start the rollback: %1; nothing was changed").arg(e);
    }
    QString error = runSteps(connection, plan, folder);
    if (error.isEmpty()) {
        if (const QString e = connection.exec(QStringLiteral("COMMIT")); !e.isEmpty())
            error = QStringLiteral("COMMIT failed: %1").arg(e);
    }
    if (!error.isEmpty()) {
        connection.exec(QStringLiteral("ROLLBACK"));
        error += QStringLiteral("\nThe rollback was rolled back: the database did not change.");
    }
    connection.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return error;
}

QString DownStepRunner::runSteps(database::DatabaseConnection &connection, const RollbackPlan &plan,
                                 const database::RunnableMigrations &folder)
{
    const auto history = database::TrackingHistory::read(connection);
    if (!history)
        return history.error();
    for (const RollbackStep &step : plan.steps) {
        for (qsizetype i = 0; i < step.statements.size(); ++i) {
            if (const QString e = connection.exec(step.statements[i]); !e.isEmpty())
                return QStringLiteral("undoing %1, statement %2 of %3 failed:\n%4\nSQLite said: %5")
                    .arg(step.name)
                    .arg(i + 1)
                    .arg(step.statements.size())
                    .arg(step.statements[i], e);
        }
        if (const QString e = database::TrackingRowRemoval::remove(connection, history.value(), folder, step.migration);
            !e.isEmpty())
            return e;
    }
    QString error;
    const qint64 violations =
        connection.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"), &error).toLongLong();
    if (!error.isEmpty())
        return QStringLiteral("cannot check foreign keys: %1").arg(error);
    if (violations > 0)
        return QStringLiteral("the rollback leaves %1 row(s) referencing missing rows (PRAGMA foreign_key_check)")
            .arg(violations);
    return {};
}

} // namespace tw::migrations
