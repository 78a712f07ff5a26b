// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationsfolder.h"

#include "migrations/json/jsontext.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace tw::migrations {
namespace {

const QString kJournal = QStringLiteral("meta/_journal.json");

QString snapshotFileFor(int idx)
{
    return QStringLiteral("meta/%1_snapshot.json").arg(idx, 4, 10, QLatin1Char('0'));
}

struct SnapshotIds
{
    QString id;
    QString prevId;
    QString error;
};

SnapshotIds readSnapshotIds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {}, QStringLiteral("cannot be read: %1").arg(file.errorString())};
    const auto parsed = JsonText::parse(file.readAll());
    if (!parsed)
        return {{}, {}, QStringLiteral("is not valid JSON: %1").arg(parsed.error())};
    const JsonValue *id = parsed.value().find(QStringLiteral("id"));
    const JsonValue *prevId = parsed.value().find(QStringLiteral("prevId"));
    if (!id || !id->isString() || !prevId || !prevId->isString())
        return {{}, {}, QStringLiteral("has no string \"id\" and \"prevId\"")};
    return {id->toString(), prevId->toString(), {}};
}

} // namespace

QString FolderProblem::toString() const
{
    const QString level = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    return file.isEmpty() ? level + QStringLiteral(": ") + message
                          : level + QStringLiteral(": ") + file + QStringLiteral(": ") + message;
}

MigrationsFolder MigrationsFolder::scan(const QString &path)
{
    MigrationsFolder folder;
    folder.m_path = QDir::cleanPath(path);
    if (!QFileInfo(folder.m_path).exists())
        return folder;
    if (!QFileInfo(folder.m_path).isDir()) {
        folder.addProblem(FolderProblem::Severity::Error, {}, QStringLiteral("%1 is not a folder").arg(path));
        return folder;
    }
    folder.readJournal();
    folder.readSnapshots();
    folder.checkFiles();
    folder.checkChain();
    return folder;
}

bool MigrationsFolder::hasErrors() const
{
    for (const FolderProblem &p : m_problems) {
        if (p.isError())
            return true;
    }
    return false;
}

QString MigrationsFolder::errorText() const
{
    QStringList lines;
    for (const FolderProblem &p : m_problems) {
        if (p.isError())
            lines << p.toString();
    }
    return lines.join(u'\n');
}

QString MigrationsFolder::filePath(const QString &relative) const
{
    return QDir(m_path).filePath(relative);
}

int MigrationsFolder::nextIndex() const
{
    return m_journal.entries.isEmpty() ? 0 : m_journal.entries.last().idx + 1;
}

qint64 MigrationsFolder::nextWhen(qint64 nowMs) const
{
    if (m_journal.entries.isEmpty())
        return nowMs;
    return std::max(nowMs, m_journal.entries.last().when + 1);
}

void MigrationsFolder::addProblem(FolderProblem::Severity severity, const QString &file, const QString &message)
{
    m_problems << FolderProblem{severity, file, message};
}

void MigrationsFolder::readJournal()
{
    QFile file(filePath(kJournal));
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(FolderProblem::Severity::Error, kJournal, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return;
    }
    auto journal = Journal::parse(file.readAll());
    if (!journal) {
        addProblem(FolderProblem::Severity::Error, kJournal, journal.error());
        return;
    }
    m_journal = journal.value();
    m_hasJournal = true;
    if (m_journal.dialect != QLatin1String("sqlite"))
        addProblem(FolderProblem::Severity::Error, kJournal,
                   QStringLiteral("dialect is \"%1\"; Tablewright reads SQLite folders only").arg(m_journal.dialect));
    for (qsizetype i = 0; i < m_journal.entries.size(); ++i) {
        const JournalEntry &e = m_journal.entries[i];
        if (e.idx != i)
            addProblem(FolderProblem::Severity::Error, kJournal,
                       QStringLiteral("entries[%1] (%2) has idx %3; expected %1").arg(i).arg(e.tag).arg(e.idx));
        if (i > 0 && e.when <= m_journal.entries[i - 1].when)
            addProblem(FolderProblem::Severity::Error, kJournal,
                       QStringLiteral("entries[%1] (%2) has \"when\" %3, not newer than the entry before it (%4): "
                                      "drizzle's migrator would silently skip it")
                           .arg(i).arg(e.tag).arg(e.when).arg(m_journal.entries[i - 1].when));
        m_migrations << FolderMigration{e, e.tag + QStringLiteral(".sql"), snapshotFileFor(e.idx), {}, {}};
    }
}

