// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/relationcardinality.h"

#include "model/schema/table.h"

namespace tw::views {

Cardinality Cardinality::of(const model::Table &child, const model::ForeignKey &foreignKey)
{
    Cardinality result;
    result.childMany = !child.isUniqueKey(foreignKey.columns);
    const QList<model::Id> primaryKey = child.primaryKeyColumns();
    for (const model::Id &columnId : foreignKey.columns) {
        const model::Column *column = child.column(columnId);
        if (column && !column->notNull && !primaryKey.contains(columnId))
            result.parentOptional = true;
    }
    return result;
}

} // namespace tw::views
