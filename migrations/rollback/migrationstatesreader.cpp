// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/migrationstatesreader.h"

#include "migrations/diff/differ.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshot.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotv7.h"

#include <QFile>

namespace tw::migrations {
namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

/// Classic: every snapshot read once, by id; each migration's before is its prevId's snapshot.
QHash<QString, MigrationWithStates> classicStates(const MigrationsFolder &folder)
{
    QHash<QString, std::optional<Snapshot>> byFile;
    QHash<QString, QString> fileById;
    QHash<QString, QString> problems;
    for (const FolderMigration &m : folder.migrations()) {
        QString error;
        const QByteArray bytes = readFile(folder.filePath(m.snapshotFile), &error);
        auto snapshot = error.isEmpty() ? SnapshotReader::read(bytes) : model::Result<Snapshot>::failure(error);
        if (!snapshot) {
            problems.insert(m.sqlFile, QStringLiteral("%1: %2").arg(m.snapshotFile, snapshot.error()));
            continue;
        }
        fileById.insert(snapshot.value().id, m.snapshotFile);
        byFile.insert(m.snapshotFile, std::move(snapshot).value());
    }
    QHash<QString, MigrationWithStates> out;
    for (const FolderMigration &m : folder.migrations()) {
        MigrationWithStates item;
        item.migration = {m.sqlFile, QString(), m.entry.when, m.hasSqlFile};
        item.name = MigrationStatesReader::nameOf(item.migration);
        item.problem = problems.value(m.sqlFile);
        const std::optional<Snapshot> after = byFile.value(m.snapshotFile);
        if (after) {
            const bool origin = after->prevId == QLatin1String(MigrationsFolder::kZeroId);
            const std::optional<Snapshot> before =
                origin ? std::optional<Snapshot>(Snapshot{}) : byFile.value(fileById.value(after->prevId));
            if (!before) {
                item.problem = QStringLiteral("%1: its previous snapshot (id %2) is not in the folder")
                                   .arg(m.snapshotFile, after->prevId);
            } else {
                MigrationStates states;
                states.before = schemaDefinition(before->schema);
                states.after = schemaDefinition(after->schema);
                for (const SnapshotRenames::TableRename &t : after->renames.tables)
                    states.renames.addTable(t.from, t.to);
                for (const SnapshotRenames::ColumnRename &c : after->renames.columns)
                    states.renames.addColumn(c.toTable, c.fromColumn, c.toColumn);
                item.states = std::move(states);
            }
        }
        out.insert(m.sqlFile, item);
    }
    return out;
}

/// V1: each migration's before is its single parent's ddl.
QHash<QString, MigrationWithStates> v1States(const V1MigrationsFolder &folder)
{
    QHash<QString, SnapshotV7> byId;
    QHash<QString, std::optional<SnapshotV7>> byFolder;
    for (const V1Migration &m : folder.migrations()) {
        QString error;
        const QByteArray bytes = m.hasSnapshot ? readFile(folder.filePath(m.snapshotFile()), &error) : QByteArray();
        auto snapshot = m.hasSnapshot && error.isEmpty() ? SnapshotV7Reader::read(bytes)
                                                         : model::Result<SnapshotV7>::failure(error);
        if (snapshot) {
            byId.insert(snapshot.value().id, snapshot.value());
            byFolder.insert(m.folder, std::move(snapshot).value());
        }
    }
    QHash<QString, MigrationWithStates> out;
    for (const V1Migration &m : folder.migrations()) {
        if (!m.hasSql)
            continue;
        MigrationWithStates item;
        item.migration = {m.sqlFile(), m.folder, m.time ? m.time->toMSecsSinceEpoch() : 0, true};
        item.name = m.folder;
        const std::optional<SnapshotV7> after = byFolder.value(m.folder);
        if (!after) {
            item.problem =
                QStringLiteral("%1: no readable snapshot.json%2")
                    .arg(m.folder, m.snapshotError.isEmpty() ? QString() : QStringLiteral(": ") + m.snapshotError);
        } else if (after->prevIds.size() != 1) {
            item.problem = QStringLiteral("%1 merges %2 branches").arg(m.folder).arg(after->prevIds.size());
        } else if (after->prevIds.first() != QLatin1String(MigrationsFolder::kZeroId) &&
                   !byId.contains(after->prevIds.first())) {
            item.problem = QStringLiteral("%1: its previous snapshot (id %2) is not in the folder")
                               .arg(m.folder, after->prevIds.first());
        } else {
            MigrationStates states;
            states.dialect = SqlDialect::V1;
            states.before = byId.value(after->prevIds.first()).ddl;
            states.after = after->ddl;
            states.renames = after->renames;
            item.states = std::move(states);
        }
        out.insert(item.migration.sqlFile, item);
    }
    return out;
}

} // namespace

QString MigrationStatesReader::nameOf(const database::RunnableMigration &migration)
{
    if (!migration.name.isEmpty())
        return migration.name;
    QString name = migration.sqlFile;
    if (name.endsWith(QLatin1String(".sql")))
        name.chop(4);
    return name;
}

QHash<QString, MigrationWithStates> MigrationStatesReader::read(const database::RunnableMigrations &folder)
{
    if (folder.layout() == database::RunnableMigrations::Layout::V1)
        return v1States(V1MigrationsFolder::scan(folder.path()));
    return classicStates(MigrationsFolder::scan(folder.path()));
}

} // namespace tw::migrations
