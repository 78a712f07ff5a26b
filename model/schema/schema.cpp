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
