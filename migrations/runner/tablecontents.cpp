// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/tablecontents.h"

#include "database/connection/databaseconnection.h"
#include "migrations/runner/tablecomparer.h"
#include "model/schema/naming.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tw::migrations {
namespace {

using model::Result;

Result<QStringList> columnsByName(database::DatabaseConnection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    QString error;
    if (!database::DatabaseConnection::execWith(
            query, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY name"), table, &error))
        return Result<QStringList>::failure(error);
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

Result<TableContent> contentOf(database::DatabaseConnection &connection, const QString &table)
{
    const auto columns = columnsByName(connection, table);
    if (!columns)
        return Result<TableContent>::failure(columns.error());
    QStringList quoted;
    QStringList order;
    for (qsizetype i = 0; i < columns.value().size(); ++i) {
        quoted << QStringLiteral("quote(%1)").arg(model::naming::doubleQuoted(columns.value()[i]));
        order << QString::number(i + 1);
    }
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(quoted.join(QStringLiteral(", ")), model::naming::doubleQuoted(table),
                             order.join(QStringLiteral(", ")))))
        return Result<TableContent>::failure(query.lastError().databaseText());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(columns.value().join(u',').toUtf8());
    TableContent content{table, 0, {}};
    while (query.next()) {
        ++content.rows;
        for (qsizetype i = 0; i < columns.value().size(); ++i) {
            hash.addData(QByteArrayView("\x1f"));
            hash.addData(query.value(int(i)).toString().toUtf8());
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    content.checksum = QString::fromLatin1(hash.result().toHex());
    return content;
}

} // namespace

Result<QList<TableContent>> TableContents::read(database::DatabaseConnection &connection)
{
    QString error;
    const QStringList tables = TableComparer::userTables(connection, QStringLiteral("main"), &error);
    if (!error.isEmpty())
        return Result<QList<TableContent>>::failure(error);
    QList<TableContent> contents;
    for (const QString &table : tables) {
        auto content = contentOf(connection, table);
        if (!content)
            return Result<QList<TableContent>>::failure(QStringLiteral("%1: %2").arg(table, content.error()));
        contents << content.value();
    }
    return contents;
}

QStringList TableContents::differences(const QList<TableContent> &before, const QList<TableContent> &after)
{
    QHash<QString, TableContent> afterByName;
    for (const TableContent &t : after)
        afterByName.insert(t.table.toCaseFolded(), t);
    QStringList lines;
    for (const TableContent &t : before) {
        const auto found = afterByName.constFind(t.table.toCaseFolded());
        if (found == afterByName.cend()) {
            lines << QStringLiteral("%1: only before (%2 rows)").arg(t.table).arg(t.rows);
            continue;
        }
        if (found->rows != t.rows)
            lines << QStringLiteral("%1: %2 rows before, %3 after").arg(t.table).arg(t.rows).arg(found->rows);
        else if (found->checksum != t.checksum)
            lines << QStringLiteral("%1: the same %2 rows, other values").arg(t.table).arg(t.rows);
        afterByName.remove(t.table.toCaseFolded());
    }
    for (const TableContent &t : after) {
        if (afterByName.contains(t.table.toCaseFolded()))
            lines << QStringLiteral("%1: only after (%2 rows)").arg(t.table).arg(t.rows);
    }
    return lines;
}

} // namespace tw::migrations
