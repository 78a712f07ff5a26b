// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/catalog/catalogreader.h"

#include "database/connection/databaseconnection.h"

#include <QSqlQuery>

namespace tw::database {

bool CatalogReader::columns(DatabaseConnection &connection, const QString &table, QList<LiveColumn> *out,
                            QString *error)
{
    QSqlQuery query(connection.database());
    if (!DatabaseConnection::execWith(
            query,
            QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) "
                           "ORDER BY cid"),
            table, error))
        return false;
    while (query.next()) {
        LiveColumn c;
        c.name = query.value(0).toString();
        c.type = query.value(1).toString();
        c.notNull = query.value(2).toInt() != 0;
        c.defaultValue = query.value(3);
        c.primaryKeyPosition = query.value(4).toInt();
        c.hidden = query.value(5).toInt();
        out->append(c);
    }
    return true;
}

bool CatalogReader::indexes(DatabaseConnection &connection, const QString &table, QList<LiveIndex> *out, QString *error)
{
    QSqlQuery query(connection.database());
    if (!DatabaseConnection::execWith(
            query, QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"), table, error))
        return false;
    QList<LiveIndex> found;
    while (query.next())
        found << LiveIndex{query.value(0).toString(),
                           query.value(1).toInt() != 0,
                           query.value(2).toString(),
                           query.value(3).toInt() != 0,
                           {},
                           {}};
    for (LiveIndex &index : found) {
        if (!DatabaseConnection::execWith(
                query,
                QStringLiteral(
                    "SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"),
                index.name, error))
            return false;
        while (query.next()) {
            const LiveIndexTerm term{query.value(0).toInt(),
                                     query.value(1).isNull() ? QString() : query.value(1).toString(),
                                     query.value(2).toInt() != 0, query.value(3).toString()};
            index.terms << term;
            index.columns << (term.column.isEmpty() ? QStringLiteral("<expression>") : term.column);
        }
    }
    out->append(found);
    return true;
}

bool CatalogReader::foreignKeys(DatabaseConnection &connection, const QString &table, QList<LiveForeignKey> *out,
                                QString *error)
{
    QSqlQuery query(connection.database());
    if (!DatabaseConnection::execWith(query,
                                      QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                                     "FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
                                      table, error))
        return false;
    int currentId = -1;
    while (query.next()) {
        if (query.value(0).toInt() != currentId) {
            currentId = query.value(0).toInt();
            out->append(LiveForeignKey{
                {}, query.value(1).toString(), {}, query.value(4).toString(), query.value(5).toString()});
        }
        out->last().from << query.value(2).toString();
        out->last().to << (query.value(3).isNull() ? QString() : query.value(3).toString());
    }
    return true;
}

} // namespace tw::database
