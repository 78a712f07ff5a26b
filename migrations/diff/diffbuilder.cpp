// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/diffbuilder.h"

#include "migrations/diff/namematcher.h"
#include "migrations/diff/warningcollector.h"

namespace tw::migrations {
namespace {

/// Changes SQLite cannot make to a column in place (drizzle-kit's "alter column" statements).
bool needsRebuild(const ColumnDefinition &b, const ColumnDefinition &a)
{
    return b.type != a.type || b.notNull != a.notNull || b.autoincrement != a.autoincrement ||
           b.defaultSql != a.defaultSql;
}

bool generatedChanged(const ColumnDefinition &b, const ColumnDefinition &a)
{
    return b.generatedExpression != a.generatedExpression ||
           (a.isGenerated() && b.generatedStored != a.generatedStored);
}

} // namespace

DiffBuilder::DiffBuilder(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options)
    : m_before(before)
    , m_after(after)
    , m_options(options)
    , m_combiner([this](const QString &table, const QStringList &added) { return rebuild(table, added); })
{
}

MigrationPlan DiffBuilder::build()
{
    pairTables();
    emitTableLevel();
    emitColumnRenames();
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (pair.hasDroppedOrChangedForeignKey())
            m_combiner.requireRebuild(pair.after->name);
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (pair.hasDroppedOrChangedCheck())
            m_combiner.requireRebuild(pair.after->name);
    }
    emitDroppedIndexes();
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (compositeKeyReplaced(pair) && !pair.before->compositePrimaryKey.isEmpty())
            m_combiner.requireRebuild(pair.after->name);
    }
    for (const TablePair &pair : std::as_const(m_pairs))
        emitColumnChanges(pair);
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (compositeKeyReplaced(pair) && !pair.after->compositePrimaryKey.isEmpty())
            m_combiner.requireRebuild(pair.after->name);
    }
    for (const TablePair &pair : std::as_const(m_pairs))
        emitAddedColumns(pair);
    emitIndexesAndKeys();
    emitDroppedColumns();
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (compositeKeyAltered(pair))
            m_combiner.requireRebuild(pair.after->name);
    }
    emitViews();

    MigrationPlan plan;
    plan.operations = m_combiner.operations();
    plan.warnings = WarningCollector::collect(m_pairs, m_dropped);
    return plan;
}

void DiffBuilder::pairTables()
{
    const SchemaPairing pairing = SchemaPairing::of(m_before, m_after, m_options);
    m_pairs = pairing.pairs;
    for (qsizetype b = 0; b < m_before.tables.size(); ++b) {
        if (pairing.beforePartner[b] < 0)
            m_dropped << &m_before.tables[b];
    }
    for (qsizetype a = 0; a < m_after.tables.size(); ++a) {
        const qsizetype partner = pairing.tablePartner[a];
        if (partner < 0)
            m_created << &m_after.tables[a];
        else if (m_before.tables[partner].name != m_after.tables[a].name)
            m_renamed.append(qMakePair(&m_before.tables[partner], &m_after.tables[a]));
    }
}

void DiffBuilder::emitTableLevel()
{
    for (const TableDefinition *table : std::as_const(m_created))
        m_combiner.addOperation(table->name, CreateTable{*table});
    for (const TableDefinition *table : std::as_const(m_dropped))
        m_combiner.addOperation(table->name, DropTable{table->name});
    for (const auto &[from, to] : std::as_const(m_renamed))
        m_combiner.addOperation(to->name, RenameTable{from->name, to->name});
}

void DiffBuilder::emitColumnRenames()
{
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
            const ColumnDefinition *old = pair.beforeColumn(a);
            if (old && old->name != pair.after->columns[a].name)
                m_combiner.addOperation(pair.after->name,
                                        RenameColumn{pair.after->name, old->name, pair.after->columns[a].name});
        }
    }
}

