// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/catalog/tabledescriber.h"

#include "database/connection/databaseconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

bool readColumns(QSqlQuery &query, LiveTable &table, QString *error)
{
    if (!DatabaseConnection::execWith(
            query,
            QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) "
                           "ORDER BY cid"),
            table.name, error))
        return false;
    while (query.next()) {
        LiveColumn c;
        c.name = query.value(0).toString();
        c.type = query.value(1).toString();
        c.notNull = query.value(2).toInt() != 0;
        c.defaultValue = query.value(3);
        c.primaryKeyPosition = query.value(4).toInt();
        c.hidden = query.value(5).toInt() != 0;
        table.columns << c;
    }
    return true;
}

bool readIndexes(QSqlQuery &query, LiveTable &table, QString *error)
{
    if (!DatabaseConnection::execWith(
            query,
            QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY seq DESC"),
            table.name, error))
        return false;
    while (query.next())
        table.indexes << LiveIndex{query.value(0).toString(),
                                   query.value(1).toInt() != 0,
                                   query.value(2).toString(),
                                   query.value(3).toInt() != 0,
                                   {}};
    for (LiveIndex &index : table.indexes) {
        if (!DatabaseConnection::execWith(query, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"),
                                          index.name, error))
            return false;
        while (query.next())
            index.columns << (query.value(0).isNull() ? QStringLiteral("<expression>") : query.value(0).toString());
    }
    return true;
}

bool readForeignKeys(QSqlQuery &query, LiveTable &table, QString *error)
{
    if (!DatabaseConnection::execWith(
            query,
            QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM "
                           "pragma_foreign_key_list(?) ORDER BY id, seq"),
            table.name, error))
        return false;
    int currentId = -1;
    while (query.next()) {
        if (query.value(0).toInt() != currentId) {
            currentId = query.value(0).toInt();
            table.foreignKeys << LiveForeignKey{
                {}, query.value(1).toString(), {}, query.value(4).toString(), query.value(5).toString()};
        }
        table.foreignKeys.last().from << query.value(2).toString();
        // A key naming no target columns refers to the parent's primary key.
        table.foreignKeys.last().to << query.value(3).toString();
    }
    return true;
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
    if (!readColumns(query, table, &error) || !readIndexes(query, table, &error) ||
        !readForeignKeys(query, table, &error))
        return Result<LiveTable>::failure(QStringLiteral("cannot describe \"%1\": %2").arg(table.name, error));
    query.finish();
    return table;
}

} // namespace tw::database
