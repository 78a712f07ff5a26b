// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/rollbackplan.h"

#include "database/connection/databaseconnection.h"
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/tracking/migrationhistory.h"
#include "migrations/rollback/downfiles.h"
#include "migrations/rollback/migrationstatesreader.h"
#include "migrations/rollback/replaycheck.h"

#include <QFile>
#include <QFileInfo>

namespace tw::migrations {
namespace {

using model::Result;

/// The applied migrations in the runner's order.
Result<QList<database::RunnableMigration>> applied(database::DatabaseConnection &connection,
                                                   const database::RunnableMigrations &folder,
                                                   const ApplyOptions &options)
{
    const auto history = database::MigrationHistory::read(connection, folder, options.tracking);
    if (!history)
        return Result<QList<database::RunnableMigration>>::failure(history.error());
    QList<database::RunnableMigration> out;
    for (const database::HistoryEntry &entry : history.value()) {
        if (entry.state != database::HistoryEntry::State::Applied)
            continue;
        for (const database::RunnableMigration &m : folder.migrations()) {
            if (m.sqlFile == entry.migration)
                out << m;
        }
    }
    return out;
}

bool isNamed(const database::RunnableMigration &migration, const QString &wanted)
{
    const QString name = MigrationStatesReader::nameOf(migration);
    return wanted == name || wanted == migration.sqlFile || QFileInfo(wanted).fileName() == name;
}

/// How many of the @p applied migrations stay applied: all but the last when @p to is unset, none when it is empty,
/// those up to and including @p to otherwise; -1 when @p to names no applied migration.
qsizetype keptCount(const QList<database::RunnableMigration> &applied, const std::optional<QString> &to)
{
    if (!to)
        return std::max<qsizetype>(applied.size() - 1, 0);
    if (to->isEmpty())
        return 0;
    const auto found = std::find_if(applied.cbegin(), applied.cend(),
                                    [&](const database::RunnableMigration &m) { return isNamed(m, *to); });
    return found == applied.cend() ? -1 : found - applied.cbegin() + 1;
}

/// Why @p item's reverse cannot come from its snapshots; empty when it can.
QString underivable(const MigrationWithStates &item, const QString &sql)
{
    if (!item.states)
        return item.problem;
    if (ReverseMigration::sqlMatches(sql, *item.states))
        return ReverseMigration::unrunnable(*item.states);
    if (item.states->before == item.states->after)
        return QStringLiteral("a custom migration: its snapshot equals the previous one, but its SQL is not empty");
    if (!ReplayCheck::schemaOnly(sql))
        return QStringLiteral("its SQL is not what its snapshots imply: it changes data too (a data step, or edited "
                              "by hand)");
    if (const QString difference = ReplayCheck::difference(sql, *item.states); !difference.isEmpty())
        return QStringLiteral("its SQL is not what its snapshots imply: on an empty database it gives another schema "
                              "than its snapshot: %1")
            .arg(difference.section(u'\n', 0, 2).replace(u'\n', QStringLiteral("; ")));
    return ReverseMigration::unrunnable(*item.states);
}

Result<RollbackStep> step(const RollbackRequest &request, const database::RunnableMigrations &folder,
                          const MigrationWithStates &item)
{
    RollbackStep out;
    out.migration = item.migration;
    out.name = item.name;
    const QString downFile = DownFiles::pathFor(request.projectFile, item.name);
    if (QFile file(downFile); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Result<RollbackStep>::failure(
                QStringLiteral("%1: cannot be read: %2").arg(downFile, file.errorString()));
        out.downFile = downFile;
        out.statements = database::SqlStatementSplitter::split(QString::fromUtf8(file.readAll()));
        return out;
    }
    if (const QString why = underivable(item, QString::fromUtf8(folder.sqlBytes(item.migration))); !why.isEmpty())
        return Result<RollbackStep>::failure(
            QStringLiteral("%1: its reverse cannot be derived (%2); write its down SQL into %3")
                .arg(item.name, why, downFile));
    out.statements = ReverseMigration::downStatements(*item.states);
    return out;
}

Result<database::RunnableMigrations> scanned(const RollbackRequest &request)
{
    auto folder = database::RunnableMigrations::scan(request.migrationsFolder);
    if (folder && folder.value().hasErrors())
        return Result<database::RunnableMigrations>::failure(
            QStringLiteral("the migrations folder %1 has problems:\n%2")
                .arg(request.migrationsFolder, folder.value().errorText()));
    return folder;
}

Result<std::shared_ptr<database::DatabaseConnection>> openReadOnly(const RollbackRequest &request)
{
    if (!QFileInfo::exists(request.options.databasePath))
        return Result<std::shared_ptr<database::DatabaseConnection>>::failure(
            QStringLiteral("%1 does not exist: nothing to roll back").arg(request.options.databasePath));
    return database::DatabaseConnection::open(
        request.options.databasePath, database::DatabaseConnection::Mode::ReadOnly, request.options.busyTimeoutMs);
}

} // namespace

Result<RollbackPlan> RollbackPlanner::plan(const RollbackRequest &request)
{
    auto opened = openReadOnly(request);
    if (!opened)
        return Result<RollbackPlan>::failure(opened.error());
    return plan(request, *opened.value());
}

Result<QStringList> RollbackPlanner::appliedMigrations(const RollbackRequest &request)
{
    const auto folder = scanned(request);
    if (!folder)
        return Result<QStringList>::failure(folder.error());
    auto opened = openReadOnly(request);
    if (!opened)
        return Result<QStringList>::failure(opened.error());
    const auto done = applied(*opened.value(), folder.value(), request.options);
    if (!done)
        return Result<QStringList>::failure(done.error());
    QStringList out;
    for (const database::RunnableMigration &m : done.value())
        out << MigrationStatesReader::nameOf(m);
    return out;
}

Result<RollbackPlan> RollbackPlanner::plan(const RollbackRequest &request, database::DatabaseConnection &connection)
{
    const auto folder = scanned(request);
    if (!folder)
        return Result<RollbackPlan>::failure(folder.error());
    const auto done = applied(connection, folder.value(), request.options);
    if (!done)
        return Result<RollbackPlan>::failure(done.error());
    RollbackPlan plan;
    plan.databasePath = request.options.databasePath;
    for (const database::RunnableMigration &m : done.value())
        plan.applied << MigrationStatesReader::nameOf(m);
    const qsizetype keep = keptCount(done.value(), request.to);
    if (keep < 0)
        return Result<RollbackPlan>::failure(
            QStringLiteral("%1 is not an applied migration of %2; applied: %3")
                .arg(*request.to, plan.databasePath,
                     plan.applied.isEmpty() ? QStringLiteral("none") : plan.applied.join(QStringLiteral(", "))));
    plan.target = keep > 0 ? plan.applied[keep - 1] : QString();
    const QHash<QString, MigrationWithStates> states = MigrationStatesReader::read(folder.value());
    QStringList refused;
    for (qsizetype i = done.value().size() - 1; i >= keep; --i) {
        const database::RunnableMigration &m = done.value()[i];
        const MigrationWithStates unread{m, MigrationStatesReader::nameOf(m), std::nullopt,
                                         QStringLiteral("its snapshot is missing")};
        const auto next = step(request, folder.value(), states.value(m.sqlFile, unread));
        if (next)
            plan.steps << next.value();
        else
            refused << next.error();
    }
    if (!refused.isEmpty())
        return Result<RollbackPlan>::failure(QStringLiteral("cannot roll back; nothing was changed:\n") +
                                             refused.join(u'\n'));
    return plan;
}

} // namespace tw::migrations