void DiffBuilder::emitDroppedIndexes()
{
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (const IndexDefinition *index : pair.droppedIndexes())
            m_combiner.addOperation(pair.after->name, DropIndex{pair.after->name, index->name});
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (const auto &[old, now] : pair.changedIndexes())
            m_combiner.addOperation(pair.after->name, DropIndex{pair.after->name, old->name});
    }
}

void DiffBuilder::emitColumnChanges(const TablePair &pair)
{
    const QString &table = pair.after->name;
    // drizzle-kit emits primary key changes of a table before its other column changes.
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        const ColumnDefinition *old = pair.beforeColumn(a);
        if (old && old->primaryKey != pair.after->columns[a].primaryKey) {
            m_combiner.requireRebuild(table);
            return;
        }
    }
    // drizzle-kit walks the altered columns in their old order.
    for (qsizetype b = 0; b < pair.before->columns.size(); ++b) {
        const qsizetype a = pair.columnPartner.indexOf(b);
        if (a < 0)
            continue;
        const ColumnDefinition &old = pair.before->columns[b];
        const ColumnDefinition &now = pair.after->columns[a];
        if (needsRebuild(old, now))
            m_combiner.requireRebuild(table);
        if (!generatedChanged(old, now))
            continue;
        if (now.isGenerated() && now.generatedStored) {
            // drizzle-kit only warns and writes nothing (ADD cannot add a STORED column): rebuild instead.
            m_combiner.requireRebuild(table);
            continue;
        }
        m_combiner.addOperation(table, DropColumn{table, now.name});
        m_combiner.addOperation(table, AddColumn{table, now, std::nullopt, QString()});
    }
}

void DiffBuilder::emitAddedColumns(const TablePair &pair)
{
    const QString &table = pair.after->name;
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        if (pair.columnPartner[a] >= 0)
            continue;
        const ColumnDefinition &column = pair.after->columns[a];
        if (column.primaryKey || (column.isGenerated() && column.generatedStored)) {
            m_combiner.requireRebuild(table);
            continue;
        }
        std::optional<ForeignKeyDefinition> reference;
        for (const ForeignKeyDefinition *fk : pair.addedForeignKeys()) {
            const bool isNew = std::none_of(pair.before->foreignKeys.cbegin(), pair.before->foreignKeys.cend(),
                                            [fk](const ForeignKeyDefinition &old) { return old.name == fk->name; });
            if (isNew && fk->columns.contains(column.name)) {
                // Only a one-column key can be written inline; a wider one makes the table rebuild below.
                if (fk->columns.size() == 1)
                    reference = *fk;
                break;
            }
        }
        m_combiner.addOperation(table, AddColumn{table, column, reference, QString()});
    }
}

void DiffBuilder::emitIndexesAndKeys()
{
    for (const TableDefinition *table : std::as_const(m_created)) {
        for (const IndexDefinition &index : table->indexes)
            m_combiner.addOperation(table->name, CreateIndex{index});
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (const IndexDefinition *index : pair.addedIndexes())
            m_combiner.addOperation(pair.after->name, CreateIndex{*index});
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (const auto &[old, now] : pair.changedIndexes())
            m_combiner.addOperation(pair.after->name, CreateIndex{*now});
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        if (pair.hasAddedOrChangedCheck())
            m_combiner.requireRebuild(pair.after->name);
    }
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (const ForeignKeyDefinition *fk : pair.addedForeignKeys())
            m_combiner.addForeignKey(pair.after->name, fk->columns.value(0), fk->columns.size() == 1);
    }
}

void DiffBuilder::emitDroppedColumns()
{
    for (const TablePair &pair : std::as_const(m_pairs)) {
        for (qsizetype b = 0; b < pair.before->columns.size(); ++b) {
            if (pair.isKept(b))
                continue;
            // SQLite refuses `DROP COLUMN` of a primary key column ("cannot drop PRIMARY KEY column").
            if (pair.before->columns[b].primaryKey)
                m_combiner.requireRebuild(pair.after->name);
            else
                m_combiner.addOperation(pair.after->name, DropColumn{pair.after->name, pair.before->columns[b].name});
        }
    }
}

