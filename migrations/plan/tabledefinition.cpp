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

} // namespace tw::migrations
