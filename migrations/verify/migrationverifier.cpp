// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/verify/migrationverifier.h"

#include "database/connection/databaseconnection.h"
#include "database/introspection/schemaintrospector.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/tracking/runnablemigrations.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/localruncheck.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7schemareader.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

namespace tw::migrations {
namespace {

using database::DatabaseConnection;
using database::RunnableMigration;
using database::RunnableMigrations;
using model::Result;

/// Where each migration's snapshot lies, relative to the folder (absent: the migration has none).
QHash<QString, QString> snapshotFiles(const RunnableMigrations &folder)
{
    QHash<QString, QString> files;
    if (folder.layout() == RunnableMigrations::Layout::V1) {
        for (const RunnableMigration &m : folder.migrations()) {
            const QString file = m.name + QStringLiteral("/snapshot.json");
            if (QFile::exists(folder.filePath(file)))
                files.insert(m.sqlFile, file);
        }
        return files;
    }
    const MigrationsFolder classic = MigrationsFolder::scan(folder.path());
    for (const FolderMigration &m : classic.migrations()) {
        if (QFile::exists(classic.filePath(m.snapshotFile)))
            files.insert(m.sqlFile, m.snapshotFile);
    }
    return files;
}

/// The schema @p file (a snapshot of @p layout) records.
Result<model::Schema> snapshotSchema(const QString &path, RunnableMigrations::Layout layout)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<model::Schema>::failure(file.errorString());
    const QByteArray bytes = file.readAll();
    if (layout == RunnableMigrations::Layout::Classic) {
        auto snapshot = SnapshotReader::read(bytes);
        if (!snapshot)
            return Result<model::Schema>::failure(snapshot.error());
        return std::move(snapshot).value().schema;
    }
    auto snapshot = SnapshotV7Reader::read(bytes);
    if (!snapshot)
        return Result<model::Schema>::failure(snapshot.error());
    return SnapshotV7SchemaReader::toSchema(snapshot.value().ddl);
}

/// Replays one migration's statements as drizzle's migrator runs them: inside a transaction (so a `PRAGMA
/// foreign_keys` in the file is a no-op, and a hand-written `COMMIT; PRAGMA ...; BEGIN;` works as it does there).
/// A failure is the finding naming the statement.
std::optional<VerifyFinding> replay(const RunnableMigrations &folder, const RunnableMigration &migration,
                                    DatabaseConnection &scratch)
{
    const QStringList statements = database::SqlStatementSplitter::split(QString::fromUtf8(folder.sqlBytes(migration)));
    scratch.exec(QStringLiteral("BEGIN"));
    for (const QString &statement : statements) {
        if (const QString error = scratch.exec(statement); !error.isEmpty()) {
            scratch.exec(QStringLiteral("ROLLBACK"));
            VerifyFinding finding;
            finding.kind = VerifyFinding::Kind::SqlFailed;
            finding.migration = migration.sqlFile;
            finding.statement = statement;
            // SQLite's "syntax error" says little when the statement is libSQL's (a Turso project's history).
            const QString libsql = LocalRunCheck::libsqlOnly(statement);
            finding.error = libsql.isEmpty() ? error : QStringLiteral("%1 (%2)").arg(error, libsql);
            return finding;
        }
    }
    scratch.exec(QStringLiteral("COMMIT")); // fails harmlessly when the file ended the transaction itself
    return std::nullopt;
}

class Verification
{
public:
    Verification(const RunnableMigrations &folder, DatabaseConnection &scratch)
        : m_folder(folder)
        , m_scratch(scratch)
        , m_snapshots(snapshotFiles(folder))
    {
        m_report.folder = folder.path();
    }

