// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/migrationrehearsal.h"

#include "database/connection/databaseconnection.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "migrations/runner/databasecopy.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/renametracker.h"
#include "migrations/runner/tablecomparer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tw::migrations {

using model::Result;

QString MigrationRehearsal::snapshot(const ApplyOptions &options, const QString &copyPath)
{
    return DatabaseCopy::copy(options.databasePath, copyPath, options.busyTimeoutMs);
}

Result<RehearsalReport> MigrationRehearsal::rehearse(const MigrationsFolder &folder, const ApplyOptions &options,
                                                     const ApplyProgress &progress, const ApplyCancelled &cancelled)
{
    return rehearse(database::RunnableMigrations::fromFolder(folder), options, progress, cancelled);
}

Result<RehearsalReport> MigrationRehearsal::rehearse(const database::RunnableMigrations &folder,
                                                     const ApplyOptions &options, const ApplyProgress &progress,
                                                     const ApplyCancelled &cancelled)
{
    RehearsalReport report;
    report.databasePath = options.databasePath;
    const QTemporaryDir dir;
    if (!dir.isValid())
        return Result<RehearsalReport>::failure(
            QStringLiteral("cannot create a temporary folder for the rehearsal: %1").arg(dir.errorString()));
    const QString beforePath = dir.filePath(QStringLiteral("before.sqlite"));
    const QString afterPath = dir.filePath(QStringLiteral("after.sqlite"));
    if (const QString e = snapshot(options, beforePath); !e.isEmpty())
        return Result<RehearsalReport>::failure(e);

    ApplyOptions listing = options;
    listing.databasePath = beforePath;
    listing.dryRun = true;
    const auto pending = MigrationApplier::apply(folder, listing);
    if (!pending)
        return Result<RehearsalReport>::failure(pending.error());
    report.pending = pending.value().applied;
    report.notes = pending.value().notes;
    report.integrity = QStringLiteral("ok");
    if (report.pending.isEmpty())
        return report;

    if (!QFile::copy(beforePath, afterPath))
        return Result<RehearsalReport>::failure(
            QStringLiteral("cannot copy the database for the rehearsal into %1").arg(dir.path()));
    ApplyOptions rehearsal = options;
    rehearsal.databasePath = afterPath;
    rehearsal.dryRun = false;
    rehearsal.backupsToKeep = 0;
    rehearsal.createIfMissing = false;
    rehearsal.checkForeignKeys = false;
    const auto applied = MigrationApplier::apply(folder, rehearsal, progress, cancelled);
    const bool stopped =
        (cancelled && cancelled()) || (!applied && applied.error().startsWith(QLatin1String("Cancelled")));
    if (stopped)
        return Result<RehearsalReport>::failure(QStringLiteral("Cancelled: the rehearsal stopped; the database was "
                                                               "only read."));
    if (!applied) {
        report.applyError = applied.error();
        return report;
    }
    if (const QString e = compare(folder, options, beforePath, afterPath, report); !e.isEmpty())
        return Result<RehearsalReport>::failure(QStringLiteral("cannot compare the rehearsal copy: %1").arg(e));
    return report;
}

QString MigrationRehearsal::compare(const database::RunnableMigrations &folder, const ApplyOptions &options,
                                    const QString &beforePath, const QString &afterPath, RehearsalReport &report)
{
    auto opened = database::DatabaseConnection::open(afterPath, database::DatabaseConnection::Mode::ReadWrite,
                                                     options.busyTimeoutMs);
    if (!opened)
        return opened.error();
    database::DatabaseConnection &db = *opened.value();
    QSqlQuery attach(db.database());
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS before"));
    attach.addBindValue(beforePath);
    if (!attach.exec())
        return attach.lastError().databaseText();
    QString error;
    report.integrity = db.scalar(QStringLiteral("PRAGMA main.quick_check"), &error).toString();
    if (!error.isEmpty())
        report.integrity = error;

    RenameTracker renames(TableComparer::userTables(db, QStringLiteral("before"), &error));
    for (const QString &file : std::as_const(report.pending)) {
        QFile sql(folder.filePath(file));
        if (!sql.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(file, sql.errorString());
        for (const QString &statement : database::SqlStatementSplitter::split(QString::fromUtf8(sql.readAll())))
            renames.feed(statement);
    }
    TableComparer comparer(db, renames);
    return comparer.compare(report);
}

} // namespace tw::migrations
