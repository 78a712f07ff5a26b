// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/schemareferencechecker.h"

namespace tw::model {

QString SchemaReferenceChecker::check(const Schema &schema)
{
    for (qsizetype i = 0; i < schema.tables.size(); ++i) {
        const QString error = checkTable(schema, schema.tables[i], QStringLiteral("schema.tables[%1]").arg(i));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString SchemaReferenceChecker::checkTable(const Schema &schema, const Table &table, const QString &path)
{
    QString error;
    if (table.primaryKey)
        error = checkColumns(table, table.primaryKey->columns, path + QStringLiteral(".primaryKey.columns"), "");
    for (qsizetype i = 0; error.isEmpty() && i < table.indexes.size(); ++i) {
        const QList<IndexPart> &parts = table.indexes[i].parts;
        for (qsizetype p = 0; error.isEmpty() && p < parts.size(); ++p) {
            if (!parts[p].isExpression() && !table.column(parts[p].column)) {
                error = QStringLiteral("%1.indexes[%2].parts[%3].column: no column of table \"%4\" has id \"%5\"")
                            .arg(path)
                            .arg(i)
                            .arg(p)
                            .arg(table.name, parts[p].column.toString());
            }
        }
    }
    for (qsizetype i = 0; error.isEmpty() && i < table.uniqueConstraints.size(); ++i) {
        error = checkColumns(table, table.uniqueConstraints[i].columns,
                             path + QStringLiteral(".uniqueConstraints[%1].columns").arg(i), "");
    }
    for (qsizetype i = 0; error.isEmpty() && i < table.foreignKeys.size(); ++i) {
        const ForeignKey &fk = table.foreignKeys[i];
        const QString fkPath = path + QStringLiteral(".foreignKeys[%1]").arg(i);
        error = checkColumns(table, fk.columns, fkPath + QStringLiteral(".columns"), "");
        if (!error.isEmpty())
            break;
        const Table *target = schema.table(fk.targetTable);
        if (!target)
            return QStringLiteral("%1.targetTable: no table has id \"%2\"").arg(fkPath, fk.targetTable.toString());
        error = checkColumns(*target, fk.targetColumns, fkPath + QStringLiteral(".targetColumns"), "target ");
    }
    return error;
}

QString SchemaReferenceChecker::checkColumns(const Table &table, const QList<Id> &columns, const QString &path,
                                             const char *whose)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!table.column(columns[i])) {
            return QStringLiteral("%1[%2]: no column of the %3table \"%4\" has id \"%5\"")
                .arg(path)
                .arg(i)
                .arg(QLatin1String(whose), table.name, columns[i].toString());
        }
    }
    return {};
}

} // namespace tw::model
