// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/catalog/catalogsnapshot.h"

#include "database/connection/databaseconnection.h"

#include <QSqlQuery>

namespace tw::database {

QString CatalogSnapshot::fold(const QString &name)
{
    QString folded = name;
    for (QChar &c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}

CatalogSnapshot CatalogSnapshot::read(DatabaseConnection &connection)
{
    CatalogSnapshot snapshot;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, rootpage, sql FROM main.sqlite_schema "
                                   "WHERE type IN ('table', 'index')")))
        return snapshot;
    while (query.next()) {
        Entry e{query.value(0).toString(), query.value(1).toString(), fold(query.value(2).toString()),
                query.value(3).toLongLong(), query.value(4).toString()};
        snapshot.m_entries.insert(e.type + u':' + fold(e.name), e);
    }
    snapshot.m_valid = true;
    return snapshot;
}

QSet<QString> CatalogSnapshot::changedTables(const CatalogSnapshot &before) const
{
    QSet<QString> changed;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (before.m_entries.value(it.key()) != it.value())
            changed.insert(it.value().table);
    }
    for (auto it = before.m_entries.cbegin(); it != before.m_entries.cend(); ++it) {
        if (!m_entries.contains(it.key()))
            changed.insert(it.value().table);
    }
    return changed;
}

QString CatalogSnapshot::tableName(const QString &folded) const
{
    return m_entries.value(QStringLiteral("table:") + folded).name;
}

QList<QString> CatalogSnapshot::tables() const
{
    QList<QString> names;
    for (const Entry &e : m_entries) {
        if (e.type == QLatin1String("table") && !e.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            names << fold(e.name);
    }
    return names;
}

} // namespace tw::database
