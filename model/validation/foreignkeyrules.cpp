// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"
#include "model/validation/locations.h"
#include "model/validation/rules.h"

namespace tw::model::validation {
namespace {

// drizzle's snapshots key foreign keys by name within a table, so two keys under one name would merge.
void checkForeignKeyName(FindingCollector &out, const TablesById &tables, const Table &table, qsizetype row,
                         const FindingLocation &where)
{
    const ForeignKey &key = table.foreignKeys[row];
    if (!key.name.isEmpty() && !checkSqlName(out, where, QStringLiteral("foreign key"), key.name))
        return;
    const QString name = locate::foreignKeyName(tables, table, key);
    for (qsizetype i = 0; i < row; ++i) {
        if (naming::sqlNamesEqual(locate::foreignKeyName(tables, table, table.foreignKeys[i]), name)) {
            out.error("duplicate-foreign-key-name", where,
                      QStringLiteral("table %1 already has a foreign key named \"%2\"").arg(table.name, name));
            return;
        }
    }
}

// Whether every id names a column of @p table (reporting the ones that do not).
bool checkTargetColumns(FindingCollector &out, const FindingLocation &where, const Table &target,
                        const QList<Id> &columnIds)
{
    bool allKnown = true;
    for (const Id &id : columnIds) {
        if (!target.column(id)) {
            out.error(
                "unknown-column", where,
                QStringLiteral("references a column that is not in table %1 (id %2)").arg(target.name, id.toString()));
            allKnown = false;
        }
    }
    return allKnown;
}

bool allColumnsKnown(const Table &table, const QList<Id> &columnIds)
{
    for (const Id &id : columnIds) {
        if (!table.column(id))
            return false;
    }
    return true;
}

void checkTypes(FindingCollector &out, const FindingLocation &where, const Table &table, const ForeignKey &key,
                const Table &target)
{
    for (qsizetype i = 0; i < key.columns.size(); ++i) {
        const Column &from = *table.column(key.columns[i]);
        const Column &to = *target.column(key.targetColumns[i]);
        if (from.type == to.type)
            continue;
        // SQLite and drizzle-kit accept it, so a warning: values are compared with type affinity.
        out.warning("fk-type-mismatch", where,
                    QStringLiteral("column %1 is %2 but the referenced column %3 is %4: SQLite compares them with "
                                   "type affinity, so a value such as '1' and 1 may not match and the key may refuse "
                                   "(or fail to find) rows that look equal")
                        .arg(locate::qualifiedColumn(table, from), sqlTypeName(from.type),
                             locate::qualifiedColumn(target, to), sqlTypeName(to.type)));
    }
}

void checkAction(FindingCollector &out, const FindingLocation &where, const Table &table, const ForeignKey &key,
                 ReferentialAction action, const QString &event)
{
    if (action != ReferentialAction::SetNull && action != ReferentialAction::SetDefault)
        return;
    for (const Id &id : key.columns) {
        const Column *column = table.column(id);
        if (!column)
            continue;
        if (action == ReferentialAction::SetNull && column->notNull) {
            // Legal SQL: it fails only when the action runs.
            out.warning("fk-set-null-on-not-null", where,
                        QStringLiteral("on %1 set null, but %2 is NOT NULL, so the %1 of a referenced row fails with "
                                       "\"NOT NULL constraint failed\"")
                            .arg(event, locate::qualifiedColumn(table, *column)));
        } else if (action == ReferentialAction::SetDefault && column->defaultValue.isNone()) {
            // Legal SQL (the default is then NULL), so a warning: it fails at run time only on a NOT NULL column.
            out.warning("fk-set-default-without-default", where,
                        QStringLiteral("on %1 set default, but %2 has no default, so it is set to NULL%3")
                            .arg(event, locate::qualifiedColumn(table, *column),
                                 column->notNull ? QStringLiteral(", which its NOT NULL refuses") : QString()));
        }
    }
}

// The target side: the table must exist, the columns must be its own and match in number (errors: the SQL would
// name nothing, or SQLite refuses the CREATE TABLE); they should match in type and form the target's primary key
// or a unique key (warnings: SQLite accepts the DDL and checks only when rows are written).
void checkTarget(FindingCollector &out, const TablesById &tables, const Table &table, const ForeignKey &key,
                 const FindingLocation &where)
{
    const Table *target = tables.value(key.targetTable);
    if (!target) {
        out.error(
            "unknown-table", where,
            QStringLiteral("references a table that is not in the schema (id %1)").arg(key.targetTable.toString()));
        return;
    }
    if (!checkTargetColumns(out, where, *target, key.targetColumns))
        return;
    checkColumnReferences(out, where, *target, key.targetColumns);
    if (key.columns.size() != key.targetColumns.size()) {
        out.error("fk-column-count-mismatch", where,
                  QStringLiteral("%1 column(s) %2 reference %3 column(s) %4%5")
                      .arg(QString::number(key.columns.size()), locate::columnList(table, key.columns),
                           QString::number(key.targetColumns.size()), target->name,
                           locate::columnList(*target, key.targetColumns)));
        return;
    }
    if (!target->isUniqueKey(key.targetColumns)) {
        out.warning("fk-target-not-unique", where,
                    QStringLiteral("references %1%2, which is neither the primary key nor a unique key of %1: SQLite "
                                   "accepts the table, but while foreign keys are enforced (always on D1) every write "
                                   "to %3 fails with \"foreign key mismatch\"")
                        .arg(target->name, locate::columnList(*target, key.targetColumns), table.name));
    }
    if (allColumnsKnown(table, key.columns))
        checkTypes(out, where, table, key, *target);
}

} // namespace

void checkForeignKeys(FindingCollector &out, const TablesById &tables, const Table &table)
{
    for (qsizetype row = 0; row < table.foreignKeys.size(); ++row) {
        const ForeignKey &key = table.foreignKeys[row];
        const FindingLocation where = locate::foreignKey(table, key);
        const qsizetype errorsBefore = out.errorCount();
        checkForeignKeyName(out, tables, table, row, where);
        if (key.columns.isEmpty()) {
            out.error("empty-foreign-key", where, QStringLiteral("the foreign key lists no columns"));
            continue;
        }
        checkColumnReferences(out, where, table, key.columns);
        checkTarget(out, tables, table, key, where);
        checkAction(out, where, table, key, key.onDelete, QStringLiteral("delete"));
        checkAction(out, where, table, key, key.onUpdate, QStringLiteral("update"));
        if (out.errorCount() == errorsBefore) // an index hint for a broken key would only be noise
            lintForeignKey(out, tables, table, key);
    }
}

} // namespace tw::model::validation
