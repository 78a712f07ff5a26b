// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/schema.h"

#include "model/schema/idlookup.h"
#include "model/schema/naming.h"

namespace tw::model {

const Table *Schema::table(const Id &tableId) const
{
    return findById(tables, tableId);
}
Table *Schema::table(const Id &tableId)
{
    return findById(tables, tableId);
}
qsizetype Schema::tableRow(const Id &tableId) const
{
    return indexOfId(tables, tableId);
}
const View *Schema::view(const Id &viewId) const
{
    return findById(views, viewId);
}
QHash<Id, const Table *> Schema::tablesById() const
{
    QHash<Id, const Table *> byId;
    byId.reserve(tables.size());
    for (auto t = tables.crbegin(); t != tables.crend(); ++t) // the first of an id is inserted last
        byId.insert(t->id, &*t);
    return byId;
}
QSet<Id> Schema::cardIds() const
{
    QSet<Id> ids;
    ids.reserve(tables.size() + views.size());
    for (const Table &t : tables)
        ids.insert(t.id);
    for (const View &v : views)
        ids.insert(v.id);
    return ids;
}
qsizetype Schema::viewRow(const Id &viewId) const
{
    return indexOfId(views, viewId);
}

const Table *Schema::tableNamed(const QString &tableName) const
{
    for (const Table &t : tables) {
        if (naming::sqlNamesEqual(t.name, tableName))
            return &t;
    }
    return nullptr;
}

} // namespace tw::model
