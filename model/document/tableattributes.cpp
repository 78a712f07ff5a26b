// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/tableattributes.h"

#include "model/schema/table.h"

namespace tw::model {

TableAttributes TableAttributes::of(const Table &table)
{
    return {table.name, table.tsName, table.comment, table.primaryKey};
}

void TableAttributes::applyTo(Table &table) const
{
    table.name = name;
    table.tsName = tsName;
    table.comment = comment;
    table.primaryKey = primaryKey;
}

} // namespace tw::model
