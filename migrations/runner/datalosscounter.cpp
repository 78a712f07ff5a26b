// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/datalosscounter.h"

#include "database/catalog/catalogreader.h"
#include "database/connection/databaseconnection.h"
#include "database/connection/projectdatabase.h"
#include "migrations/runner/rehearsalreport.h"
#include "migrations/runner/tablecomparer.h"
#include "model/schema/naming.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace tw::migrations {
namespace {

using Kind = MigrationWarning::Kind;

struct Target
{
    QString table;
    QString rest; ///< column, index or foreign key name; empty for the table itself
};

/// Splits `table.column` knowing the database's tables, so that a table name holding a dot still resolves.
Target resolve(const QString &object, const QStringList &tables)
{
    Target best;
    for (const QString &table : tables) {
        if (object == table)
            return {table, {}};
        if (object.startsWith(table + u'.') && table.size() > best.table.size())
            best = {table, object.mid(table.size() + 1)};
    }
    return best;
}

bool hasColumn(database::DatabaseConnection &connection, const QString &table, const QString &column)
{
    QList<database::LiveColumn> columns;
    QString error;
    if (!database::CatalogReader::columns(connection, table, &columns, &error))
        return false;
    return std::any_of(columns.cbegin(), columns.cend(),
                       [&column](const database::LiveColumn &c) { return c.name == column; });
}

} // namespace

QString CountedWarning::text() const
{
    if (count < 0)
        return QStringLiteral("%1: %2").arg(warning.object, warning.message);
    if (warning.kind == MigrationWarning::Kind::NotNullColumnWithoutDefault && count > 0)
        return QStringLiteral("%1 %2: %3 %4, so adding it fails; give it a default or a fill (Fill from\u2026, "
                              "`tablewright fill`)")
            .arg(migrationWarningKindName(warning.kind), warning.object, formatCount(count), unit);
    return QStringLiteral("%1 %2: %3 %4")
        .arg(migrationWarningKindName(warning.kind), warning.object, formatCount(count), unit);
}

model::Result<QList<CountedWarning>> DataLossCounter::count(const QString &databasePath,
                                                            const QList<MigrationWarning> &warnings, int busyTimeoutMs)
{
    auto opened =
        database::DatabaseConnection::open(databasePath, database::DatabaseConnection::Mode::ReadOnly, busyTimeoutMs);
    if (!opened)
        return model::Result<QList<CountedWarning>>::failure(opened.error());
    return count(*opened.value(), warnings);
}

QList<CountedWarning> DataLossCounter::forProject(const QString &projectFile, const model::ProjectSettings &settings,
                                                  const QList<MigrationWarning> &warnings, int busyTimeoutMs)
{
    if (!warnings.isEmpty() && !projectFile.isEmpty()) {
        const auto database = database::ProjectDatabase::locate(projectFile, settings);
        if (database && QFileInfo::exists(database.value())) {
            if (auto counted = count(database.value(), warnings, busyTimeoutMs))
                return counted.value();
        }
    }
    QList<CountedWarning> plain;
    for (const MigrationWarning &warning : warnings)
        plain << CountedWarning{warning, -1, {}};
    return plain;
}

QList<CountedWarning> DataLossCounter::count(database::DatabaseConnection &connection,
                                             const QList<MigrationWarning> &warnings)
{
    QString error;
    const QStringList tables = TableComparer::userTables(connection, QStringLiteral("main"), &error);
    QList<CountedWarning> out;
    for (const MigrationWarning &warning : warnings) {
        CountedWarning counted{warning, -1, {}};
        const Target target = resolve(warning.object, tables);
        const bool columnWarning =
            warning.kind == Kind::DropColumn || warning.kind == Kind::TypeChange || warning.kind == Kind::NotNullAdded;
        const QString table = model::naming::doubleQuoted(target.table);
        QString sql;
        if (target.table.isEmpty()) {
            // Not in this database (created by an earlier pending migration): nothing to count.
        } else if (columnWarning) {
            if (hasColumn(connection, target.table, target.rest)) {
                const QString column = model::naming::doubleQuoted(target.rest);
                if (warning.kind == Kind::NotNullAdded) {
                    sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(table, column);
                    counted.unit = QStringLiteral("NULL values");
                } else {
                    sql = QStringLiteral("SELECT count(%2) FROM %1").arg(table, column);
                    counted.unit = QStringLiteral("non-null values");
                }
            }
        } else {
            sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
            counted.unit = QStringLiteral("rows");
        }
        if (!sql.isEmpty()) {
            error.clear();
            const QVariant value = connection.scalar(sql, &error);
            if (error.isEmpty())
                counted.count = value.toLongLong();
        }
        out << counted;
    }
    return out;
}

} // namespace tw::migrations