bool DiffBuilder::compositeKeyReplaced(const TablePair &pair) const
{
    // drizzle-kit keys composite keys by name: a new name with the same columns is no change at all.
    const TableDefinition &b = *pair.before;
    const TableDefinition &a = *pair.after;
    const bool bothNamed = !b.compositePrimaryKey.isEmpty() && !a.compositePrimaryKey.isEmpty();
    if (bothNamed && b.compositePrimaryKeyName == a.compositePrimaryKeyName)
        return false;
    return b.compositePrimaryKey != a.compositePrimaryKey;
}

bool DiffBuilder::compositeKeyAltered(const TablePair &pair) const
{
    const TableDefinition &b = *pair.before;
    const TableDefinition &a = *pair.after;
    return !b.compositePrimaryKey.isEmpty() && !a.compositePrimaryKey.isEmpty() &&
           b.compositePrimaryKeyName == a.compositePrimaryKeyName && b.compositePrimaryKey != a.compositePrimaryKey;
}

QList<Operation> DiffBuilder::rebuild(const QString &table, const QStringList &addedColumns) const
{
    QList<Operation> out;
    for (const TablePair &pair : m_pairs) {
        if (pair.after->name != table)
            continue;
        RebuildTable op{*pair.after, {}};
        for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
            const ColumnDefinition &column = pair.after->columns[a];
            // A generated column cannot be inserted into; a new one has no source (drizzle-kit selects it anyway).
            if (!column.isGenerated() && (pair.columnPartner[a] >= 0 || addedColumns.contains(column.name)))
                op.copies.append({column.name, column.name, QString()});
        }
        out << op;
        for (const IndexDefinition &index : pair.after->indexes)
            out << CreateIndex{index};
    }
    return out;
}

void DiffBuilder::emitViews()
{
    const bool ids = m_options.matching == DiffOptions::Matching::IdsThenNames;
    const QList<qsizetype> partner = NameMatcher::match(
        NameMatcher::items(m_before.views), NameMatcher::items(m_after.views), ids, m_options.renames.views);
    const QString group = StatementCombiner::viewGroup();
    QList<Operation> drops;
    QList<Operation> creates;
    for (qsizetype b = 0; b < m_before.views.size(); ++b) {
        if (!partner.contains(b) && !m_before.views[b].isExisting)
            drops << DropView{m_before.views[b].name};
    }
    for (qsizetype a = 0; a < m_after.views.size(); ++a) {
        if (partner[a] < 0 && !m_after.views[a].isExisting)
            creates << CreateView{m_after.views[a].name, m_after.views[a].definition};
    }
    for (qsizetype a = 0; a < m_after.views.size(); ++a) {
        const ViewDefinition &now = m_after.views[a];
        if (partner[a] >= 0 && m_before.views[partner[a]].name != now.name && !now.isExisting) {
            drops << DropView{m_before.views[partner[a]].name};
            creates << CreateView{now.name, now.definition};
        }
    }
    for (qsizetype b = 0; b < m_before.views.size(); ++b) {
        const qsizetype a = partner.indexOf(b);
        if (a < 0 || m_after.views[a].name != m_before.views[b].name || m_after.views[a].isExisting)
            continue;
        const ViewDefinition &old = m_before.views[b];
        const ViewDefinition &now = m_after.views[a];
        if (old.definition != now.definition || old.isExisting != now.isExisting) {
            // drizzle-kit also drops a view that was only declared (`.existing()`), which fails: no such view.
            if (!old.isExisting)
                drops << DropView{now.name};
            creates << CreateView{now.name, now.definition};
        }
    }
    for (const Operation &op : std::as_const(drops))
        m_combiner.addOperation(group, op);
    for (const Operation &op : std::as_const(creates))
        m_combiner.addOperation(group, op);
}

} // namespace tw::migrations
