// SPDX-License-Identifier: GPL-3.0-or-later
// The damage checks of MigrationsFolder::scan: what each kind of damage means for drizzle-kit, drizzle-orm's
// migrator and wrangler, and the few kinds that make the next migration ambiguous.
#include "migrations/folder/migrationsfolder.h"

#include "migrations/folder/interruptedappend.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

namespace tw::migrations {
namespace {

const QString kJournal = QStringLiteral("meta/_journal.json");

QString numberOf(const QString &tag)
{
    return tag.section(u'_', 0, 0);
}

} // namespace

void MigrationsFolder::checkInterruptedAppend()
{
    const QStringList leftovers = InterruptedAppend::leftovers(m_path);
    if (leftovers.isEmpty())
        return;
    m_interruptedLeftovers = leftovers;
    addError(QStringLiteral("meta/.tablewright-append"),
             QStringLiteral("a generate was interrupted before the journal named its migration and left %1; wrangler "
                            "would apply the SQL although no migration records it. The next generate removes them")
                 .arg(leftovers.join(QStringLiteral(", "))));
}

void MigrationsFolder::checkJournalOrder()
{
    const QList<JournalEntry> &entries = m_journal.entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry &e = entries[i];
        if (e.idx != i)
            addWarning(kJournal, QStringLiteral("entries[%1] (%2) has idx %3, not %1: drizzle-kit names snapshots "
                                                "by idx and numbers the next migration after the last entry's idx")
                                     .arg(i)
                                     .arg(e.tag)
                                     .arg(e.idx));
        if (i > 0 && e.when <= entries[i - 1].when)
            addWarning(kJournal, QStringLiteral("entries[%1] (%2) has \"when\" %3, not newer than the entry before "
                                                "it (%4): drizzle's migrator would silently skip it on a database "
                                                "that already ran the entry before; wrangler does not look at \"when\"")
                                     .arg(i)
                                     .arg(e.tag)
                                     .arg(e.when)
                                     .arg(entries[i - 1].when));
    }
}

void MigrationsFolder::checkDuplicateNumbers()
{
    QMap<QString, QList<const JournalEntry *>> byNumber;
    for (const JournalEntry &e : std::as_const(m_journal.entries))
        byNumber[numberOf(e.tag)].append(&e);
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList which;
        for (const JournalEntry *e : it.value())
            which << QStringLiteral("%1 is entry %2").arg(e->tag).arg(e->idx);
        const QString count = it.value().size() == 2 ? QStringLiteral("two") : QString::number(it.value().size());
        addWarning(kJournal, QStringLiteral("%1 journal entries carry the number %2 (%3; a branch merge): all run, "
                                            "drizzle's migrator in journal order, wrangler in file-name order")
                                 .arg(count, it.key(), which.join(QStringLiteral(", "))));
    }
}

void MigrationsFolder::checkFiles()
{
    QSet<QString> journalSql;
    QSet<QString> journalSnapshots;
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        const FolderMigration &m = m_migrations[i];
        journalSql.insert(m.sqlFile);
        journalSnapshots.insert(m.snapshotFile);
        if (!m.hasSqlFile)
            addWarning(kJournal, QStringLiteral("journal entry %1 has no .sql file (%2): drizzle's migrator fails on "
                                                "it (ENOENT), wrangler never sees it")
                                     .arg(m.entry.tag, m.sqlFile));
        const bool last = i == m_migrations.size() - 1;
        if (!last && !QFileInfo::exists(filePath(m.snapshotFile)))
            addWarning(kJournal, QStringLiteral("journal entry %1 has no snapshot (%2): no runner needs it and "
                                                "drizzle-kit generate reads only the latest snapshot, but the id chain "
                                                "skips it")
                                     .arg(m.entry.tag, m.snapshotFile));
    }
    const QStringList sqlFiles = QDir(m_path).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : sqlFiles) {
        if (journalSql.contains(name))
            continue;
        if (!m_hasJournal) {
            addError(name, QStringLiteral("has no meta/_journal.json beside it: not a drizzle-kit folder"));
            continue;
        }
        m_unjournaledSqlFiles << name;
        addWarning(name, QStringLiteral("is not in the journal: wrangler applies it, drizzle's migrator does not"));
    }
    for (const auto &[file, id] : std::as_const(m_snapshotIds)) {
        if (!journalSnapshots.contains(file) && file != m_latestSnapshotFile)
            addWarning(file, QStringLiteral("is not in meta/_journal.json: no migration made it, and drizzle-kit "
                                            "generate reads only the latest snapshot"));
    }
}

