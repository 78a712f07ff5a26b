// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/driftdetector.h"

#include "database/connection/databaseconnection.h"
#include "database/introspection/replayedschema.h"
#include "database/introspection/schemaintrospector.h"
#include "database/tracking/runnablemigrations.h"
#include "database/tracking/trackinghistory.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/snapshot/snapshotreader.h"

#include <QFile>
#include <QSet>

namespace tw::database {
namespace {

constexpr int kBusyTimeoutMs = 5000;

} // namespace

model::Result<model::Schema> DriftDetector::expectedSchema(const migrations::MigrationsFolder &folder,
                                                           DatabaseConnection &connection, Tracking preferred,
                                                           QStringList *notes)
{
    using R = model::Result<model::Schema>;
    if (folder.hasErrors())
        return R::failure(QStringLiteral("%1: %2").arg(folder.path(), folder.errorText()));
    const auto history = TrackingHistory::read(connection);
    if (!history)
        return R::failure(history.error());
    const auto pending = history.value().pending(folder, preferred, notes);
    if (!pending)
        return R::failure(pending.error());
    QSet<QString> pendingFiles;
    for (const migrations::FolderMigration &m : pending.value())
        pendingFiles.insert(m.sqlFile);
    const migrations::FolderMigration *last = nullptr;
    qsizetype applied = 0;
    for (const migrations::FolderMigration &m : folder.migrations()) {
        if (!pendingFiles.contains(m.sqlFile)) {
            last = &m;
            ++applied;
        }
    }
    if (!pending.value().isEmpty() && notes) {
        notes->append(
            QStringLiteral("%1 migration(s) not applied yet, from %2; they are not part of the expected state")
                .arg(pending.value().size())
                .arg(pending.value().first().sqlFile));
    }
    if (!last) {
        if (notes)
            notes->append(QStringLiteral("no migration is recorded as applied: the database is expected to be empty"));
        return model::Schema{};
    }
    QFile file(folder.filePath(last->snapshotFile));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: cannot be read: %2").arg(file.fileName(), file.errorString()));
    auto snapshot = migrations::SnapshotReader::read(file.readAll());
    if (!snapshot)
        return R::failure(QStringLiteral("%1: %2").arg(file.fileName(), snapshot.error()));
    if (notes)
        notes->append(QStringLiteral("expected state: %1, after %2 (%3 applied)")
                          .arg(last->snapshotFile, last->sqlFile)
                          .arg(applied));
    return std::move(snapshot).value().schema;
}

model::Result<DriftReport> DriftDetector::check(const QString &folderPath, const QString &databasePath,
                                                Tracking preferred)
{
    using R = model::Result<DriftReport>;
    const auto layout = migrations::FolderLayoutDetector::detect(folderPath);
    if (layout.layout == migrations::FolderLayout::Mixed)
        return R::failure(layout.message);
    if (layout.layout != migrations::FolderLayout::V1)
        return check(migrations::MigrationsFolder::scan(folderPath), databasePath, preferred);
    const auto folder = RunnableMigrations::scan(folderPath);
    if (!folder)
        return R::failure(folder.error());
    return compare(databasePath, [&](DatabaseConnection &connection, QStringList *notes) {
        return ReplayedSchema::expected(folder.value(), connection, preferred, notes);
    });
}

model::Result<DriftReport> DriftDetector::check(const migrations::MigrationsFolder &folder, const QString &databasePath,
                                                Tracking preferred)
{
    return compare(databasePath, [&](DatabaseConnection &connection, QStringList *notes) {
        return expectedSchema(folder, connection, preferred, notes);
    });
}

model::Result<DriftReport> DriftDetector::compare(const QString &databasePath, const Expectation &expectation)
{
    using R = model::Result<DriftReport>;
    auto connection = DatabaseConnection::open(databasePath, DatabaseConnection::Mode::ReadOnly, kBusyTimeoutMs);
    if (!connection)
        return R::failure(SchemaIntrospector::explained(databasePath, connection.error()));
    QStringList notes;
    const auto expected = expectation(*connection.value(), &notes);
    if (!expected)
        return R::failure(
            SchemaIntrospector::explained(databasePath, QStringLiteral("%1: %2").arg(databasePath, expected.error())));
    const auto live = SchemaIntrospector::read(*connection.value());
    if (!live)
        return R::failure(
            SchemaIntrospector::explained(databasePath, QStringLiteral("%1: %2").arg(databasePath, live.error())));
    DriftReport report = DriftReport::compare(expected.value(), live.value().schema);
    report.notes = notes + live.value().warnings;
    return report;
}

} // namespace tw::database
