// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/replayedschema.h"

#include "database/connection/databaseconnection.h"
#include "database/introspection/schemaintrospector.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/tracking/runnablemigrations.h"
#include "database/tracking/trackinghistory.h"

#include <QSet>
#include <QTemporaryDir>

namespace tw::database {

model::Result<model::Schema> ReplayedSchema::expected(const RunnableMigrations &folder, DatabaseConnection &connection,
                                                      model::ProjectSettings::Tracking preferred, QStringList *notes)
{
    using R = model::Result<model::Schema>;
    const auto history = TrackingHistory::read(connection);
    if (!history)
        return R::failure(history.error());
    const auto pending = history.value().pending(folder, preferred, notes);
    if (!pending)
        return R::failure(pending.error());
    QSet<QString> pendingFiles;
    for (const RunnableMigration &m : pending.value())
        pendingFiles.insert(m.sqlFile);
    const QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(QStringLiteral("cannot create a scratch folder: %1").arg(dir.errorString()));
    auto scratch = DatabaseConnection::open(dir.filePath(QStringLiteral("expected.sqlite")),
                                            DatabaseConnection::Mode::ReadWriteCreate, 0);
    if (!scratch)
        return R::failure(scratch.error());
    scratch.value()->exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    QString last;
    qsizetype applied = 0;
    for (const RunnableMigration &m : folder.migrations()) {
        if (pendingFiles.contains(m.sqlFile) || !m.hasSqlFile)
            continue;
        for (const QString &statement : SqlStatementSplitter::split(QString::fromUtf8(folder.sqlBytes(m)))) {
            if (const QString e = scratch.value()->exec(statement); !e.isEmpty())
                return R::failure(QStringLiteral("%1 does not run on an empty SQLite database: %2").arg(m.sqlFile, e));
        }
        last = m.sqlFile;
        ++applied;
    }
    if (notes && !pending.value().isEmpty())
        notes->append(
            QStringLiteral("%1 migration(s) not applied yet, from %2; they are not part of the expected state")
                .arg(pending.value().size())
                .arg(pending.value().first().sqlFile));
    if (notes)
        notes->append(last.isEmpty()
                          ? QStringLiteral("no migration is recorded as applied: the database is expected "
                                           "to be empty")
                          : QStringLiteral("expected state: the applied migrations run on an empty database, "
                                           "up to %1 (%2 applied)")
                                .arg(last)
                                .arg(applied));
    const auto introspected = SchemaIntrospector::read(*scratch.value());
    if (!introspected)
        return R::failure(introspected.error());
    return introspected.value().schema;
}

} // namespace tw::database
