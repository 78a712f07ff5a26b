// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/indexnamespace.h"

#include "model/schema/naming.h"

namespace tw::model::validation {

IndexNamespace::IndexNamespace(const Schema &schema)
{
    // The first of several equally named tables wins; the duplicates themselves are reported by the name rules.
    for (const Table &table : schema.tables) {
        if (!table.name.isEmpty())
            m_relations.insert(naming::sqlFoldedName(table.name), QStringLiteral("table ") + table.name);
    }
    for (const View &view : schema.views) {
        const QString folded = naming::sqlFoldedName(view.name);
        if (!view.name.isEmpty() && !m_relations.contains(folded))
            m_relations.insert(folded, QStringLiteral("view ") + view.name);
    }
}

QString IndexNamespace::claim(const QString &name, const QString &owner)
{
    const QString folded = naming::sqlFoldedName(name);
    if (const auto relation = m_relations.constFind(folded); relation != m_relations.cend())
        return relation.value();
    if (const auto index = m_indexes.constFind(folded); index != m_indexes.cend())
        return index.value();
    m_indexes.insert(folded, owner);
    return {};
}

} // namespace tw::model::validation
