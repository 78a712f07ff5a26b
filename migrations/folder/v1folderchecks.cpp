// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of V1MigrationsFolder::scan: what each kind of damage means for drizzle-kit 1.0's generate,
// drizzle-orm 1.0's migrator and wrangler, and the few kinds that make the next migration ambiguous.
#include "migrations/folder/v1migrationsfolder.h"

#include "migrations/snapshot/snapshot.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>

namespace tw::migrations {

void V1MigrationsFolder::checkStrays()
{
    if (QFileInfo::exists(filePath(QStringLiteral("meta/_journal.json")))) {
        addError(QStringLiteral("meta/_journal.json"),
                 QStringLiteral("a drizzle-kit 0.31 journal beside drizzle-kit 1.0 migration folders (mixed layouts): "
                                "drizzle-kit 1.0 and drizzle-orm 1.0's migrator refuse the folder, drizzle-kit 0.31 "
                                "ignores the sub-folders. Move one layout out of the folder"));
    }
    for (const QString &file : std::as_const(m_straySqlFiles)) {
        addWarning(file, QStringLiteral("a .sql file outside any migration folder: drizzle-kit and drizzle-orm's "
                                        "migrator ignore it, but wrangler without `migrations_pattern` applies it "
                                        "(and none of the sub-folders); `drizzle-kit up` leaves such files behind"));
    }
}

void V1MigrationsFolder::checkNames()
{
    QMap<QDateTime, QStringList> bySecond;
    for (const V1Migration &m : std::as_const(m_migrations)) {
        if (!m.time) {
            addWarning(m.folder, QStringLiteral("the folder name does not start with a UTC time (YYYYMMDDHHMMSS_): "
                                                "drizzle-orm's migrator orders folders by name and records no "
                                                "valid created_at for it"));
            continue;
        }
        bySecond[*m.time] << m.folder;
    }
    for (auto it = bySecond.cbegin(); it != bySecond.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        addWarning(it.value().first(),
                   QStringLiteral("%1 migration folders share one second (%2): they run in the order of their names, "
                                  "not of their creation (drizzle-orm's migrator compares names with localeCompare, "
                                  "drizzle-kit with a plain sort); a later migration that sorts first runs before the "
                                  "one it depends on")
                       .arg(it.value().size())
                       .arg(it.value().join(QStringLiteral(", "))));
    }
}

void V1MigrationsFolder::checkFiles()
{
    QString lastWithSql;
    for (const V1Migration &m : std::as_const(m_migrations)) {
        if (m.hasSql)
            lastWithSql = m.folder;
    }
    for (const V1Migration &m : std::as_const(m_migrations)) {
        const bool latest = m.folder == m_latestSnapshotFolder;
        if (!m.hasSnapshot && QString::compare(m.folder, m_latestSnapshotFolder) > 0) {
            addError(m.sqlFile(),
                     QStringLiteral("the newest migration has no snapshot.json: drizzle-kit generate would "
                                    "diff against %1 and write this migration's changes again. Restore "
                                    "its snapshot.json from version control")
                         .arg(m_latestSnapshotFolder.isEmpty()
                                  ? QStringLiteral("an empty schema")
                                  : m_latestSnapshotFolder + QStringLiteral("/snapshot.json")));
        } else if (!m.hasSnapshot) {
            addWarning(m.sqlFile(), QStringLiteral("no snapshot.json beside it: the migrator still runs it; the id "
                                                   "chain skips it"));
        }
        if (!m.hasSql && latest) {
            addError(m.snapshotFile(), QStringLiteral("the latest snapshot has no migration.sql beside it: generate "
                                                      "takes it as the current state, but no migrator applies its "
                                                      "changes. Restore migration.sql or remove the folder"));
        } else if (!m.hasSql) {
            addWarning(m.snapshotFile(), QStringLiteral("no migration.sql beside it: drizzle-orm's migrator skips "
                                                        "the folder; its snapshot still counts in the id chain"));
        }
        if (!m.snapshotError.isEmpty() && latest) {
            addError(m.snapshotFile(), QStringLiteral("the latest snapshot, the state the next migration continues "
                                                      "from, %1")
                                           .arg(m.snapshotError));
        } else if (!m.snapshotError.isEmpty()) {
            addWarning(m.snapshotFile(), QStringLiteral("%1: the id chain has a gap here (drizzle-kit check would "
                                                        "stop at it)")
                                             .arg(m.snapshotError));
        }
    }
}

void V1MigrationsFolder::checkChain()
{
    QHash<QString, QString> folderOf;
    for (const V1Migration &m : std::as_const(m_migrations)) {
        if (m.snapshotId.isEmpty())
            continue;
        if (folderOf.contains(m.snapshotId))
            addWarning(m.snapshotFile(), QStringLiteral("the same id as %1/snapshot.json (%2): a copied folder?")
                                             .arg(folderOf.value(m.snapshotId), m.snapshotId));
        else
            folderOf.insert(m.snapshotId, m.folder);
    }
    for (const V1Migration &m : std::as_const(m_migrations)) {
        for (const QString &parent : m.prevIds) {
            if (parent == Snapshot::originId())
                continue;
            if (!folderOf.contains(parent)) {
                addWarning(m.snapshotFile(), QStringLiteral("prevIds names %1, which no snapshot of the folder has: "
                                                            "the chain is broken before this migration")
                                                 .arg(parent));
            } else if (QString::compare(folderOf.value(parent), m.folder) > 0) {
                addWarning(m.folder, QStringLiteral("sorts before its parent %1: drizzle-orm's migrator runs it first")
                                         .arg(folderOf.value(parent)));
            }
        }
    }
    if (m_leafIds.size() > 1) {
        QStringList leaves;
        for (const QString &id : std::as_const(m_leafIds))
            leaves << folderOf.value(id);
        addWarning({}, QStringLiteral("%1 open branches end in %2 (migrations generated from the same state, merged "
                                      "by version control): the next generate merges them, as drizzle-kit 1.0 does "
                                      "(its prevIds list every leaf), unless they change the same table")
                           .arg(m_leafIds.size())
                           .arg(leaves.join(QStringLiteral(", "))));
    } else if (m_latestSnapshot && m_leafIds.size() == 1 && m_leafIds.first() != m_latestSnapshot->id) {
        addError(m_latestSnapshotFolder + QStringLiteral("/snapshot.json"),
                 QStringLiteral("the last snapshot by name is not the newest in the chain (%1 is): drizzle-kit "
                                "generate would continue from this older state and repeat the newer changes. Rename "
                                "the folders so that every migration sorts after its parent")
                     .arg(folderOf.value(m_leafIds.first())));
    }
}

} // namespace tw::migrations
