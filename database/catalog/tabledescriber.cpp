// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/catalog/tabledescriber.h"

#include "database/catalog/catalogreader.h"
#include "database/connection/databaseconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tw::database {
namespace {

using model::Result;

QString knownNames(DatabaseConnection &connection)
{
    QSqlQuery query(connection.database());
    QStringList names;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
                                  "'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names.isEmpty() ? QStringLiteral("the database has no tables")
                           : QStringLiteral("it has: ") + names.join(QLatin1String(", "));
}

} // namespace

Result<LiveTable> TableDescriber::describe(DatabaseConnection &connection, const QString &name)
{
    QSqlQuery query(connection.database());
    QString error;
    if (!DatabaseConnection::execWith(
            query,
            QStringLiteral("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view') AND "
                           "name = ? COLLATE NOCASE"),
            name, &error))
        return Result<LiveTable>::failure(QStringLiteral("cannot read the schema: %1").arg(error));
    if (!query.next()) {
        query.finish();
        return Result<LiveTable>::failure(
            QStringLiteral("no table or view named \"%1\"; %2").arg(name, knownNames(connection)));
    }
    LiveTable table;
    table.name = query.value(0).toString();
    table.isView = query.value(1).toString() == QLatin1String("view");
    table.sql = query.value(2).toString();
    static const QRegularExpression withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*;?\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    table.withoutRowid = !table.isView && withoutRowid.match(table.sql).hasMatch();
    query.finish();
    if (!CatalogReader::columns(connection, table.name, &table.columns, &error) ||
        !CatalogReader::indexes(connection, table.name, &table.indexes, &error) ||
        !CatalogReader::foreignKeys(connection, table.name, &table.foreignKeys, &error))
        return Result<LiveTable>::failure(QStringLiteral("cannot describe \"%1\": %2").arg(table.name, error));
    std::reverse(table.indexes.begin(), table.indexes.end()); // index_list reports the newest first
    return table;
}

} // namespace tw::database
