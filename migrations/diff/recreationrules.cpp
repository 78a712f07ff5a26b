// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/recreationrules.h"

#include <QSet>

namespace tw::migrations {
namespace {

/// Items of @p now without a namesake in @p old.
template<typename T>
bool anyAdded(const QList<T> &old, const QList<T> &now)
{
    return std::any_of(now.cbegin(), now.cend(), [&old](const T &item) { return !findNamed(old, item.name); });
}

/// Items present on both sides under one name whose content differs (@p same compares the content).
template<typename T, typename Same>
bool anyAltered(const QList<T> &old, const QList<T> &now, Same same)
{
    return std::any_of(old.cbegin(), old.cend(), [&](const T &item) {
        const T *other = findNamed(now, item.name);
        return other && !same(item, *other);
    });
}

bool keyAddedOrDropped(const TableDefinition &old, const TableDefinition &now)
{
    return old.primaryKeyName != now.primaryKeyName;
}

bool keyAltered(const TableDefinition &old, const TableDefinition &now)
{
    if (old.primaryKeyName.isEmpty() || old.primaryKeyName != now.primaryKeyName)
        return false;
    const QStringList a = old.keyColumns();
    const QStringList b = now.keyColumns();
    return a.size() != b.size() || QSet<QString>(a.cbegin(), a.cend()) != QSet<QString>(b.cbegin(), b.cend());
}

bool sameForeignKey(const ForeignKeyDefinition &a, const ForeignKeyDefinition &b)
{
    return a.columns == b.columns && a.targetTable == b.targetTable && a.targetColumns == b.targetColumns &&
           a.onUpdate == b.onUpdate && a.onDelete == b.onDelete;
}

/// Foreign keys added or dropped; one on a column added in place is written inline by its ADD instead (a key
/// over several columns that starts there too, in rc.5, which then loses it: recreate for those).
bool foreignKeyAddedOrDropped(const TablePair &pair)
{
    QStringList added;
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        if (RecreationRules::isAddedInPlace(pair, a))
            added << pair.after->columns[a].name;
    }
    for (const ForeignKeyDefinition &fk : pair.after->foreignKeys) {
        if (!findNamed(pair.before->foreignKeys, fk.name) &&
            (!added.contains(fk.columns.value(0)) || fk.columns.size() > 1))
            return true;
    }
    return anyAdded(pair.after->foreignKeys, pair.before->foreignKeys);
}

bool storedGeneratedAddedOrMade(const TablePair &pair)
{
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        const ColumnDefinition &now = pair.after->columns[a];
        if (!now.isGenerated() || !now.generatedStored)
            continue;
        const ColumnDefinition *old = pair.beforeColumn(a);
        if (!old || RecreationRules::generatedChanged(*old, now))
            return true;
    }
    return false;
}

bool columnAltered(const TablePair &pair)
{
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        const ColumnDefinition *old = pair.beforeColumn(a);
        if (old && RecreationRules::needsRecreation(*pair.after, *old, pair.after->columns[a]))
            return true;
    }
    return false;
}

bool defaultsCommute(const std::optional<QString> &from, const std::optional<QString> &to)
{
    if (from == to)
        return true;
    if (!from || !to)
        return false;
    return *from == u'(' + *to + u')' || *to == u'(' + *from + u')';
}

} // namespace

bool RecreationRules::isAddedInPlace(const TablePair &pair, qsizetype afterColumn)
{
    const ColumnDefinition &c = pair.after->columns[afterColumn];
    return pair.columnPartner[afterColumn] < 0 && !(c.isGenerated() && c.generatedStored);
}

bool RecreationRules::generatedChanged(const ColumnDefinition &old, const ColumnDefinition &now)
{
    return old.generatedExpression != now.generatedExpression ||
           (old.isGenerated() && now.isGenerated() && old.generatedStored != now.generatedStored);
}

bool RecreationRules::needsRecreation(const TableDefinition &after, const ColumnDefinition &old,
                                      const ColumnDefinition &now)
{
    const bool keyColumn = after.keyColumns() == QStringList{now.name};
    return old.type != now.type || old.autoincrement != now.autoincrement ||
           (old.notNull != now.notNull && !keyColumn) || !defaultsCommute(old.defaultSql, now.defaultSql);
}

QStringList RecreationRules::recreatedTables(const QList<TablePair> &pairs)
{
    QStringList out;
    QSet<QString> listed;
    const auto collect = [&](auto changed) {
        for (const TablePair &pair : pairs) {
            if (!listed.contains(pair.after->name) && changed(pair)) {
                out << pair.after->name;
                listed.insert(pair.after->name);
            }
        }
    };
    // rc.5 lists created entities (new state's order), then dropped ones (old state's order), per kind.
    collect([](const TablePair &p) { return anyAdded(p.before->checks, p.after->checks); });
    collect([](const TablePair &p) { return anyAdded(p.after->checks, p.before->checks); });
    collect([](const TablePair &p) { return anyAdded(p.before->uniques, p.after->uniques); });
    collect([](const TablePair &p) { return anyAdded(p.after->uniques, p.before->uniques); });
    collect([](const TablePair &p) { return keyAddedOrDropped(*p.before, *p.after); });
    collect([](const TablePair &p) { return foreignKeyAddedOrDropped(p); });
    collect([](const TablePair &p) { return storedGeneratedAddedOrMade(p); });
    collect([](const TablePair &p) { return columnAltered(p); });
    collect([](const TablePair &p) { return keyAltered(*p.before, *p.after); });
    collect([](const TablePair &p) { return anyAltered(p.before->foreignKeys, p.after->foreignKeys, sameForeignKey); });
    collect([](const TablePair &p) {
        return anyAltered(p.before->uniques, p.after->uniques,
                          [](const UniqueDefinition &a, const UniqueDefinition &b) { return a.columns == b.columns; });
    });
    collect([](const TablePair &p) {
        return anyAltered(p.before->checks, p.after->checks, [](const CheckDefinition &a, const CheckDefinition &b) {
            return a.expression == b.expression;
        });
    });
    return out;
}

} // namespace tw::migrations
