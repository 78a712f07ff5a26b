// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/migrationapplier.h"

#include "database/catalog/catalogsnapshot.h"
#include "database/connection/databaseconnection.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/tracking/trackinghistory.h"
#include "migrations/branches/branchconflicts.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/runner/databasebackup.h"
#include "migrations/runner/foreignkeyscope.h"
#include "migrations/runner/localruncheck.h"
#include "migrations/runner/writetracker.h"
#include "model/schema/naming.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace tw::migrations {
namespace {

using model::Result;
using Tracking = model::ProjectSettings::Tracking;

/// What to do about SQLite's @p message, or an empty string when there is nothing to add.
QString remedy(const QString &message, int busyTimeoutMs)
{
    if (message.contains(QLatin1String("locked")) || message.contains(QLatin1String("busy")))
        return QStringLiteral("another program holds the database (a running `wrangler dev` or a database browser?); "
                              "waited %1 s. Stop it and try again")
            .arg(busyTimeoutMs / 1000.0);
    if (message.contains(QLatin1String("disk is full")))
        return QStringLiteral("the disk (or the database's size limit) is full. Free some space and try again");
    if (message.contains(QLatin1String("readonly")) || message.contains(QLatin1String("read-only")))
        return QStringLiteral("the database file or its folder is read-only. Make both writable and try again");
    if (message.contains(QLatin1String("unable to open")))
        return QStringLiteral("SQLite cannot create a file there. Check that the folder exists, is writable and has "
                              "free space");
    if (message.contains(QLatin1String("malformed")) || message.contains(QLatin1String("not a database")))
        return QStringLiteral("the database file is damaged. Restore one of the .backup-*.sqlite copies beside it");
    return {};
}

QString explain(const QString &message, int busyTimeoutMs)
{
    const QString what = remedy(message, busyTimeoutMs);
    return what.isEmpty() ? message : message + QStringLiteral(": ") + what;
}

QString folderErrors(const database::RunnableMigrations &folder)
{
    return QStringLiteral("the migrations folder %1 has problems; nothing was applied:\n").arg(folder.path()) +
           folder.errorText();
}

QString cannotRun(const QString &problems)
{
    return QStringLiteral("a local SQLite file cannot run these migrations; nothing was applied:\n") + problems;
}

/// Runs @p fail's message through a rollback, so every error path leaves the database untouched.
Result<ApplyReport> rollBack(database::DatabaseConnection &connection, const QString &message)
{
    connection.exec(QStringLiteral("ROLLBACK"));
    connection.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return Result<ApplyReport>::failure(message + QStringLiteral("\nThe database was rolled back: nothing changed."));
}

/// The problems `PRAGMA quick_check` finds in @p table (or in the whole file when empty); empty when it is sound.
QString quickCheck(database::DatabaseConnection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(table.isEmpty()
                        ? QStringLiteral("PRAGMA main.quick_check")
                        : QStringLiteral("PRAGMA main.quick_check(%1)").arg(model::naming::doubleQuoted(table))))
        return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
    QStringList problems;
    while (query.next() && problems.size() < 20) {
        if (const QString line = query.value(0).toString(); line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(u'\n');
}

/// quick_check of what this run wrote: the tables and indexes SQLite reported writing or whose schema entry
/// changed since @p start, and the schema table itself. The whole file when the writes are not known.
QString integrityAfter(database::DatabaseConnection &connection, const WriteTracker &tracker,
                       const database::CatalogSnapshot &start)
{
    const database::CatalogSnapshot now = database::CatalogSnapshot::read(connection);
    if (tracker.unsure() || !start.valid() || !now.valid())
        return quickCheck(connection, {});
    QSet<QString> written = tracker.runWrites();
    written.unite(now.changedTables(start));
    QStringList tables{QStringLiteral("sqlite_schema")}; // with it, quick_check also walks the freelist
    if (!written.isEmpty())
        written.insert(QStringLiteral("sqlite_sequence")); // AUTOINCREMENT writes it behind the authorizer's back
    for (const QString &table : std::as_const(written)) {
        if (const QString name = now.tableName(table); !name.isEmpty())
            tables << name;
    }
    for (const QString &table : std::as_const(tables)) {
        if (const QString problems = quickCheck(connection, table); !problems.isEmpty())
            return problems;
    }
    return {};
}

// drizzle-kit 1.0's `migrate` refuses conflicting branches, and so does apply: run one after the other, a rebuild on
// one branch drops the column the other added, with its data.
QString branchConflicts(const database::RunnableMigrations &folder)
{
    if (!folder.tracksByName())
        return {};
    const QList<BranchConflict> conflicts = BranchConflicts::find(V1MigrationsFolder::scan(folder.path()));
    if (conflicts.isEmpty())
        return {};
    return QStringLiteral("%1 has conflicting branches; nothing was applied.\n%2")
        .arg(folder.path(), BranchConflicts::explanation(conflicts));
}

} // namespace

Result<ApplyReport> MigrationApplier::apply(const MigrationsFolder &folder, const ApplyOptions &options,
                                            const ApplyProgress &progress, const ApplyCancelled &cancelled)
{
    return apply(database::RunnableMigrations::fromFolder(folder), options, progress, cancelled);
}

Result<ApplyReport> MigrationApplier::apply(const database::RunnableMigrations &folder, const ApplyOptions &options,
                                            const ApplyProgress &progress, const ApplyCancelled &cancelled)
{
    if (folder.hasErrors())
        return Result<ApplyReport>::failure(folderErrors(folder));
    if (const QString conflicts = branchConflicts(folder); !conflicts.isEmpty())
        return Result<ApplyReport>::failure(conflicts);
    const bool existed = QFileInfo::exists(options.databasePath);
    QList<database::RunnableMigration> all = folder.migrations();
    if (options.tracking == Tracking::D1) // wrangler never sees a journal entry without its file
        all.removeIf([](const database::RunnableMigration &m) { return !m.hasSqlFile; });
    // A new file would run every migration: check them before the file is even created.
    if (const QString blocked = existed ? QString() : LocalRunCheck::problems(folder, all); !blocked.isEmpty())
        return Result<ApplyReport>::failure(cannotRun(blocked));
    ApplyReport report;
    if (options.dryRun && !existed) {
        for (const database::RunnableMigration &m : std::as_const(all))
            report.applied << m.sqlFile;
        report.notes << QStringLiteral("%1 does not exist yet; every migration is pending").arg(options.databasePath);
        return report;
    }
    const auto mode = options.dryRun            ? database::DatabaseConnection::Mode::ReadOnly
                      : options.createIfMissing ? database::DatabaseConnection::Mode::ReadWriteCreate
                                                : database::DatabaseConnection::Mode::ReadWrite;
    auto opened = database::DatabaseConnection::open(options.databasePath, mode, options.busyTimeoutMs);
    if (!opened)
        return Result<ApplyReport>::failure(explain(opened.error(), options.busyTimeoutMs));
    database::DatabaseConnection &db = *opened.value();
    for (const QString &pragma : options.connectionPragmas) {
        if (const QString e = db.exec(QStringLiteral("PRAGMA ") + pragma); !e.isEmpty())
            return Result<ApplyReport>::failure(QStringLiteral("PRAGMA %1 failed: %2").arg(pragma, e));
    }

    QString error;
    const QString integrity = db.scalar(QStringLiteral("PRAGMA quick_check"), &error).toString();
    if (!error.isEmpty() || integrity != QLatin1String("ok"))
        return Result<ApplyReport>::failure(QStringLiteral("%1 failed its integrity check (%2); nothing was written")
                                                .arg(options.databasePath, error.isEmpty() ? integrity : error));
    auto history = database::TrackingHistory::read(db);
    if (!history)
        return Result<ApplyReport>::failure(history.error());
    auto pending = history.value().pending(folder, options.tracking, &report.notes);
    if (!pending)
        return Result<ApplyReport>::failure(pending.error());
    if (const QString blocked = LocalRunCheck::problems(folder, pending.value()); !blocked.isEmpty())
        return Result<ApplyReport>::failure(cannotRun(blocked));
    for (const database::RunnableMigration &m : pending.value())
        report.applied << m.sqlFile;
    if (options.dryRun || pending.value().isEmpty())
        return report;

    if (cancelled && cancelled())
        return Result<ApplyReport>::failure(QStringLiteral("Cancelled before anything was written."));
    if (existed && options.backupsToKeep > 0) {
        auto backup = DatabaseBackup::create(db, options.backupsToKeep, QDateTime::currentDateTime());
        if (!backup)
            return Result<ApplyReport>::failure(explain(backup.error(), options.busyTimeoutMs));
        report.backupPath = backup.value();
    }

    // Must precede BEGIN: inside a transaction the pragma is silently ignored.
    db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    if (const QString e = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !e.isEmpty()) {
        db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        return Result<ApplyReport>::failure(explain(e, options.busyTimeoutMs) +
                                            QStringLiteral("; nothing was written"));
    }
    WriteTracker tracker(db);
    const database::CatalogSnapshot start = database::CatalogSnapshot::read(db);
    const QList<Tracking> tables = history.value().tablesFor(options.tracking);
    if (const QString e = history.value().prepareTables(db, tables, folder); !e.isEmpty())
        return rollBack(db,
                        QStringLiteral("cannot create the tracking table: %1").arg(explain(e, options.busyTimeoutMs)));
    const int total = int(pending.value().size());
    for (int i = 0; i < total; ++i) {
        const database::RunnableMigration &m = pending.value()[i];
        if (progress && !progress(i, total, m.sqlFile))
            return rollBack(db, QStringLiteral("Cancelled before %1.").arg(m.sqlFile));
        if (const QString e = applyOne(db, tracker, folder, m, tables, options, cancelled); !e.isEmpty())
            return rollBack(db, e);
    }
    if (const QString problems = integrityAfter(db, tracker, start); !problems.isEmpty())
        return rollBack(db, QStringLiteral("the integrity check after migrating failed: %1").arg(problems));
    if (cancelled && cancelled())
        return rollBack(db, QStringLiteral("Cancelled before COMMIT."));
    if (const QString e = db.exec(QStringLiteral("COMMIT")); !e.isEmpty())
        return rollBack(db, QStringLiteral("COMMIT failed: %1").arg(explain(e, options.busyTimeoutMs)));
    db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (progress)
        progress(total, total, {});
    return report;
}

QString MigrationApplier::applyOne(database::DatabaseConnection &connection, WriteTracker &tracker,
                                   const database::RunnableMigrations &folder,
                                   const database::RunnableMigration &migration, const QList<Tracking> &tables,
                                   const ApplyOptions &options, const ApplyCancelled &cancelled)
{
    QFile file(folder.filePath(migration.sqlFile));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot be read: %2").arg(migration.sqlFile, file.errorString());
    const QByteArray bytes = file.readAll();
    const QStringList statements = database::SqlStatementSplitter::split(QString::fromUtf8(bytes));
    connection.exec(QStringLiteral("SAVEPOINT tablewright_migration"));
    tracker.beginMigration();
    std::optional<ForeignKeyScope> scope;
    if (options.checkForeignKeys)
        scope.emplace(connection, tracker);
    const auto beforeRunning = [&scope] {
        if (scope)
            scope->beforeStatement();
    };
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (cancelled && cancelled())
            return QStringLiteral("Cancelled in %1 before statement %2 of %3.")
                .arg(migration.sqlFile)
                .arg(i + 1)
                .arg(statements.size());
        tracker.beginStatement();
        if (const QString e = connection.exec(statements[i], beforeRunning); !e.isEmpty()) {
            const QString what = remedy(e, options.busyTimeoutMs);
            return QStringLiteral("%1, statement %2 of %3 failed:\n%4\nSQLite said: %5%6")
                .arg(migration.sqlFile)
                .arg(i + 1)
                .arg(statements.size())
                .arg(statements[i], e, what.isEmpty() ? QString() : QStringLiteral("\n") + what);
        }
    }
    if (const QString violations = scope ? foreignKeyViolations(connection, scope->tablesToCheck()) : QString();
        !violations.isEmpty())
        return QStringLiteral("%1 leaves foreign keys broken:\n%2").arg(migration.sqlFile, violations);
    for (const Tracking t : tables) {
        if (const QString e = database::TrackingHistory::record(connection, t, migration, bytes); !e.isEmpty())
            return QStringLiteral("%1: cannot record it as applied: %2").arg(migration.sqlFile, e);
    }
    connection.exec(QStringLiteral("RELEASE tablewright_migration"));
    return {};
}

QString MigrationApplier::foreignKeyViolations(database::DatabaseConnection &connection,
                                               const std::optional<QStringList> &tables)
{
    QStringList checks;
    if (!tables)
        checks << QStringLiteral("PRAGMA foreign_key_check");
    for (const QString &table : tables.value_or(QStringList()))
        checks << QStringLiteral("PRAGMA main.foreign_key_check(%1)").arg(model::naming::doubleQuoted(table));
    QStringList lines;
    for (const QString &check : std::as_const(checks)) {
        QSqlQuery query(connection.database());
        query.setForwardOnly(true);
        if (!query.exec(check))
            continue;
        while (query.next() && lines.size() < 20) {
            lines << QStringLiteral("  row %1 of %2 references a missing row of %3")
                         .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
        }
    }
    return lines.join(u'\n');
}

} // namespace tw::migrations
