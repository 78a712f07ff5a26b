// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/statementcombiner.h"

#include <algorithm>

namespace tw::migrations {
namespace {

/// JavaScript enumerates integer-like keys ("0", "17") before all others, in numeric order.
bool isArrayIndexKey(const QString &key, quint64 *value)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.startsWith(u'0')))
        return false;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
    }
    *value = key.toULongLong();
    return *value < 4294967295ULL;
}

} // namespace

StatementCombiner::StatementCombiner(RebuildFactory rebuild)
    : m_rebuild(std::move(rebuild))
{
}

StatementCombiner::Group *StatementCombiner::group(const QString &key)
{
    const qsizetype at = m_groupIndex.value(key, -1);
    return at < 0 ? nullptr : &m_groups[at];
}

StatementCombiner::Group &StatementCombiner::createGroup(const QString &key)
{
    m_groupIndex.insert(key, m_groups.size());
    m_groups.append(Group{key, {}, false});
    return m_groups.last();
}

void StatementCombiner::addOperation(const QString &key, const Operation &operation)
{
    Group *g = group(key);
    if (!g)
        g = &createGroup(key);
    if (!g->rebuilt)
        g->operations.append(operation);
}

void StatementCombiner::requireRebuild(const QString &table)
{
    Group *g = group(table);
    if (!g)
        g = &createGroup(table);
    if (g->rebuilt)
        return;
    const bool renamed = std::any_of(g->operations.cbegin(), g->operations.cend(),
                                     [](const Operation &op) { return std::holds_alternative<RenameTable>(op); });
    if (!renamed) {
        // drizzle-kit discards the group here; the renames must stay, the rest is subsumed by the rebuild.
        QList<Operation> kept;
        for (const Operation &op : g->operations) {
            if (std::holds_alternative<RenameColumn>(op))
                kept.append(op);
        }
        g->operations = kept;
    }
    QStringList added;
    for (const Operation &op : g->operations) {
        if (const auto *add = std::get_if<AddColumn>(&op))
            added << add->column.name;
    }
    g->operations.append(m_rebuild(table, added));
    g->rebuilt = true;
}

void StatementCombiner::addForeignKey(const QString &table, const QString &column, bool singleColumn)
{
    Group *g = group(table);
    if (g && singleColumn) {
        for (const Operation &op : g->operations) {
            const auto *add = std::get_if<AddColumn>(&op);
            if (add && add->column.name == column)
                return;
        }
    }
    requireRebuild(table);
}

QList<StatementCombiner::Group> StatementCombiner::orderedGroups() const
{
    QList<Group> numeric;
    QList<Group> named;
    for (const Group &g : m_groups) {
        quint64 value = 0;
        (isArrayIndexKey(g.key, &value) ? numeric : named).append(g);
    }
    std::stable_sort(numeric.begin(), numeric.end(),
                     [](const Group &a, const Group &b) { return a.key.toULongLong() < b.key.toULongLong(); });
    return numeric + named;
}

QList<Operation> StatementCombiner::operations() const
{
    QList<Operation> tableRenames;
    QList<Operation> columnRenames;
    QList<Operation> rest;
    for (const Group &g : orderedGroups()) {
        for (const Operation &op : g.operations) {
            if (std::holds_alternative<RenameTable>(op))
                tableRenames.append(op);
            else if (std::holds_alternative<RenameColumn>(op))
                columnRenames.append(op);
            else
                rest.append(op);
        }
    }
    return tableRenames + columnRenames + rest;
}

} // namespace tw::migrations
