// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/schemareferencechecker.h"

namespace tw::model {
namespace {

// The position in @p columns of the first id that is no column of @p table, or -1.
qsizetype firstMissingColumn(const Table &table, const QList<Id> &columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!table.column(columns[i]))
            return i;
    }
    return -1;
}

} // namespace

QString SchemaReferenceChecker::check(const Schema &schema)
{
    const QHash<Id, const Table *> tables = schema.tablesById();
    for (qsizetype i = 0; i < schema.tables.size(); ++i) {
        const QString error = checkTable(tables, schema.tables[i], i);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// Paths are written only for the error, so that a valid schema of thousands of tables costs no strings.
QString SchemaReferenceChecker::checkTable(const QHash<Id, const Table *> &tables, const Table &table,
                                           qsizetype tableIndex)
{
    const auto path = [tableIndex] {
        return QStringLiteral("schema.tables[%1]").arg(tableIndex);
    };
    const auto columnsError = [&](const Table &owner, const QList<Id> &columns, qsizetype missing, const QString &at,
                                  const char *whose) {
        return QStringLiteral("%1%2[%3]: no column of the %4table \"%5\" has id \"%6\"")
            .arg(path(), at)
            .arg(missing)
            .arg(QLatin1String(whose), owner.name, columns[missing].toString());
    };
    if (table.primaryKey) {
        if (const qsizetype missing = firstMissingColumn(table, table.primaryKey->columns); missing >= 0)
            return columnsError(table, table.primaryKey->columns, missing, QStringLiteral(".primaryKey.columns"), "");
    }
    for (qsizetype i = 0; i < table.indexes.size(); ++i) {
        const QList<IndexPart> &parts = table.indexes[i].parts;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            if (!parts[p].isExpression() && !table.column(parts[p].column)) {
                return QStringLiteral("%1.indexes[%2].parts[%3].column: no column of table \"%4\" has id \"%5\"")
                    .arg(path())
                    .arg(i)
                    .arg(p)
                    .arg(table.name, parts[p].column.toString());
            }
        }
    }
    for (qsizetype i = 0; i < table.uniqueConstraints.size(); ++i) {
        const QList<Id> &columns = table.uniqueConstraints[i].columns;
        if (const qsizetype missing = firstMissingColumn(table, columns); missing >= 0)
            return columnsError(table, columns, missing, QStringLiteral(".uniqueConstraints[%1].columns").arg(i), "");
    }
    for (qsizetype i = 0; i < table.foreignKeys.size(); ++i) {
        const ForeignKey &fk = table.foreignKeys[i];
        const auto fkAt = [i] {
            return QStringLiteral(".foreignKeys[%1]").arg(i);
        };
        if (const qsizetype missing = firstMissingColumn(table, fk.columns); missing >= 0)
            return columnsError(table, fk.columns, missing, fkAt() + QStringLiteral(".columns"), "");
        const Table *target = tables.value(fk.targetTable);
        if (!target) {
            return QStringLiteral("%1%2.targetTable: no table has id \"%3\"")
                .arg(path(), fkAt(), fk.targetTable.toString());
        }
        if (const qsizetype missing = firstMissingColumn(*target, fk.targetColumns); missing >= 0)
            return columnsError(*target, fk.targetColumns, missing, fkAt() + QStringLiteral(".targetColumns"),
                                "target ");
    }
    return {};
}

} // namespace tw::model