    VerifyReport run()
    {
        const QList<RunnableMigration> &migrations = m_folder.migrations();
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            if (!step(migrations[i])) {
                if (i + 1 < migrations.size())
                    m_report.notes << QStringLiteral("%1 later migration(s) not verified: they run after the one "
                                                     "that fails")
                                          .arg(migrations.size() - i - 1);
                break;
            }
        }
        return m_report;
    }

private:
    /// Replays @p migration and compares; false when the replay cannot go on.
    bool step(const RunnableMigration &migration)
    {
        if (!migration.hasSqlFile) {
            m_report.notes << QStringLiteral("%1: the journal lists it, but the file is missing: no runner can apply "
                                             "it; verified without it")
                                  .arg(migration.sqlFile);
            return true;
        }
        if (auto failure = replay(m_folder, migration, m_scratch)) {
            m_report.findings << *failure;
            return false;
        }
        const QString snapshotFile = m_snapshots.value(migration.sqlFile);
        if (snapshotFile.isEmpty()) {
            m_report.notes << QStringLiteral("%1 has no snapshot: not compared").arg(migration.sqlFile);
            return true;
        }
        const auto expected = snapshotSchema(m_folder.filePath(snapshotFile), m_folder.layout());
        if (!expected) {
            m_report.notes << QStringLiteral("%1 cannot be read (%2): %3 not compared")
                                  .arg(snapshotFile, expected.error(), migration.sqlFile);
            return true;
        }
        const auto actual = database::SchemaIntrospector::read(m_scratch);
        if (!actual) {
            m_report.notes << QStringLiteral("%1: the database it leaves cannot be read back: %2")
                                  .arg(migration.sqlFile, actual.error());
            return true;
        }
        for (const QString &warning : actual.value().warnings) {
            if (!m_seenWarnings.contains(warning)) {
                m_seenWarnings.insert(warning);
                m_report.notes << warning;
            }
        }
        ++m_report.checked;
        const database::DriftReport drift = database::DriftReport::compare(expected.value(), actual.value().schema);
        // A difference an earlier migration made, still there, is that migration's finding, not this one's.
        QList<database::DriftEntry> introduced;
        for (const database::DriftEntry &entry : drift.entries) {
            if (!m_carried.contains(entry))
                introduced << entry;
        }
        if (!introduced.isEmpty())
            m_report.findings << VerifyFinding{
                VerifyFinding::Kind::Drift, migration.sqlFile, snapshotFile, introduced, {}, {}};
        else if (!drift.isInSync())
            m_report.notes << QStringLiteral("%1 keeps %2 difference(s) an earlier migration made")
                                  .arg(migration.sqlFile)
                                  .arg(drift.entries.size());
        m_carried = drift.entries;
        return true;
    }

    const RunnableMigrations &m_folder;
    DatabaseConnection &m_scratch;
    QHash<QString, QString> m_snapshots;
    QSet<QString> m_seenWarnings;
    QList<database::DriftEntry> m_carried; ///< the differences after the last compared migration
    VerifyReport m_report;
};

} // namespace

Result<VerifyReport> MigrationVerifier::verify(const QString &folderPath)
{
    using R = Result<VerifyReport>;
    const auto folder = RunnableMigrations::scan(folderPath);
    if (!folder)
        return R::failure(folder.error());
    const QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(QStringLiteral("cannot create a scratch folder: %1").arg(dir.errorString()));
    auto scratch = DatabaseConnection::open(dir.filePath(QStringLiteral("verify.sqlite")),
                                            DatabaseConnection::Mode::ReadWriteCreate, 0);
    if (!scratch)
        return R::failure(scratch.error());
    // Off, SQLite's default: an empty scratch database has no rows for them to guard.
    scratch.value()->exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    VerifyReport report = Verification(folder.value(), *scratch.value()).run();
    // The folder's own problems (`check` reports them) do not stop a replay: each is a note. The warnings matter
    // too: a v1 migration that sorts before its parent (same second) is replayed first, as the migrator runs it.
    QStringList problems = folder.value().errorText().split(u'\n', Qt::SkipEmptyParts);
    problems += folder.value().warningText().split(u'\n', Qt::SkipEmptyParts);
    for (auto it = problems.crbegin(); it != problems.crend(); ++it) {
        const qsizetype prefix = it->startsWith(QLatin1String("error: "))     ? 7
                                 : it->startsWith(QLatin1String("warning: ")) ? 9
                                                                              : 0;
        report.notes.prepend(it->mid(prefix));
    }
    return report;
}

} // namespace tw::migrations
