// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/fill/fillvalidator.h"

#include "database/connection/databaseconnection.h"
#include "migrations/runner/writetracker.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/schema/naming.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace tw::migrations {
namespace {

/// Text the migration file would split or that is no single expression: refused before SQLite sees it.
QString shapeError(const QString &sql)
{
    if (sql.trimmed().isEmpty())
        return QStringLiteral("the expression is empty");
    if (sql.contains(QLatin1String("statement-breakpoint")))
        return QStringLiteral("the expression cannot contain a statement breakpoint");
    return {};
}

/// The tables and views of @p before, created on @p connection; SQLite's message when a table cannot be.
QString buildSchema(database::DatabaseConnection &connection, const SchemaDefinition &before)
{
    for (const TableDefinition &table : before.tables) {
        if (const QString error = connection.exec(SqliteMigrationWriter::createTable(table, table.name));
            !error.isEmpty())
            return QStringLiteral("the schema before the migration cannot be built (table \"%1\"): %2")
                .arg(table.name, error);
    }
    for (const ViewDefinition &view : before.views) // a view SQLite refuses is simply not there to select from
        connection.exec(
            QStringLiteral("CREATE VIEW %1 AS %2").arg(model::naming::backticked(view.name), view.definition));
    return {};
}

/// Where SQLite's DQS quirk cannot be switched off: a double-quoted name that is no column of @p table.
QString unknownQuotedName(const TableDefinition &table, const QString &sql)
{
    static const QRegularExpression quoted(QStringLiteral(R"re("((?:[^"]|"")+)")re"));
    for (auto it = quoted.globalMatch(sql); it.hasNext();) {
        const QString name = it.next().captured(1).replace(QLatin1String("\"\""), QLatin1String("\""));
        if (!table.column(name))
            return QStringLiteral("no such column: %1").arg(name);
    }
    return {};
}

} // namespace

QString FillValidator::check(const SchemaDefinition &before, const QString &table, const QString &column,
                             const QString &sql)
{
    const QString subject = table + u'.' + column;
    if (const QString error = shapeError(sql); !error.isEmpty())
        return QStringLiteral("%1: %2").arg(subject, error);
    const TableDefinition *old = nullptr;
    for (const TableDefinition &t : before.tables) {
        if (t.name.compare(table, Qt::CaseInsensitive) == 0)
            old = &t;
    }
    if (!old)
        return QStringLiteral("%1: table \"%2\" does not exist before the migration, so it has no rows to fill")
            .arg(subject, table);
    QTemporaryDir dir;
    if (!dir.isValid())
        return QStringLiteral("%1: cannot create a scratch folder: %2").arg(subject, dir.errorString());
    auto connection = database::DatabaseConnection::open(dir.filePath(QStringLiteral("scratch.sqlite")),
                                                         database::DatabaseConnection::Mode::ReadWriteCreate, 1000);
    if (!connection)
        return QStringLiteral("%1: %2").arg(subject, connection.error());
    if (const QString error = buildSchema(*connection.value(), before); !error.isEmpty())
        return QStringLiteral("%1: %2").arg(subject, error);
    QString error;
    if (sqlite3 *db = WriteTracker::handleOf(*connection.value()))
        sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    else
        error = unknownQuotedName(*old, sql);
    if (error.isEmpty())
        error = connection.value()->exec(
            QStringLiteral("SELECT (%1\n) FROM %2 LIMIT 0").arg(sql, model::naming::doubleQuoted(table)));
    if (!error.isEmpty())
        return QStringLiteral("%1: the fill expression does not work on \"%2\" as it stands before the migration: %3")
            .arg(subject, table, error);
    return {};
}

} // namespace tw::migrations
