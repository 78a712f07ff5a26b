// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/foreignkeyscope.h"

#include "database/catalog/catalogreader.h"
#include "database/connection/databaseconnection.h"
#include "migrations/runner/writetracker.h"
#include "model/schema/naming.h"

#include <QMap>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tw::migrations {
namespace {

QString keyOf(const QString &parent, const QStringList &columns)
{
    return parent + u'\x1f' + database::CatalogSnapshot::fold(columns.join(u'\x1f'));
}

} // namespace

ForeignKeyScope::ForeignKeyScope(database::DatabaseConnection &connection, WriteTracker &tracker)
    : m_connection(connection)
    , m_tracker(tracker)
    , m_before(database::CatalogSnapshot::read(connection))
{
    bool ok = m_before.valid() && !tracker.unavailable();
    if (ok)
        m_edges = readEdges(&ok);
    m_unsure = !ok;
}

ForeignKeyScope::~ForeignKeyScope()
{
    for (const Keys &keys : std::as_const(m_keys))
        m_connection.exec(QStringLiteral("DROP TABLE IF EXISTS temp.") + keys.table);
}

QList<ForeignKeyScope::Edge> ForeignKeyScope::readEdges(bool *ok) const
{
    QList<Edge> edges;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    *ok = query.exec(QStringLiteral("SELECT m.name, f.id, f.\"table\", f.\"to\" FROM main.sqlite_schema m "
                                    "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                                    "ORDER BY m.name, f.id, f.seq"));
    QString lastChild;
    int lastId = -1;
    while (*ok && query.next()) {
        const QString child = database::CatalogSnapshot::fold(query.value(0).toString());
        const int id = query.value(1).toInt();
        if (edges.isEmpty() || child != lastChild || id != lastId)
            edges << Edge{child, database::CatalogSnapshot::fold(query.value(2).toString()), {}};
        if (!query.value(3).isNull())
            edges.last().to << query.value(3).toString();
        lastChild = child;
        lastId = id;
    }
    return edges;
}

QStringList ForeignKeyScope::keyColumns(const QString &parent, const QStringList &to) const
{
    if (!to.isEmpty())
        return to;
    QList<database::LiveColumn> columns;
    QString error;
    if (!database::CatalogReader::columns(m_connection, parent, &columns, &error))
        return {};
    QMap<int, QString> byPosition;
    for (const database::LiveColumn &c : std::as_const(columns)) {
        if (c.primaryKeyPosition > 0)
            byPosition.insert(c.primaryKeyPosition, c.name);
    }
    return byPosition.values();
}

QString ForeignKeyScope::signature(const QString &parent, const QStringList &columns) const
{
    sqlite3 *db = m_tracker.handle();
    if (!db || columns.isEmpty())
        return {};
    QStringList parts;
    const QByteArray table = parent.toUtf8();
    for (const QString &column : columns) {
        const char *type = nullptr;
        const char *collation = nullptr;
        if (sqlite3_table_column_metadata(db, "main", table.constData(), column.toUtf8().constData(), &type, &collation,
                                          nullptr, nullptr, nullptr) != SQLITE_OK)
            return {};
        parts << database::CatalogSnapshot::fold(column) + u' ' + QString::fromUtf8(type ? type : "").toUpper() +
                     QStringLiteral(" COLLATE ") + QString::fromUtf8(collation ? collation : "BINARY").toUpper();
    }
    return parts.join(QStringLiteral(", "));
}

void ForeignKeyScope::beforeStatement()
{
    if (m_unsure)
        return;
    for (const QString &parent : m_tracker.statementWrites()) {
        if (m_seen.contains(parent))
            continue;
        m_seen.insert(parent);
        if (m_before.tableName(parent).isEmpty())
            continue; // created by this migration: its children are checked
        for (const Edge &edge : std::as_const(m_edges)) {
            if (edge.parent != parent || edge.child == parent)
                continue;
            const QStringList columns = keyColumns(parent, edge.to);
            const QString key = keyOf(parent, columns);
            const QString sig = signature(parent, columns);
            if (m_keys.contains(key) || sig.isEmpty())
                continue;
            const QString temp = QStringLiteral("tablewright_keys_%1").arg(m_keys.size());
            QStringList select;
            QStringList notNull;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                select << QStringLiteral("%1 AS k%2").arg(model::naming::doubleQuoted(columns[i])).arg(i);
                notNull << model::naming::doubleQuoted(columns[i]) + QStringLiteral(" IS NOT NULL");
            }
            const QString sql = QStringLiteral("CREATE TEMP TABLE %1 AS SELECT DISTINCT %2 FROM main.%3 WHERE %4")
                                    .arg(temp, select.join(QStringLiteral(", ")), model::naming::doubleQuoted(parent),
                                         notNull.join(QStringLiteral(" AND ")));
            if (m_connection.exec(sql).isEmpty())
                m_keys.insert(key, Keys{temp, sig});
        }
    }
}

bool ForeignKeyScope::keysKept(const QString &parent, const QStringList &to)
{
    const QStringList columns = keyColumns(parent, to);
    const auto keys = m_keys.constFind(keyOf(parent, columns));
    if (keys == m_keys.cend() || signature(parent, columns) != keys->signature)
        return false;
    QStringList match;
    for (qsizetype i = 0; i < columns.size(); ++i)
        match << QStringLiteral("p.%1 = k.k%2")
                     .arg(model::naming::doubleQuoted(columns[i]))
                     .arg(i); // the parent's collation decides
    QString error;
    const QVariant lost = m_connection.scalar(
        QStringLiteral("SELECT 1 FROM temp.%1 k WHERE NOT EXISTS (SELECT 1 FROM main.%2 p WHERE %3) LIMIT 1")
            .arg(keys->table, model::naming::doubleQuoted(parent), match.join(QStringLiteral(" AND "))),
        &error);
    return error.isEmpty() && !lost.isValid();
}

std::optional<QStringList> ForeignKeyScope::tablesToCheck()
{
    if (m_unsure || m_tracker.unsure())
        return std::nullopt;
    const database::CatalogSnapshot after = database::CatalogSnapshot::read(m_connection);
    bool ok = after.valid();
    const QList<Edge> edges = ok ? readEdges(&ok) : QList<Edge>();
    if (!ok)
        return std::nullopt;
    QSet<QString> written = m_tracker.migrationWrites();
    written.unite(after.changedTables(m_before));
    QSet<QString> check;
    for (const QString &table : after.tables()) {
        if (written.contains(table))
            check.insert(table);
    }
    for (const Edge &edge : edges) {
        if (!check.contains(edge.child) && written.contains(edge.parent) && !keysKept(edge.parent, edge.to))
            check.insert(edge.child);
    }
    QStringList names;
    for (const QString &table : std::as_const(check))
        names << after.tableName(table);
    names.sort();
    return names;
}

} // namespace tw::migrations