void MigrationsFolder::readSnapshots()
{
    QDir meta(filePath(QStringLiteral("meta")));
    const QStringList names = meta.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QHash<QString, QString> fileByPrevId;
    for (const QString &name : names) {
        if (name.startsWith(u'_'))
            continue;
        const QString relative = QStringLiteral("meta/") + name;
        const SnapshotIds ids = readSnapshotIds(meta.filePath(name));
        m_latestSnapshotFile = relative;
        m_latestSnapshotId = ids.id;
        if (!ids.error.isEmpty()) {
            addProblem(FolderProblem::Severity::Error, relative, ids.error);
            continue;
        }
        if (fileByPrevId.contains(ids.prevId)) {
            addProblem(FolderProblem::Severity::Error, relative,
                       QStringLiteral("has the same prevId as %1: the history forked (two migrations made on "
                                      "different branches, then merged). Keep one branch's migrations, delete the "
                                      "other's and generate again")
                           .arg(fileByPrevId.value(ids.prevId)));
        }
        fileByPrevId.insert(ids.prevId, relative);
        for (FolderMigration &m : m_migrations) {
            if (m.snapshotFile == relative) {
                m.snapshotId = ids.id;
                m.prevId = ids.prevId;
            }
        }
    }
}

void MigrationsFolder::checkFiles()
{
    QSet<QString> journalSql;
    QSet<QString> journalSnapshots;
    for (const FolderMigration &m : std::as_const(m_migrations)) {
        journalSql.insert(m.sqlFile);
        journalSnapshots.insert(m.snapshotFile);
        if (!QFileInfo::exists(filePath(m.sqlFile)))
            addProblem(FolderProblem::Severity::Error, kJournal,
                       QStringLiteral("lists %1, but %2 is missing").arg(m.entry.tag, m.sqlFile));
        if (!QFileInfo::exists(filePath(m.snapshotFile)))
            addProblem(FolderProblem::Severity::Error, kJournal,
                       QStringLiteral("lists %1, but its snapshot %2 is missing").arg(m.entry.tag, m.snapshotFile));
    }
    const QStringList sqlFiles = QDir(m_path).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : sqlFiles) {
        if (journalSql.contains(name))
            continue;
        addProblem(FolderProblem::Severity::Error, name,
                   m_hasJournal ? QStringLiteral("is not in meta/_journal.json: wrangler would apply it, drizzle's "
                                                 "migrator would not")
                                : QStringLiteral("has no meta/_journal.json beside it: not a drizzle-kit folder"));
    }
    const QStringList snapshots =
        QDir(filePath(QStringLiteral("meta"))).entryList({QStringLiteral("*_snapshot.json")}, QDir::Files, QDir::Name);
    for (const QString &name : snapshots) {
        if (!journalSnapshots.contains(QStringLiteral("meta/") + name))
            addProblem(FolderProblem::Severity::Warning, QStringLiteral("meta/") + name,
                       QStringLiteral("is not in meta/_journal.json, but drizzle-kit generate still reads the last "
                                      "snapshot by name"));
    }
}

void MigrationsFolder::checkChain()
{
    QString expectedPrev = QString::fromLatin1(kZeroId);
    for (const FolderMigration &m : std::as_const(m_migrations)) {
        if (m.snapshotId.isEmpty())
            return; // missing or unreadable snapshot: already reported
        if (m.prevId != expectedPrev) {
            addProblem(FolderProblem::Severity::Error, m.snapshotFile,
                       QStringLiteral("prevId is %1, but the snapshot before it has id %2: the chain is broken")
                           .arg(m.prevId, expectedPrev));
        }
        expectedPrev = m.snapshotId;
    }
}

} // namespace tw::migrations
