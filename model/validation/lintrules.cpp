// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"
#include "model/validation/locations.h"
#include "model/validation/rules.h"

#include <QSet>

#include <algorithm>

namespace tw::model::validation {
namespace {

bool isUsableSqlName(const QString &name)
{
    return !name.trimmed().isEmpty() && naming::sqliteNameProblem(name).isEmpty();
}

// Shared by tables and columns: the guide's naming conventions and SQLite keywords.
void lintNames(FindingCollector &out, const FindingLocation &where, const QString &what, const QString &name,
               const QString &explicitTsName)
{
    if (isUsableSqlName(name) && !naming::isSnakeCase(name)) {
        const QString suggestion = naming::snakeCaseFromAny(name);
        const QString example =
            naming::isSnakeCase(suggestion) ? QStringLiteral("; e.g. \"%1\"").arg(suggestion) : QString();
        out.warning("not-snake-case", where,
                    QStringLiteral("%1 name \"%2\" is not snake_case (lowercase ASCII words joined by underscores, "
                                   "starting with a letter) as the guide asks%3")
                        .arg(what, name, example));
    }
    if (isUsableSqlName(name) && naming::isSqliteKeyword(name)) {
        out.warning("sql-keyword-name", where,
                    QStringLiteral("\"%1\" is a SQLite keyword: it works only quoted, so every hand-written query must "
                                   "quote it")
                        .arg(name));
    }
    if (!explicitTsName.isEmpty() && naming::isTypeScriptIdentifier(explicitTsName) &&
        !naming::isCamelCase(explicitTsName)) {
        out.warning("not-camel-case", where,
                    QStringLiteral("TypeScript name \"%1\" is not camelCase as the guide asks; e.g. \"%2\"")
                        .arg(explicitTsName, naming::camelCaseFromSnake(naming::snakeCaseFromAny(explicitTsName))));
    }
}

bool isMoneyLike(const QString &name)
{
    static const char *const words[] = {"price", "cost", "amount", "total", "balance", "fee", "salary"};
    const QString folded = naming::sqlFoldedName(name);
    return std::any_of(std::begin(words), std::end(words),
                       [&folded](const char *word) { return folded.contains(QLatin1String(word)); });
}

bool isTimestampLike(const Column &column)
{
    if (column.mode == DrizzleMode::Timestamp || column.mode == DrizzleMode::TimestampMs)
        return true;
    return column.type == SqlType::Integer && column.mode == DrizzleMode::None &&
           naming::sqlFoldedName(column.name).endsWith(QLatin1String("_at"));
}

bool sameSet(QList<Id> a, QList<Id> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

// Column lists whose leading columns SQLite can use to find the rows of @p table: the primary key, unique
// keys and every non-partial index (up to its first expression part).
QList<QList<Id>> searchableColumnLists(const Table &table)
{
    QList<QList<Id>> lists{table.primaryKeyColumns()};
    for (const Column &column : table.columns) {
        if (column.unique)
            lists.append(QList<Id>{column.id});
    }
    for (const UniqueConstraint &unique : table.uniqueConstraints)
        lists.append(unique.columns);
    for (const Index &index : table.indexes) {
        if (!index.where.trimmed().isEmpty())
            continue;
        QList<Id> columns;
        for (const IndexPart &part : index.parts) {
            if (part.isExpression())
                break;
            columns << part.column;
        }
        lists.append(columns);
    }
    return lists;
}

bool isJunctionTable(const Table &table)
{
    if (table.foreignKeys.size() != 2 || table.columns.isEmpty())
        return false;
    if (table.foreignKeys[0].targetTable == table.foreignKeys[1].targetTable)
        return false;
    QSet<Id> keyColumns;
    for (const ForeignKey &key : table.foreignKeys) {
        for (const Id &id : key.columns)
            keyColumns.insert(id);
    }
    return std::all_of(table.columns.cbegin(), table.columns.cend(),
                       [&keyColumns](const Column &c) { return keyColumns.contains(c.id); });
}

} // namespace

void lintTableNames(FindingCollector &out, const Table &table)
{
    lintNames(out, locate::table(table), QStringLiteral("table"), table.name, table.tsName);
}

void lintColumn(FindingCollector &out, const Table &table, const Column &column)
{
    const FindingLocation where = locate::column(table, column);
    lintNames(out, where, QStringLiteral("column"), column.name, column.tsName);
    if (column.type == SqlType::Real && isMoneyLike(column.name)) {
        out.warning("money-as-real", where,
                    QStringLiteral("money stored as real cannot hold most decimal amounts exactly; store integer "
                                   "cents (the smallest currency unit) as the guide advises"));
    }
    if (isTimestampLike(column) && column.defaultValue.kind() == ColumnDefault::Kind::Number) {
        const QString now = column.nowDefault();
        out.warning("frozen-timestamp-default", where,
                    QStringLiteral("default %1 is a constant, so every row gets the same time (the guide's "
                                   "default(Date.now()) freezes the moment the schema was built); use the SQL "
                                   "default %2")
                        .arg(column.defaultValue.text(), now));
    }
}

void lintForeignKey(FindingCollector &out, const TablesById &tables, const Table &table, const ForeignKey &key)
{
    const qsizetype n = key.columns.size();
    if (n == 0 ||
        std::any_of(key.columns.cbegin(), key.columns.cend(), [&table](const Id &id) { return !table.column(id); }))
        return;
    for (const QList<Id> &columns : searchableColumnLists(table)) {
        if (columns.size() >= n && sameSet(columns.first(n), key.columns))
            return;
    }
    const Table *target = tables.value(key.targetTable);
    const QString targetName = target ? target->name : QStringLiteral("the referenced table");
    const QString columns = locate::columnList(table, key.columns);
    out.warning("fk-without-index", locate::foreignKey(table, key),
                QStringLiteral("no index starts with %1, so deleting or updating a row of %2 scans all of %3; add an "
                               "index on %3 %1")
                    .arg(columns, targetName, table.name));
}

void lintTableShape(FindingCollector &out, const TablesById &tables, const Table &table)
{
    if (table.columns.isEmpty() || (table.primaryKey && table.primaryKey->columns.isEmpty()))
        return; // reported as errors already
    const QList<Id> keyColumns = table.primaryKeyColumns();
    if (isJunctionTable(table)) {
        QList<Id> fkColumns = table.foreignKeys[0].columns + table.foreignKeys[1].columns;
        if (sameSet(keyColumns, fkColumns))
            return;
        QStringList targets;
        for (const ForeignKey &key : table.foreignKeys) {
            const Table *target = tables.value(key.targetTable);
            targets << (target ? target->name : QStringLiteral("?"));
        }
        out.warning("junction-without-composite-key", locate::table(table),
                    QStringLiteral("%1 links %2 and %3 like a junction table but has no composite primary key over "
                                   "%4, so the same pair can be stored twice")
                        .arg(table.name, targets[0], targets[1], locate::columnList(table, fkColumns)));
        return;
    }
    if (keyColumns.isEmpty()) {
        out.warning("table-without-primary-key", locate::table(table),
                    QStringLiteral("the table has no primary key; the guide gives every table one (e.g. id integer "
                                   "primary key autoincrement)"));
    }
}

} // namespace tw::model::validation
