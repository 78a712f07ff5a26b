// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/inspector/rowsquery.h"
#include "model/schema/naming.h"

#include <QStringList>

namespace tw::database {

namespace {

QString whereClause(const RowsQuery &q)
{
    if (q.filterText.isEmpty() || q.filterColumns.isEmpty())
        return {};
    QStringList terms;
    for (const QString &c : q.filterColumns)
        terms << QStringLiteral("CAST(%1 AS TEXT) LIKE ? ESCAPE '\\'").arg(model::naming::doubleQuoted(c));
    return QStringLiteral(" WHERE ") + terms.join(QLatin1String(" OR "));
}

} // namespace

QString RowsQuery::countSql() const
{
    return QStringLiteral("SELECT count(*) FROM %1%2").arg(model::naming::doubleQuoted(table), whereClause(*this));
}

QString RowsQuery::pageSql() const
{
    QString sql = QStringLiteral("SELECT %1* FROM %2%3")
                      .arg(keyColumn.isEmpty() ? QString() : keyColumn + QStringLiteral(", "),
                           model::naming::doubleQuoted(table), whereClause(*this));
    if (!sortColumn.isEmpty())
        sql += QStringLiteral(" ORDER BY %1 %2")
                   .arg(model::naming::doubleQuoted(sortColumn),
                        descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    // Ties keep one order from page to page, so no row shows twice or goes missing while scrolling.
    if (!sortColumn.isEmpty() && !keyColumn.isEmpty())
        sql += QStringLiteral(", %1").arg(keyColumn);
    return sql + QStringLiteral(" LIMIT ? OFFSET ?");
}

QVariantList RowsQuery::filterBinds() const
{
    if (filterText.isEmpty() || filterColumns.isEmpty())
        return {};
    QString pattern = filterText;
    pattern.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    QVariantList binds;
    for (qsizetype i = 0; i < filterColumns.size(); ++i)
        binds << QVariant(u'%' + pattern + u'%');
    return binds;
}

} // namespace tw::database
