// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/v1migrationsfolder.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace tw::migrations {
namespace {

const QString kSql = QStringLiteral("migration.sql");
const QString kSnapshot = QStringLiteral("snapshot.json");

/// Reads what the scan needs of a snapshot (its version, id and prevIds) into @p migration.
void readIds(const QString &file, V1Migration &migration)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        migration.snapshotError = QStringLiteral("cannot be read: %1").arg(f.errorString());
        return;
    }
    const auto json = JsonText::parse(f.readAll());
    if (!json) {
        migration.snapshotError = QStringLiteral("is not valid JSON: %1").arg(json.error());
        return;
    }
    const JsonValue *version = json.value().find(QStringLiteral("version"));
    const JsonValue *id = json.value().find(QStringLiteral("id"));
    const JsonValue *prevIds = json.value().find(QStringLiteral("prevIds"));
    if (!version || !version->isString() || version->toString() != QLatin1String("7")) {
        migration.snapshotError = QStringLiteral("is not a drizzle-kit 1.0 snapshot (version \"7\")");
        return;
    }
    QStringList parents;
    for (const JsonValue &parent : prevIds && prevIds->isArray() ? prevIds->values() : std::vector<JsonValue>{}) {
        if (parent.isString())
            parents << parent.toString();
    }
    if (!id || !id->isString() || !prevIds || !prevIds->isArray() || parents.size() != prevIds->size()) {
        migration.snapshotError = QStringLiteral("has no string \"id\" and string array \"prevIds\"");
        return;
    }
    migration.snapshotId = id->toString();
    migration.prevIds = parents;
}

} // namespace

V1MigrationsFolder V1MigrationsFolder::scan(const QString &path)
{
    V1MigrationsFolder folder;
    folder.m_path = QDir::cleanPath(path);
    if (!QFileInfo(folder.m_path).isDir())
        return folder;
    folder.readFolders();
    folder.readLatestSnapshot();
    folder.findLeaves();
    folder.checkStrays();
    folder.checkNames();
    folder.checkFiles();
    folder.checkChain();
    return folder;
}

void V1MigrationsFolder::readFolders()
{
    const QDir dir(m_path);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        V1Migration migration;
        migration.folder = sub;
        migration.hasSql = QFileInfo(dir.filePath(sub + u'/' + kSql)).isFile();
        migration.hasSnapshot = QFileInfo(dir.filePath(sub + u'/' + kSnapshot)).isFile();
        if (!migration.hasSql && !migration.hasSnapshot)
            continue;
        migration.time = folderTime(sub);
        if (migration.hasSnapshot)
            readIds(dir.filePath(sub + u'/' + kSnapshot), migration);
        m_migrations << migration;
    }
    // The migrator sorts with localeCompare, generate with JavaScript's default sort (UTF-16 code units). Names that
    // start with different seconds sort alike in both; within one second they may not, which checkNames() warns of.
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const V1Migration &a, const V1Migration &b) { return QString::compare(a.folder, b.folder) < 0; });
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::Hidden, QDir::Name))
        m_straySqlFiles << file;
}

void V1MigrationsFolder::readLatestSnapshot()
{
    // generate sorts the paths `<out>/<folder>/snapshot.json`, so `/` takes part in the comparison.
    QString latestPath;
    for (const V1Migration &m : std::as_const(m_migrations)) {
        if (m.hasSnapshot && (latestPath.isEmpty() || QString::compare(m.snapshotFile(), latestPath) > 0)) {
            latestPath = m.snapshotFile();
            m_latestSnapshotFolder = m.folder;
        }
    }
    if (latestPath.isEmpty())
        return;
    QFile file(filePath(latestPath));
    if (!file.open(QIODevice::ReadOnly))
        return; // reported by checkFiles() through the migration's snapshotError
    const auto snapshot = SnapshotV7Reader::read(file.readAll());
    if (snapshot.ok()) {
        m_latestSnapshot = snapshot.value();
        return;
    }
    for (V1Migration &m : m_migrations) {
        if (m.folder == m_latestSnapshotFolder && m.snapshotError.isEmpty())
            m.snapshotError = QStringLiteral("is malformed: ") + snapshot.error();
    }
}

void V1MigrationsFolder::findLeaves()
{
    QList<const V1Migration *> byPath;
    for (const V1Migration &m : std::as_const(m_migrations)) {
        if (m.hasSnapshot && m.snapshotError.isEmpty())
            byPath << &m;
    }
    std::sort(byPath.begin(), byPath.end(), [](const V1Migration *a, const V1Migration *b) {
        return QString::compare(a->snapshotFile(), b->snapshotFile()) < 0;
    });
    QSet<QString> parents;
    for (const V1Migration *m : std::as_const(byPath))
        parents.unite(QSet<QString>(m->prevIds.begin(), m->prevIds.end()));
    for (const V1Migration *m : std::as_const(byPath)) {
        if (!parents.contains(m->snapshotId) && !m_leafIds.contains(m->snapshotId))
            m_leafIds << m->snapshotId;
    }
    if (m_leafIds.isEmpty() && !byPath.isEmpty())
        m_leafIds << byPath.last()->snapshotId; // a cycle: drizzle-kit takes the last id
}

bool V1MigrationsFolder::hasErrors() const
{
    return migrations::hasErrors(m_problems);
}

QString V1MigrationsFolder::errorText() const
{
    return problemLines(m_problems, FolderProblem::Severity::Error);
}

QString V1MigrationsFolder::warningText() const
{
    return problemLines(m_problems, FolderProblem::Severity::Warning);
}

QStringList V1MigrationsFolder::nextPrevIds() const
{
    return m_leafIds.isEmpty() ? QStringList{Snapshot::originId()} : m_leafIds;
}

QDateTime V1MigrationsFolder::nextFolderTime(const QDateTime &nowUtc) const
{
    const QDateTime now = nowUtc.toUTC();
    QDateTime next(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    for (const V1Migration &m : m_migrations) {
        if (m.time && *m.time >= next)
            next = m.time->addSecs(1);
    }
    return next;
}

QString V1MigrationsFolder::folderName(const QDateTime &timeUtc, const QString &name)
{
    return timeUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + u'_' + name;
}

std::optional<QDateTime> V1MigrationsFolder::folderTime(const QString &folder)
{
    if (folder.size() < 14)
        return std::nullopt;
    for (qsizetype i = 0; i < 14; ++i) {
        if (!folder[i].isDigit() || folder[i].unicode() > 0x7f)
            return std::nullopt;
    }
    const QDateTime local = QDateTime::fromString(folder.left(14), QStringLiteral("yyyyMMddHHmmss"));
    if (!local.isValid())
        return std::nullopt;
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QString V1MigrationsFolder::filePath(const QString &relative) const
{
    return QDir(m_path).filePath(relative);
}

void V1MigrationsFolder::addWarning(const QString &file, const QString &message)
{
    m_problems << FolderProblem{FolderProblem::Severity::Warning, file, message};
}

void V1MigrationsFolder::addError(const QString &file, const QString &message)
{
    m_problems << FolderProblem{FolderProblem::Severity::Error, file, message};
}

} // namespace tw::migrations
