// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/tablecomparer.h"
#include "model/schema/naming.h"

#include "database/connection/databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tw::migrations {

TableComparer::TableComparer(database::DatabaseConnection &connection, const RenameTracker &renames)
    : m_connection(connection)
    , m_renames(renames)
{
}

QStringList TableComparer::userTables(database::DatabaseConnection &connection, const QString &schema, QString *error)
{
    QSqlQuery query(connection.database());
    const QString sql =
        QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT "
                       "IN ('d1_migrations', '__drizzle_migrations') ORDER BY name")
            .arg(model::naming::doubleQuoted(schema));
    QStringList names;
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().databaseText();
        return names;
    }
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QList<TableComparer::Column> TableComparer::columns(const QString &schema, const QString &table)
{
    QSqlQuery query(m_connection.database());
    QList<Column> out;
    if (!query.exec(QStringLiteral("PRAGMA %1.table_info(%2)")
                        .arg(model::naming::doubleQuoted(schema), model::naming::doubleQuoted(table)))) {
        m_error = query.lastError().databaseText();
        return out;
    }
    while (query.next())
        out.append({query.value(1).toString(), query.value(5).toInt()});
    return out;
}

qint64 TableComparer::count(const QString &sql)
{
    QString error;
    const QVariant value = m_connection.scalar(sql, &error);
    if (!error.isEmpty() && m_error.isEmpty())
        m_error = error;
    return value.toLongLong();
}

QHash<QString, qint64> TableComparer::violationsPerTable()
{
    QHash<QString, qint64> out;
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("PRAGMA main.foreign_key_check"))) {
        m_error = query.lastError().databaseText();
        return out;
    }
    while (query.next())
        ++out[query.value(0).toString()];
    return out;
}

QString TableComparer::compare(RehearsalReport &report)
{
    const QStringList before = userTables(m_connection, QStringLiteral("before"), &m_error);
    const QStringList after = userTables(m_connection, QStringLiteral("main"), &m_error);
    if (!m_error.isEmpty())
        return m_error;
    const QHash<QString, qint64> violations = violationsPerTable();
    QStringList matchedAfter;
    for (const QString &table : before) {
        TableRehearsal row;
        row.table = table;
        row.rowsBefore =
            count(QStringLiteral("SELECT count(*) FROM before.%1").arg(model::naming::doubleQuoted(table)));
        QString now = m_renames.tableNow(table);
        if (now.isEmpty() || !after.contains(now))
            now = after.contains(table) ? table : QString();
        if (now.isEmpty()) {
            report.destructive.append(
                {QStringLiteral("drop table %1").arg(table), row.rowsBefore, QStringLiteral("rows")});
        } else {
            matchedAfter << now;
            if (now != table)
                row.renamedTo = now;
            row.foreignKeyViolations = violations.value(now);
            compareKept(row, now, report);
        }
        report.tables << row;
    }
    for (const QString &table : after) {
        if (matchedAfter.contains(table))
            continue;
        TableRehearsal row;
        row.table = table;
        row.rowsAfter = count(QStringLiteral("SELECT count(*) FROM main.%1").arg(model::naming::doubleQuoted(table)));
        row.foreignKeyViolations = violations.value(table);
        report.tables << row;
    }
    std::sort(report.tables.begin(), report.tables.end(),
              [](const TableRehearsal &a, const TableRehearsal &b) { return a.table < b.table; });
    return m_error;
}

void TableComparer::compareKept(TableRehearsal &row, const QString &after, RehearsalReport &report)
{
    row.rowsAfter = count(QStringLiteral("SELECT count(*) FROM main.%1").arg(model::naming::doubleQuoted(after)));
    const QList<Column> beforeColumns = columns(QStringLiteral("before"), row.table);
    QStringList afterNames;
    for (const Column &c : columns(QStringLiteral("main"), after))
        afterNames << c.name;

    QList<QPair<QString, QString>> kept; // before name, after name
    QList<Column> key;
    for (const Column &c : beforeColumns) {
        const QString now = m_renames.columnNow(row.table, c.name);
        if (afterNames.contains(now)) {
            kept.append({c.name, now});
            if (c.primaryKeyPosition > 0)
                key << c;
        } else {
            const qint64 values =
                count(QStringLiteral("SELECT count(%1) FROM before.%2")
                          .arg(model::naming::doubleQuoted(c.name), model::naming::doubleQuoted(row.table)));
            row.valuesDropped += values;
            report.destructive.append(
                {QStringLiteral("drop column %1.%2").arg(after, c.name), values, QStringLiteral("non-null values")});
        }
    }
    const bool wholeKey =
        !key.isEmpty() && key.size() == std::count_if(beforeColumns.cbegin(), beforeColumns.cend(),
                                                      [](const Column &c) { return c.primaryKeyPosition > 0; });
    QList<qint64> nulled;
    if (wholeKey) {
        std::sort(key.begin(), key.end(),
                  [](const Column &a, const Column &b) { return a.primaryKeyPosition < b.primaryKeyPosition; });
        QStringList keyNames;
        for (const Column &c : key)
            keyNames << c.name;
        nulled = nulledByKey(row.table, after, keyNames, kept, &row.rowsDeleted);
        row.samples = samples(row.table, after, keyNames, kept, joinOn(keyNames, kept));
    } else {
        row.rowsDeleted = std::max<qint64>(0, row.rowsBefore - row.rowsAfter);
        for (const auto &[was, now] : kept) {
            const qint64 b = count(QStringLiteral("SELECT count(%1) FROM before.%2")
                                       .arg(model::naming::doubleQuoted(was), model::naming::doubleQuoted(row.table)));
            const qint64 a = count(QStringLiteral("SELECT count(%1) FROM main.%2")
                                       .arg(model::naming::doubleQuoted(now), model::naming::doubleQuoted(after)));
            nulled << std::max<qint64>(0, b - a);
        }
    }
    if (row.rowsDeleted > 0)
        report.destructive.append(
            {QStringLiteral("delete rows of %1").arg(after), row.rowsDeleted, QStringLiteral("rows")});
    for (qsizetype i = 0; i < nulled.size() && i < kept.size(); ++i) {
        row.valuesNulled += nulled[i];
        if (nulled[i] > 0)
            report.destructive.append(
                {QStringLiteral("set %1.%2 to NULL").arg(after, kept[i].second), nulled[i], QStringLiteral("values")});
    }
}

