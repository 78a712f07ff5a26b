// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationsfolder.h"

#include "migrations/json/jsontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace tw::migrations {
namespace {

const QString kJournal = QStringLiteral("meta/_journal.json");

/// drizzle-kit names a snapshot after the migration's prefix: the idx, 4 digits, in its default `index` prefix mode;
/// the tag's own prefix (a timestamp) in the `timestamp`, `supabase` and `unix` modes.
QString snapshotFileFor(const QDir &folder, const JournalEntry &entry)
{
    const QString byIndex = QStringLiteral("meta/%1_snapshot.json").arg(entry.idx, 4, 10, QLatin1Char('0'));
    const QString prefix = entry.tag.section(u'_', 0, 0);
    const QString byPrefix = QStringLiteral("meta/%1_snapshot.json").arg(prefix);
    if (!QFileInfo::exists(folder.filePath(byIndex)) && QFileInfo::exists(folder.filePath(byPrefix)))
        return byPrefix;
    return byIndex;
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

MigrationsFolder MigrationsFolder::scan(const QString &path)
{
    MigrationsFolder folder;
    folder.m_path = QDir::cleanPath(path);
    if (!QFileInfo(folder.m_path).exists())
        return folder;
    if (!QFileInfo(folder.m_path).isDir()) {
        folder.addError({}, QStringLiteral("%1 is not a folder").arg(path));
        return folder;
    }
    folder.checkInterruptedAppend();
    folder.readJournal();
    folder.readSnapshots();
    folder.checkJournalOrder();
    folder.checkDuplicateNumbers();
    folder.checkFiles();
    folder.checkLatestSnapshot();
    folder.checkChain();
    return folder;
}

bool MigrationsFolder::hasErrors() const
{
    return migrations::hasErrors(m_problems);
}

QString MigrationsFolder::errorText() const
{
    return problemLines(m_problems, FolderProblem::Severity::Error);
}

QString MigrationsFolder::warningText() const
{
    return problemLines(m_problems, FolderProblem::Severity::Warning);
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
    qint64 newest = nowMs - 1;
    for (const JournalEntry &e : m_journal.entries)
        newest = std::max(newest, e.when);
    return newest + 1;
}

void MigrationsFolder::addProblem(FolderProblem::Severity severity, const QString &file, const QString &message)
{
    if (m_interruptedLeftovers.contains(file))
        return;
    m_problems << FolderProblem{severity, file, message};
}

void MigrationsFolder::addWarning(const QString &file, const QString &message)
{
    addProblem(FolderProblem::Severity::Warning, file, message);
}

void MigrationsFolder::addError(const QString &file, const QString &message)
{
    addProblem(FolderProblem::Severity::Error, file, message);
}

void MigrationsFolder::readJournal()
{
    QFile file(filePath(kJournal));
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        addError(kJournal, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return;
    }
    auto journal = Journal::parse(file.readAll());
    if (!journal) {
        addError(kJournal, journal.error());
        return;
    }
    m_journal = journal.value();
    m_hasJournal = true;
    // drizzle-kit writes "turso" for a folder made with `dialect: "turso"`; libSQL folders are SQLite folders.
    if (m_journal.dialect != QLatin1String("sqlite") && m_journal.dialect != QLatin1String("turso"))
        addError(kJournal,
                 QStringLiteral("dialect is \"%1\"; Tablewright reads SQLite folders only").arg(m_journal.dialect));
    const QDir folder(m_path);
    for (const JournalEntry &e : std::as_const(m_journal.entries)) {
        FolderMigration m{e, e.tag + QStringLiteral(".sql"), snapshotFileFor(folder, e), {}, {}};
        m.hasSqlFile = QFileInfo::exists(filePath(m.sqlFile));
        m_migrations << m;
    }
}

void MigrationsFolder::readSnapshots()
{
    QDir meta(filePath(QStringLiteral("meta")));
    QStringList names = meta.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return name.startsWith(u'_'); });
    QHash<QString, QString> fileByPrevId;
    for (const QString &name : std::as_const(names)) {
        const QString relative = QStringLiteral("meta/") + name;
        const SnapshotIds ids = readSnapshotIds(meta.filePath(name));
        const bool latest = name == names.last();
        if (latest) {
            m_latestSnapshotFile = relative;
            m_latestSnapshotId = ids.id;
            m_latestSnapshotError = ids.error;
        }
        if (!ids.error.isEmpty()) {
            if (!latest)
                addWarning(relative, ids.error + QStringLiteral(": drizzle-kit's generate and check stop at it; "
                                                                "Tablewright reads only the latest snapshot"));
            continue;
        }
        if (fileByPrevId.contains(ids.prevId)) {
            addError(relative, QStringLiteral("has the same prevId as %1: two heads, the history forked (two "
                                              "migrations generated from the same state on different branches, then "
                                              "merged); drizzle-kit's generate stops here too (\"collision\"). Keep "
                                              "one branch's migration, delete the other's .sql, snapshot and journal "
                                              "entry, and generate again")
                                   .arg(fileByPrevId.value(ids.prevId)));
        }
        fileByPrevId.insert(ids.prevId, relative);
        m_snapshotIds.append({relative, ids.id});
        for (FolderMigration &m : m_migrations) {
            if (m.snapshotFile == relative) {
                m.snapshotId = ids.id;
                m.prevId = ids.prevId;
            }
        }
    }
}

QString MigrationsFolder::snapshotWithId(const QString &id) const
{
    for (const auto &[file, snapshotId] : m_snapshotIds) {
        if (snapshotId == id)
            return file;
    }
    return {};
}

} // namespace tw::migrations
