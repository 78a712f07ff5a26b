// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/sync/sourcematch.h"

#include "model/schema/naming.h"

#include <QSet>

#include <functional>

namespace tw::source {
namespace {

using model::Id;
using model::naming::sqlNamesEqual;

/// Pairs every item of @p source with an item of @p project for which @p same holds, each project item at most once,
/// in source order; already paired ones (in @p ids) are skipped.
template<typename T>
void pairBy(const QList<T> &source, const QList<T> &project, QMap<Id, Id> &ids,
            const std::function<bool(const T &, const T &)> &same)
{
    QSet<Id> taken;
    for (const Id &projectId : ids)
        taken.insert(projectId);
    for (const T &s : source) {
        if (ids.contains(s.id))
            continue;
        for (const T &p : project) {
            if (!taken.contains(p.id) && same(s, p)) {
                ids.insert(s.id, p.id);
                taken.insert(p.id);
                break;
            }
        }
    }
}

/// Pairs @p source items with ids recorded in @p boundNames (id -> name at the last sync).
template<typename T>
void pairByBinding(const QList<T> &source, const QMap<Id, QString> &boundNames, QMap<Id, Id> &ids)
{
    QSet<Id> taken;
    for (const T &s : source) {
        for (auto it = boundNames.cbegin(); it != boundNames.cend(); ++it) {
            if (!taken.contains(it.key()) && sqlNamesEqual(s.name, it.value())) {
                ids.insert(s.id, it.key());
                taken.insert(it.key());
                break;
            }
        }
    }
}

QList<Id> mapped(const QList<Id> &list, const QMap<Id, Id> &ids)
{
    QList<Id> out;
    for (const Id &id : list)
        out << ids.value(id, id);
    return out;
}

bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && sqlNamesEqual(a, b);
}

class ConstraintPairing
{
public:
    ConstraintPairing(const model::Table &source, const model::Table &project, QMap<Id, Id> &ids)
        : m_source(source)
        , m_project(project)
        , m_ids(ids)
    {
    }

    void run()
    {
        pairIndexes();
        pairUniques();
        pairForeignKeys();
        pairChecks();
        if (m_source.primaryKey && m_project.primaryKey)
            m_ids.insert(m_source.primaryKey->id, m_project.primaryKey->id);
    }

private:
    QList<Id> cols(const QList<Id> &list) const { return mapped(list, m_ids); }

    void pairIndexes()
    {
        using model::Index;
        pairBy<Index>(m_source.indexes, m_project.indexes, m_ids,
                      [](const Index &s, const Index &p) { return sameName(s.name, p.name); });
        pairBy<Index>(m_source.indexes, m_project.indexes, m_ids, [this](const Index &s, const Index &p) {
            if (s.unique != p.unique || s.parts.size() != p.parts.size())
                return false;
            for (qsizetype i = 0; i < s.parts.size(); ++i) {
                if (m_ids.value(s.parts[i].column, s.parts[i].column) != p.parts[i].column ||
                    s.parts[i].expression != p.parts[i].expression)
                    return false;
            }
            return true;
        });
    }

    void pairUniques()
    {
        using model::UniqueConstraint;
        pairBy<UniqueConstraint>(
            m_source.uniqueConstraints, m_project.uniqueConstraints, m_ids,
            [](const UniqueConstraint &s, const UniqueConstraint &p) { return sameName(s.name, p.name); });
        pairBy<UniqueConstraint>(
            m_source.uniqueConstraints, m_project.uniqueConstraints, m_ids,
            [this](const UniqueConstraint &s, const UniqueConstraint &p) { return cols(s.columns) == p.columns; });
    }

    void pairForeignKeys()
    {
        using model::ForeignKey;
        pairBy<ForeignKey>(m_source.foreignKeys, m_project.foreignKeys, m_ids,
                           [](const ForeignKey &s, const ForeignKey &p) { return sameName(s.name, p.name); });
        pairBy<ForeignKey>(
            m_source.foreignKeys, m_project.foreignKeys, m_ids, [this](const ForeignKey &s, const ForeignKey &p) {
                return cols(s.columns) == p.columns && m_ids.value(s.targetTable, s.targetTable) == p.targetTable &&
                       cols(s.targetColumns) == p.targetColumns;
            });
    }