QStringList TableComparer::samples(const QString &before, const QString &after, const QStringList &keyBefore,
                                   const QList<QPair<QString, QString>> &kept, const QString &on)
{
    using model::naming::doubleQuoted;
    QStringList keyText;
    for (const QString &k : keyBefore)
        keyText << QStringLiteral("'%1=' || b.%2").arg(QString(k).replace(u'\'', QLatin1String("''")), doubleQuoted(k));
    QList<QPair<QString, QString>> computed; // before expression, after column
    for (const Column &c : columns(QStringLiteral("main"), after)) {
        const auto it = std::find_if(kept.cbegin(), kept.cend(), [&](const auto &p) { return p.second == c.name; });
        computed.append({it == kept.cend() ? QString() : QStringLiteral("b.") + doubleQuoted(it->first), c.name});
    }
    QStringList out;
    for (const auto &[was, now] : computed) {
        const QString a = QStringLiteral("a.") + doubleQuoted(now);
        const QString changed =
            was.isEmpty() ? a + QStringLiteral(" IS NOT NULL") : was + QStringLiteral(" IS NOT ") + a;
        QSqlQuery query(m_connection.database());
        if (!query.exec(QStringLiteral("SELECT %1, %2, quote(%3) FROM before.%4 AS b JOIN main.%5 AS a ON %6 WHERE %7 "
                                       "LIMIT 3")
                            .arg(keyText.join(QStringLiteral(" || ', ' || ")),
                                 was.isEmpty() ? QStringLiteral("'(new)'") : QStringLiteral("quote(%1)").arg(was), a,
                                 doubleQuoted(before), doubleQuoted(after), on, changed)))
            continue;
        while (query.next())
            out << QStringLiteral("%1 [%2]: %3 -> %4")
                       .arg(now, query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    return out;
}

QString TableComparer::joinOn(const QStringList &keyBefore, const QList<QPair<QString, QString>> &kept)
{
    QStringList join;
    for (const QString &k : keyBefore) {
        const auto it = std::find_if(kept.cbegin(), kept.cend(), [&](const auto &p) { return p.first == k; });
        join << QStringLiteral("a.%1 = b.%2")
                    .arg(model::naming::doubleQuoted(it->second), model::naming::doubleQuoted(k));
    }
    return join.join(QStringLiteral(" AND "));
}

QList<qint64> TableComparer::nulledByKey(const QString &before, const QString &after, const QStringList &keyBefore,
                                         const QList<QPair<QString, QString>> &kept, qint64 *deleted)
{
    const QString on = joinOn(keyBefore, kept);
    *deleted = count(QStringLiteral("SELECT count(*) FROM before.%1 AS b WHERE NOT EXISTS (SELECT 1 FROM main.%2 AS a "
                                    "WHERE %3)")
                         .arg(model::naming::doubleQuoted(before), model::naming::doubleQuoted(after), on));
    QList<qint64> out;
    if (kept.isEmpty())
        return out;
    QStringList sums;
    for (const auto &[was, now] : kept)
        sums << QStringLiteral("total(b.%1 IS NOT NULL AND a.%2 IS NULL)")
                    .arg(model::naming::doubleQuoted(was), model::naming::doubleQuoted(now));
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM before.%2 AS b JOIN main.%3 AS a ON %4")
                        .arg(sums.join(QStringLiteral(", ")), model::naming::doubleQuoted(before),
                             model::naming::doubleQuoted(after), on)) ||
        !query.next()) {
        m_error = query.lastError().databaseText();
        return out;
    }
    for (int i = 0; i < query.record().count(); ++i)
        out << qint64(query.value(i).toDouble());
    return out;
}

} // namespace tw::migrations
