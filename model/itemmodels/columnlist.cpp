// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/columnlist.h"

#include <algorithm>

namespace tw::model::columnlist {

QStringList names(const Table &table, const QList<Id> &columnIds)
{
    return table.columnNames(columnIds);
}

QStringList choices(const Table *table)
{
    QStringList result;
    if (table) {
        for (const Column &c : table->columns)
            result << c.name;
    }
    return result;
}

std::optional<QList<Id>> idsFromNames(const Table &table, const QVariant &value)
{
    const QStringList requested =
        value.typeId() == QMetaType::QStringList ? value.toStringList() : splitTopLevel(value.toString());
    QList<Id> ids;
    for (const QString &name : requested) {
        const Column *column = table.columnNamed(name.trimmed());
        if (!column || ids.contains(column->id))
            return std::nullopt;
        ids << column->id;
    }
    return ids;
}

QStringList splitTopLevel(const QString &text)
{
    QStringList terms;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar ch : text) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'\'' || ch == u'"' || ch == u'`') {
            quote = ch;
        } else if (ch == u'(') {
            ++depth;
        } else if (ch == u')') {
            depth = std::max(0, depth - 1);
        } else if (ch == u',' && depth == 0) {
            terms << current.trimmed();
            current.clear();
            continue;
        }
        current += ch;
    }
    terms << current.trimmed();
    terms.removeAll(QString());
    return terms;
}

} // namespace tw::model::columnlist
