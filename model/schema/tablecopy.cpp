// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/tablecopy.h"

#include "model/schema/uniquenames.h"

#include <QHash>
#include <QSet>

namespace tw::model {
namespace {

/// Old id -> new id for everything inside one copied table.
class IdMap
{
public:
    Id fresh(const Id &old)
    {
        const Id id = Id::generate();
        m_ids.insert(old, id);
        return id;
    }
    Id mapped(const Id &old) const { return m_ids.value(old, old); }
    QList<Id> mapped(const QList<Id> &old) const
    {
        QList<Id> ids;
        for (const Id &id : old)
            ids << mapped(id);
        return ids;
    }

private:
    QHash<Id, Id> m_ids;
};

/// Names the user gave to the copy's indexes and constraints: the old table's name swapped for the new one where it
/// leads, else the new name in front; free across the schema and the copy itself.
class ItemNames
{
public:
    ItemNames(const Schema &schema, QString oldTable, QString newTable)
        : m_schema(schema)
        , m_old(std::move(oldTable))
        , m_new(std::move(newTable))
    {
    }
    QString renamed(const QString &name)
    {
        if (name.isEmpty())
            return name; // drizzle's automatic name follows the table
        const QString stem = name.startsWith(m_old, Qt::CaseInsensitive) ? m_new + name.mid(m_old.size())
                                                                         : m_new + QLatin1Char('_') + name;
        const QString free = uniquenames::firstFreeName(stem, [this](const QString &candidate) {
            return uniquenames::isSchemaNameTaken(m_schema, candidate) || m_given.contains(candidate.toLower());
        });
        m_given.insert(free.toLower());
        return free;
    }

private:
    const Schema &m_schema;
    QString m_old;
    QString m_new;
    QSet<QString> m_given;
};

} // namespace

Table copiedTable(const Table &table, const Schema &schema, const QString &nameStem)
{
    Table copy = table;
    IdMap ids;
    copy.id = ids.fresh(table.id);
    copy.name = uniquenames::unusedName(schema, uniquenames::Kind::Table,
                                        nameStem.isEmpty() ? table.name + QStringLiteral("_copy") : nameStem);
    copy.tsName.clear();
    ItemNames names(schema, table.name, copy.name);
    for (Column &column : copy.columns)
        column.id = ids.fresh(column.id);
    if (copy.primaryKey) {
        copy.primaryKey->id = ids.fresh(copy.primaryKey->id);
        copy.primaryKey->name = names.renamed(copy.primaryKey->name);
        copy.primaryKey->columns = ids.mapped(copy.primaryKey->columns);
    }
    for (Index &index : copy.indexes) {
        index.id = ids.fresh(index.id);
        index.name = names.renamed(index.name);
        for (IndexPart &part : index.parts)
            part.column = part.isExpression() ? part.column : ids.mapped(part.column);
    }
    for (ForeignKey &fk : copy.foreignKeys) {
        fk.id = ids.fresh(fk.id);
        fk.name = names.renamed(fk.name);
        fk.columns = ids.mapped(fk.columns);
        if (fk.targetTable == table.id) { // a self-reference: the copy's rows refer to the copy
            fk.targetTable = copy.id;
            fk.targetColumns = ids.mapped(fk.targetColumns);
        }
    }
    for (UniqueConstraint &unique : copy.uniqueConstraints) {
        unique.id = ids.fresh(unique.id);
        unique.name = names.renamed(unique.name);
        unique.columns = ids.mapped(unique.columns);
    }
    for (CheckConstraint &check : copy.checkConstraints) // named within their table: the names stay
        check.id = ids.fresh(check.id);
    return copy;
}

} // namespace tw::model
