// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/relationnames.h"

#include "model/schema/naming.h"
#include "model/validation/locations.h"

namespace tw::model::validation {

RelationNames::RelationNames(const Schema &schema)
    : m_schema(schema)
{
    const auto record = [this](qsizetype position, const QString &name, const QString &tsName) {
        const QString folded = naming::sqlFoldedName(name);
        if (!m_firstBySqlName.contains(folded))
            m_firstBySqlName.insert(folded, position);
        if (!m_firstByExport.contains(tsName))
            m_firstByExport.insert(tsName, position);
    };
    for (qsizetype row = 0; row < schema.tables.size(); ++row)
        record(tablePosition(row), schema.tables[row].name, schema.tables[row].effectiveTsName());
    for (qsizetype row = 0; row < schema.views.size(); ++row)
        record(viewPosition(row), schema.views[row].name, schema.views[row].effectiveTsName());
}

QString RelationNames::earlierWithSqlName(qsizetype position, const QString &name) const
{
    const qsizetype first = name.isEmpty() ? -1 : m_firstBySqlName.value(naming::sqlFoldedName(name), -1);
    if (first < 0 || first >= position)
        return {};
    if (first < m_schema.tables.size())
        return QStringLiteral("table ") + m_schema.tables[first].name;
    return QStringLiteral("view ") + m_schema.views[first - m_schema.tables.size()].name;
}

QString RelationNames::earlierWithExport(qsizetype position, const QString &tsName) const
{
    const qsizetype first = tsName.isEmpty() ? -1 : m_firstByExport.value(tsName, -1);
    if (first < 0 || first >= position)
        return {};
    if (first < m_schema.tables.size())
        return QStringLiteral("table ") + locate::displayName(m_schema.tables[first].name);
    return QStringLiteral("view ") + locate::displayName(m_schema.views[first - m_schema.tables.size()].name);
}

} // namespace tw::model::validation
