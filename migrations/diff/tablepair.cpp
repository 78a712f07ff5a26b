// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/tablepair.h"

#include "migrations/diff/namematcher.h"

#include <QHash>

namespace tw::migrations {
namespace {

QStringList renamed(const QStringList &names, const QHash<QString, QString> &map)
{
    QStringList out;
    for (const QString &n : names)
        out << map.value(n, n);
    return out;
}

/// Old column names to new ones of @p pair.
QHash<QString, QString> columnNames(const TablePair &pair)
{
    QHash<QString, QString> out;
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        if (const ColumnDefinition *old = pair.beforeColumn(a))
            out.insert(old->name, pair.after->columns[a].name);
    }
    return out;
}

} // namespace

TableDefinition SchemaPairing::renamedBefore(const TablePair &pair) const
{
    TableDefinition t = *pair.before;
    const QHash<QString, QString> own = columnNames(pair);
    t.name = pair.after->name;
    for (ColumnDefinition &c : t.columns)
        c.name = own.value(c.name, c.name);
    t.compositePrimaryKey = renamed(t.compositePrimaryKey, own);
    for (UniqueDefinition &u : t.uniques)
        u.columns = renamed(u.columns, own);
    for (IndexDefinition &index : t.indexes) {
        index.table = t.name;
        for (IndexTerm &term : index.terms) {
            if (!term.isExpression)
                term.text = own.value(term.text, term.text);
        }
    }
    for (ForeignKeyDefinition &fk : t.foreignKeys) {
        fk.table = t.name;
        fk.columns = renamed(fk.columns, own);
        if (const qsizetype target = m_pairOfBeforeName.value(fk.targetTable, -1); target >= 0) {
            fk.targetColumns = renamed(fk.targetColumns, columnNames(pairs[target]));
            fk.targetTable = pairs[target].after->name;
        }
    }
    return t;
}

SchemaPairing SchemaPairing::of(const SchemaDefinition &before, const SchemaDefinition &after,
                                const DiffOptions &options)
{
    const bool ids = options.matching == DiffOptions::Matching::IdsThenNames;
    SchemaPairing out;
    out.tablePartner = NameMatcher::match(NameMatcher::items(before.tables), NameMatcher::items(after.tables), ids,
                                          options.renames.tables);
    out.beforePartner = QList<qsizetype>(before.tables.size(), -1);
    for (qsizetype a = 0; a < after.tables.size(); ++a) {
        if (out.tablePartner[a] >= 0)
            out.beforePartner[out.tablePartner[a]] = a;
    }
    out.afterPair = QList<qsizetype>(after.tables.size(), -1);
    for (qsizetype b = 0; b < before.tables.size(); ++b) {
        const qsizetype a = out.beforePartner[b];
        if (a < 0)
            continue;
        out.afterPair[a] = out.pairs.size();
        if (!out.m_pairOfBeforeName.contains(before.tables[b].name))
            out.m_pairOfBeforeName.insert(before.tables[b].name, out.pairs.size());
        TablePair pair{&before.tables[b], &after.tables[a], {}};
        NameMatcher::Renames columnRenames;
        for (const RenameMap::ColumnRename &r : options.renames.columns) {
            if (r.table == pair.after->name)
                columnRenames.append(RenameMap::TableRename{r.from, r.to});
        }
        pair.columnPartner = NameMatcher::match(NameMatcher::items(pair.before->columns),
                                                NameMatcher::items(pair.after->columns), ids, columnRenames);
        out.pairs << pair;
    }
    return out;
}

bool sameIndexShape(const IndexDefinition &a, const IndexDefinition &b)
{
    // The table name is not part of it: drizzle-kit compares `name;columns;isUnique;where`.
    return a.name == b.name && a.unique == b.unique && a.terms == b.terms && a.where == b.where;
}

const ColumnDefinition *TablePair::beforeColumn(qsizetype afterColumn) const
{
    const qsizetype b = columnPartner.value(afterColumn, -1);
    return b < 0 ? nullptr : &before->columns[b];
}

bool TablePair::isKept(qsizetype beforeColumn) const
{
    return columnPartner.contains(beforeColumn);
}

QList<const IndexDefinition *> TablePair::addedIndexes() const
{
    QList<const IndexDefinition *> out;
    for (const IndexDefinition &index : after->indexes) {
        if (!findNamed(before->indexes, index.name))
            out << &index;
    }
    return out;
}

QList<const IndexDefinition *> TablePair::droppedIndexes() const
{
    QList<const IndexDefinition *> out;
    for (const IndexDefinition &index : before->indexes) {
        if (!findNamed(after->indexes, index.name))
            out << &index;
    }
    return out;
}

QList<QPair<const IndexDefinition *, const IndexDefinition *>> TablePair::changedIndexes() const
{
    QList<QPair<const IndexDefinition *, const IndexDefinition *>> out;
    for (const IndexDefinition &old : before->indexes) {
        const IndexDefinition *now = findNamed(after->indexes, old.name);
        if (now && !sameIndexShape(old, *now))
            out.append(qMakePair(&old, now));
    }
    return out;
}

QList<const ForeignKeyDefinition *> TablePair::addedForeignKeys() const
{
    QList<const ForeignKeyDefinition *> out;
    for (const ForeignKeyDefinition &fk : after->foreignKeys) {
        const ForeignKeyDefinition *old = findNamed(before->foreignKeys, fk.name);
        if (!old || !(*old == fk))
            out << &fk;
    }
    return out;
}

bool TablePair::hasDroppedOrChangedForeignKey() const
{
    for (const ForeignKeyDefinition &old : before->foreignKeys) {
        const ForeignKeyDefinition *now = findNamed(after->foreignKeys, old.name);
        if (!now || !(*now == old))
            return true;
    }
    return false;
}

bool TablePair::hasDroppedOrChangedCheck() const
{
    for (const CheckDefinition &old : before->checks) {
        const CheckDefinition *now = findNamed(after->checks, old.name);
        if (!now || !(*now == old))
            return true;
    }
    return false;
}

bool TablePair::hasAddedOrChangedCheck() const
{
    for (const CheckDefinition &now : after->checks) {
        const CheckDefinition *old = findNamed(before->checks, now.name);
        if (!old || !(*old == now))
            return true;
    }
    return false;
}

} // namespace tw::migrations
