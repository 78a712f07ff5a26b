// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/uniqueindexes.h"

#include <utility>

namespace tw::migrations {
namespace {

model::Index uniqueIndex(const QString &name, const QList<model::Id> &columns)
{
    model::Index index;
    index.id = model::Id::generate();
    index.name = name;
    index.unique = true;
    for (const model::Id &column : columns)
        index.parts << model::IndexPart::ofColumn(column);
    return index;
}

} // namespace

model::Schema UniqueIndexes::keptAsIndexes(const model::Schema &schema, int *changed)
{
    model::Schema result = schema;
    int count = 0;
    for (model::Table &table : result.tables) {
        QList<model::Index> columnIndexes;
        for (model::Column &column : table.columns) {
            if (!column.unique)
                continue;
            column.unique = false;
            columnIndexes << uniqueIndex(table.name + u'_' + column.name + QStringLiteral("_unique"), {column.id});
        }
        QList<model::Index> tableIndexes;
        for (const model::UniqueConstraint &unique : std::as_const(table.uniqueConstraints)) {
            const QString name =
                unique.name.isEmpty()
                    ? table.name + u'_' + table.columnNames(unique.columns).join(u'_') + QStringLiteral("_unique")
                    : unique.name;
            tableIndexes << uniqueIndex(name, unique.columns);
        }
        table.uniqueConstraints.clear();
        count += int(columnIndexes.size() + tableIndexes.size());
        table.indexes = columnIndexes + table.indexes + tableIndexes;
    }
    if (changed)
        *changed = count;
    return result;
}

} // namespace tw::migrations