    void pairChecks()
    {
        using model::CheckConstraint;
        pairBy<CheckConstraint>(
            m_source.checkConstraints, m_project.checkConstraints, m_ids,
            [](const CheckConstraint &s, const CheckConstraint &p) { return sameName(s.name, p.name); });
        pairBy<CheckConstraint>(
            m_source.checkConstraints, m_project.checkConstraints, m_ids,
            [](const CheckConstraint &s, const CheckConstraint &p) { return s.expression == p.expression; });
    }

    const model::Table &m_source;
    const model::Table &m_project;
    QMap<Id, Id> &m_ids;
};

QMap<Id, QString> boundTableNames(const SourceBinding &binding)
{
    QMap<Id, QString> names;
    for (auto it = binding.tables.cbegin(); it != binding.tables.cend(); ++it)
        names.insert(it.key(), it.value().name);
    return names;
}

void pairColumns(const model::Table &source, const model::Table *project, const SourceBinding &binding,
                 QMap<Id, Id> &ids)
{
    const Id tableId = ids.value(source.id);
    pairByBinding(source.columns, binding.tables.value(tableId).columns, ids);
    if (project) {
        pairBy<model::Column>(
            source.columns, project->columns, ids,
            [](const model::Column &s, const model::Column &p) { return sqlNamesEqual(s.name, p.name); });
    }
}

} // namespace

SourceMatch SourceMatch::of(const SourceSchema &source, const model::Schema &project, const SourceBinding &binding)
{
    const model::Schema read = source.toSchema();
    SourceMatch match;
    auto sameSqlName = [](const auto &s, const auto &p) {
        return sqlNamesEqual(s.name, p.name);
    };
    pairByBinding(read.tables, boundTableNames(binding), match.ids);
    pairBy<model::Table>(read.tables, project.tables, match.ids, sameSqlName);
    pairByBinding(read.views, binding.views, match.ids);
    pairBy<model::View>(read.views, project.views, match.ids, sameSqlName);

    for (const model::Table &table : read.tables) {
        if (match.ids.contains(table.id))
            pairColumns(table, project.table(match.ids.value(table.id)), binding, match.ids);
    }
    // Constraints compare columns and target tables through the ids, so they come after every column is paired.
    for (const model::Table &table : read.tables) {
        const model::Table *projectTable = project.table(match.ids.value(table.id));
        if (projectTable)
            ConstraintPairing(table, *projectTable, match.ids).run();
    }
    return match;
}

model::Schema SourceMatch::withProjectIds(model::Schema schema) const
{
    auto remap = [this](Id &id) {
        id = projectId(id);
    };
    auto remapAll = [&remap](QList<Id> &list) {
        for (Id &id : list)
            remap(id);
    };
    for (model::Table &table : schema.tables) {
        remap(table.id);
        for (model::Column &column : table.columns)
            remap(column.id);
        if (table.primaryKey) {
            remap(table.primaryKey->id);
            remapAll(table.primaryKey->columns);
        }
        for (model::Index &index : table.indexes) {
            remap(index.id);
            for (model::IndexPart &part : index.parts) {
                if (!part.isExpression())
                    remap(part.column);
            }
        }
        for (model::ForeignKey &fk : table.foreignKeys) {
            remap(fk.id);
            remapAll(fk.columns);
            remap(fk.targetTable);
            remapAll(fk.targetColumns);
        }
        for (model::UniqueConstraint &unique : table.uniqueConstraints) {
            remap(unique.id);
            remapAll(unique.columns);
        }
        for (model::CheckConstraint &check : table.checkConstraints)
            remap(check.id);
    }
    for (model::View &view : schema.views)
        remap(view.id);
    return schema;
}

} // namespace tw::source
