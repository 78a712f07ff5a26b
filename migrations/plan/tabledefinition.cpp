// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/plan/tabledefinition.h"

namespace tw::migrations {

const ColumnDefinition *TableDefinition::column(const QString &columnName) const
{
    for (const ColumnDefinition &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QStringList TableDefinition::keyColumns() const
{
    if (!compositePrimaryKey.isEmpty())
        return compositePrimaryKey;
    for (const ColumnDefinition &c : columns) {
        if (c.primaryKey)
            return {c.name};
    }
    return {};
}

} // namespace tw::migrations
