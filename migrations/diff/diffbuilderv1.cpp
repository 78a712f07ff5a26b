// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/diffbuilderv1.h"

#include "migrations/diff/recreationrules.h"
#include "migrations/diff/warningcollector.h"
#include "migrations/rebuild/rebuildplanner.h"

namespace tw::migrations {
namespace {

/// The single-column foreign key of @p table that an ADD of @p column writes inline, if any.
std::optional<ForeignKeyDefinition> inlineReference(const TableDefinition &table, const QString &column)
{
    for (const ForeignKeyDefinition &fk : table.foreignKeys) {
        if (fk.columns.size() == 1 && fk.columns.first() == column)
            return fk;
    }
    return std::nullopt;
}

} // namespace

DiffBuilderV1::DiffBuilderV1(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options)
    : m_before(before)
    , m_after(after)
    , m_options(options)
{
}

MigrationPlan DiffBuilderV1::build()
{
    pairTables();
    m_recreated = RecreationRules::recreatedTables(m_pairs);
    for (const TableDefinition *t : std::as_const(m_created))
        m_operations << CreateTable{*t};
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (original(pair).name != pair.after->name)
            m_operations << RenameTable{original(pair).name, pair.after->name};
    }
    emitColumns();
    emitViewDropsAroundRecreations();
    emitRecreations();
    emitIndexes();
    emitDrops();
    emitViews();

    MigrationPlan plan;
    plan.operations = m_operations;
    plan.warnings = WarningCollector::collect(m_pairing.pairs, m_dropped);
    return plan;
}

const TableDefinition &DiffBuilderV1::original(const TablePair &pair) const
{
    return m_before.tables[m_pairing.tablePartner[pair.after - m_after.tables.constData()]];
}

void DiffBuilderV1::pairTables()
{
    m_pairing = SchemaPairing::of(m_before, m_after, m_options);
    QList<TablePair> ordered; // `after` order, as rc.5 walks its new state
    for (qsizetype a = 0; a < m_after.tables.size(); ++a) {
        if (m_pairing.afterPair[a] >= 0)
            ordered << m_pairing.pairs[m_pairing.afterPair[a]];
        if (m_pairing.tablePartner[a] < 0)
            m_created << &m_after.tables[a];
    }
    for (const TablePair &pair : std::as_const(ordered))
        m_renamedBefore << m_pairing.renamedBefore(pair);
    for (qsizetype i = 0; i < ordered.size(); ++i)
        m_pairs << TablePair{&m_renamedBefore[i], ordered[i].after, ordered[i].columnPartner};
    for (qsizetype b = 0; b < m_before.tables.size(); ++b) {
        if (m_pairing.beforePartner[b] < 0)
            m_dropped << &m_before.tables[b];
    }
}

void DiffBuilderV1::emitColumns()
{
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
            const qsizetype b = pair.columnPartner[a];
            if (b >= 0 && original(pair).columns[b].name != pair.after->columns[a].name)
                m_operations << RenameColumn{pair.after->name, original(pair).columns[b].name,
                                             pair.after->columns[a].name};
        }
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
            const ColumnDefinition &column = pair.after->columns[a];
            if (RecreationRules::isAddedInPlace(pair, a))
                m_operations << AddColumn{pair.after->name, column, inlineReference(*pair.after, column.name),
                                          QString()};
        }
    }
    // A generated column changed in a table that is not recreated: dropped and added again.
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (isRecreated(pair.after->name))
            continue;
        for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
            const ColumnDefinition *old = pair.beforeColumn(a);
            const ColumnDefinition &now = pair.after->columns[a];
            if (!old || !RecreationRules::generatedChanged(*old, now))
                continue;
            m_operations << DropColumn{pair.after->name, now.name}
                         << AddColumn{pair.after->name, now, inlineReference(*pair.after, now.name), QString()};
        }
    }
}

void DiffBuilderV1::emitViewDropsAroundRecreations()
{
    if (m_recreated.isEmpty())
        return;
    // The views as they read after the renames: SQLite has re-pointed them (SchemaEvolution does the same).
    SchemaDefinition current{m_renamedBefore, m_before.views};
    const QList<ViewDefinition> views = RebuildPlanner::dependentViews(current, m_recreated);
    for (auto v = views.crbegin(); v != views.crend(); ++v)
        m_operations << DropView{v->name};
    for (const ViewDefinition &v : views)
        m_viewsDroppedEarly << v.name; // in an order they can be created in
}

