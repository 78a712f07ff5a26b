// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/scratchdatabase.h"

#include "database/connection/databaseconnection.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/tracking/runnablemigrations.h"

#include <QFile>

namespace tw::migrations::deploy {

using database::DatabaseConnection;

model::Result<bool> ScratchDatabase::load(const QString &exportFile, const QString &databaseFile)
{
    QFile file(exportFile);
    if (!file.open(QIODevice::ReadOnly))
        return model::Result<bool>::failure(QStringLiteral("%1: %2").arg(exportFile, file.errorString()));
    const QStringList statements = database::SqlStatementSplitter::split(QString::fromUtf8(file.readAll()));
    auto connection = DatabaseConnection::open(databaseFile, DatabaseConnection::Mode::ReadWriteCreate, 5000);
    if (!connection)
        return model::Result<bool>::failure(connection.error());
    DatabaseConnection &db = *connection.value();
    if (const QString e = db.exec(QStringLiteral("BEGIN")); !e.isEmpty())
        return model::Result<bool>::failure(e);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (const QString e = db.exec(statements[i]); !e.isEmpty()) {
            db.exec(QStringLiteral("ROLLBACK"));
            return model::Result<bool>::failure(QStringLiteral("%1, statement %2 of %3 does not load into SQLite: "
                                                               "%4\n%5")
                                                    .arg(exportFile)
                                                    .arg(i + 1)
                                                    .arg(statements.size())
                                                    .arg(e, statements[i]));
        }
    }
    if (const QString e = db.exec(QStringLiteral("COMMIT")); !e.isEmpty())
        return model::Result<bool>::failure(e);
    return true;
}

QString ScratchDatabase::firstFailingStatement(const QString &databaseFile, const database::RunnableMigrations &folder,
                                               const QStringList &migrations)
{
    auto connection = DatabaseConnection::open(databaseFile, DatabaseConnection::Mode::ReadWrite, 5000);
    if (!connection)
        return {};
    for (const QString &name : migrations) {
        for (const database::RunnableMigration &migration : folder.migrations()) {
            if (migration.sqlFile != name)
                continue;
            const QStringList statements =
                database::SqlStatementSplitter::split(QString::fromUtf8(folder.sqlBytes(migration)));
            for (qsizetype i = 0; i < statements.size(); ++i)
                if (const QString e = connection.value()->exec(statements[i]); !e.isEmpty())
                    return QStringLiteral("%1, statement %2 of %3 failed:\n%4\nSQLite said: %5")
                        .arg(name)
                        .arg(i + 1)
                        .arg(statements.size())
                        .arg(statements[i], e);
        }
    }
    return {};
}

} // namespace tw::migrations::deploy