void MigrationsFolder::checkLatestSnapshot()
{
    if (m_migrations.isEmpty() && m_latestSnapshotFile.isEmpty())
        return;
    const QString expected = m_migrations.isEmpty() ? QString() : m_migrations.last().snapshotFile;
    const QString lastTag = m_migrations.isEmpty() ? QString() : m_migrations.last().entry.tag;
    if (!expected.isEmpty() && !QFileInfo::exists(filePath(expected))) {
        const QString from = m_latestSnapshotFile.isEmpty()
                                 ? QStringLiteral("an empty schema, and create every table again")
                                 : QStringLiteral("%1, the schema before %2, and write %2's changes again")
                                       .arg(m_latestSnapshotFile, lastTag);
        addError(kJournal, QStringLiteral("the last entry %1 has no snapshot (%2), so the next migration is "
                                          "ambiguous: generate would start from %3. Restore %2 from version control; "
                                          "if it is lost, take %1 out of the journal, delete %1.sql and generate it "
                                          "again")
                               .arg(lastTag, expected, from));
        return;
    }
    if (m_latestSnapshotFile != expected) {
        const QString journalSide = expected.isEmpty()
                                        ? QStringLiteral("the journal has no entries")
                                        : QStringLiteral("the journal's last entry %1 has %2").arg(lastTag, expected);
        addError(m_latestSnapshotFile,
                 QStringLiteral("is the last snapshot by name, so drizzle-kit generate takes it as the current state, "
                                "but %1: a stray snapshot whose migration is not in the journal, and the next "
                                "migration is ambiguous. Delete it, or restore its migration's journal entry")
                     .arg(journalSide));
        return;
    }
    if (!m_latestSnapshotError.isEmpty())
        addError(m_latestSnapshotFile,
                 m_latestSnapshotError + QStringLiteral(": it is the latest snapshot, the state the next migration "
                                                        "continues from. Restore it from version control"));
}

void MigrationsFolder::checkChain()
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        const FolderMigration &m = m_migrations[i];
        if (m.snapshotId.isEmpty())
            continue; // missing or unreadable: reported already
        const FolderMigration *before = i > 0 ? &m_migrations[i - 1] : nullptr;
        const QString expected = before ? before->snapshotId : QString::fromLatin1(kZeroId);
        if (m.prevId == expected)
            continue;
        const QString pointee = snapshotWithId(m.prevId);
        const QString pointsAt = m.prevId == QLatin1String(kZeroId) ? QStringLiteral("the origin (no snapshot)")
                                 : pointee.isEmpty() ? QStringLiteral("%1, an id no snapshot here has").arg(m.prevId)
                                                     : QStringLiteral("%1's id").arg(pointee);
        const QString shouldBe = !before ? QStringLiteral("the origin, as the first snapshot's does")
                                 : before->snapshotId.isEmpty()
                                     ? QStringLiteral("the snapshot of %1 (%2, missing or unreadable)")
                                           .arg(before->entry.tag, before->snapshotFile)
                                     : QStringLiteral("%1's").arg(before->snapshotFile);
        addWarning(m.snapshotFile, QStringLiteral("prevId points at %1, not at %2: the chain was broken in the past; "
                                                  "drizzle-kit only reads the latest snapshot")
                                       .arg(pointsAt, shouldBe));
    }
}

} // namespace tw::migrations