void DiffBuilderV1::emitRecreations()
{
    for (const QString &name : std::as_const(m_recreated)) {
        for (const TablePair &pair : std::as_const(m_pairs)) {
            if (pair.after->name != name)
                continue;
            RebuildTable op{*pair.after, {}};
            // rc.5 copies the old table's columns (in its order) that the new one still has, none generated.
            for (const ColumnDefinition &old : pair.before->columns) {
                const ColumnDefinition *now = pair.after->column(old.name);
                if (!old.isGenerated() && now && !now->isGenerated())
                    op.copies.append({old.name, old.name, QString()});
            }
            m_operations << op;
        }
    }
}

void DiffBuilderV1::emitIndexes()
{
    struct Group
    {
        QString table;
        QList<IndexDefinition> dropped;
        QList<IndexDefinition> created;
    };
    QList<Group> groups; // rc.5 groups index changes by table: tables with a new index first
    QHash<QString, qsizetype> groupOf;
    const auto group = [&groups, &groupOf](const QString &table) -> Group & {
        qsizetype at = groupOf.value(table, -1);
        if (at < 0) {
            at = groups.size();
            groupOf.insert(table, at);
            groups.append(Group{table, {}, {}});
        }
        return groups[at];
    };
    qsizetype nextPair = 0; // m_pairs follows `after`'s order
    for (const TableDefinition &t : m_after.tables) {
        const TablePair *pair =
            nextPair < m_pairs.size() && m_pairs[nextPair].after == &t ? &m_pairs[nextPair++] : nullptr;
        for (const IndexDefinition &index : t.indexes) {
            const IndexDefinition *old = pair ? findNamed(pair->before->indexes, index.name) : nullptr;
            if (!old || !sameIndexShape(*old, index))
                group(t.name).created << index; // a changed one too: rc.5 writes nothing for it
        }
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (const IndexDefinition &old : pair.before->indexes) {
            const IndexDefinition *now = findNamed(pair.after->indexes, old.name);
            if (!now || (!sameIndexShape(old, *now) && !isRecreated(pair.after->name)))
                group(pair.after->name).dropped << old;
        }
    }
    for (const TableDefinition *t : std::as_const(m_dropped)) {
        for (const IndexDefinition &old : t->indexes)
            group(t->name).dropped << old;
    }
    for (const Group &g : std::as_const(groups)) {
        for (const IndexDefinition &index : g.dropped)
            m_operations << DropIndex{g.table, index.name};
    }
    for (const QString &name : std::as_const(m_recreated)) {
        for (const TableDefinition &t : m_after.tables) {
            if (t.name == name) {
                for (const IndexDefinition &index : t.indexes)
                    m_operations << CreateIndex{index};
            }
        }
    }
    for (const Group &g : std::as_const(groups)) {
        if (isRecreated(g.table))
            continue;
        for (const IndexDefinition &index : g.created)
            m_operations << CreateIndex{index};
    }
}

void DiffBuilderV1::emitDrops()
{
    for (const TableDefinition *t : std::as_const(m_dropped))
        m_operations << DropTable{t->name};
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (isRecreated(pair.after->name))
            continue;
        for (qsizetype b = 0; b < pair.before->columns.size(); ++b) {
            if (!pair.isKept(b))
                m_operations << DropColumn{pair.after->name, pair.before->columns[b].name};
        }
    }
}

void DiffBuilderV1::emitViews()
{
    // drizzle-kit 1.0 asks about no view renames: a view is its name.
    QList<Operation> drops;
    QList<Operation> creates;
    for (const QString &name : std::as_const(m_viewsDroppedEarly)) {
        const ViewDefinition *now = findNamed(m_after.views, name);
        if (now && !now->isExisting)
            creates << CreateView{now->name, now->definition};
    }
    for (const ViewDefinition &old : m_before.views) {
        const ViewDefinition *now = findNamed(m_after.views, old.name);
        if (m_viewsDroppedEarly.contains(old.name) || old.isExisting)
            continue;
        if (!now || now->isExisting)
            drops << DropView{old.name};
    }
    for (const ViewDefinition &now : m_after.views) {
        if (!now.isExisting && !findNamed(m_before.views, now.name))
            creates << CreateView{now.name, now.definition};
    }
    for (const ViewDefinition &old : m_before.views) {
        const ViewDefinition *now = findNamed(m_after.views, old.name);
        if (!now || old.isExisting || now->isExisting || m_viewsDroppedEarly.contains(old.name))
            continue;
        if (old.definition != now->definition) {
            drops << DropView{old.name};
            creates << CreateView{now->name, now->definition};
        }
    }
    for (const ViewDefinition &now : m_after.views) {
        const ViewDefinition *old = findNamed(m_before.views, now.name);
        if (old && old->isExisting && !now.isExisting)
            creates << CreateView{now.name, now.definition};
    }
    m_operations << drops << creates;
}

} // namespace tw::migrations
