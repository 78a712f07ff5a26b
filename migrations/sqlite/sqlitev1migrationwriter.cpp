// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlite/sqlitev1migrationwriter.h"

#include "migrations/rebuild/sqlidentifiers.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "model/schema/naming.h"

namespace tw::migrations {
namespace {

using model::ReferentialAction;

QString q(const QString &name)
{
    return model::naming::backticked(name);
}

QString columnList(const QStringList &names, const QString &separator)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << q(name);
    return quoted.join(separator);
}

/// ` ON UPDATE X ON DELETE Y`, each only when it is not NO ACTION.
QString actions(const ForeignKeyDefinition &fk)
{
    QString out;
    if (fk.onUpdate != ReferentialAction::NoAction)
        out += QStringLiteral(" ON UPDATE ") + SqliteV1MigrationWriter::actionName(fk.onUpdate);
    if (fk.onDelete != ReferentialAction::NoAction)
        out += QStringLiteral(" ON DELETE ") + SqliteV1MigrationWriter::actionName(fk.onDelete);
    return out;
}

QString generated(const ColumnDefinition &c)
{
    return QStringLiteral(" GENERATED ALWAYS AS ") + *c.generatedExpression +
           (c.generatedStored ? QStringLiteral(" STORED") : QStringLiteral(" VIRTUAL"));
}

/// The key's name as CREATE TABLE writes it: the V1 name, or the one a Classic definition carries.
QString keyName(const TableDefinition &table)
{
    return table.primaryKeyName.isEmpty() ? table.compositePrimaryKeyName : table.primaryKeyName;
}

QString columnLine(const TableDefinition &table, const ColumnDefinition &c)
{
    const bool columnKey = c.primaryKey && table.compositePrimaryKey.isEmpty();
    QString line = q(c.name) + u' ' + c.type;
    if (columnKey && !table.primaryKeyNameExplicit)
        line += QStringLiteral(" PRIMARY KEY");
    if (c.autoincrement)
        line += QStringLiteral(" AUTOINCREMENT");
    if (c.defaultSql && !c.defaultSql->isEmpty())
        line += QStringLiteral(" DEFAULT ") + *c.defaultSql;
    if (c.generatedExpression)
        line += generated(c);
    if (c.notNull && !(columnKey && c.type.startsWith(QLatin1String("int"), Qt::CaseInsensitive)))
        line += QStringLiteral(" NOT NULL");
    for (const UniqueDefinition &u : table.uniques) {
        if (u.columns == QStringList{c.name}) {
            line += u.nameExplicit ? QStringLiteral(" CONSTRAINT ") + q(u.name) + QStringLiteral(" UNIQUE")
                                   : QStringLiteral(" UNIQUE");
            break;
        }
    }
    return line;
}

QString addColumn(const AddColumn &op)
{
    const ColumnDefinition &c = op.column;
    QString sql = QStringLiteral("ALTER TABLE %1 ADD %2 %3").arg(q(op.table), q(c.name), c.type);
    if (c.defaultSql)
        sql += QStringLiteral(" DEFAULT ") + *c.defaultSql;
    if (c.generatedExpression)
        sql += generated(c);
    if (c.notNull)
        sql += QStringLiteral(" NOT NULL");
    if (op.reference) {
        const ForeignKeyDefinition &fk = *op.reference;
        if (fk.nameExplicit)
            sql += QStringLiteral(" CONSTRAINT ") + q(fk.name);
        QStringList targets;
        for (const QString &t : fk.targetColumns)
            targets << SqlIdentifiers::bareOrBackticked(t);
        sql += QStringLiteral(" REFERENCES ") + SqlIdentifiers::bareOrBackticked(fk.targetTable) + u'(' +
               targets.join(u',') + u')' + actions(fk);
    }
    return sql + u';';
}

QStringList rebuild(const RebuildTable &op)
{
    const QString &name = op.table.name;
    QStringList out{QStringLiteral("PRAGMA foreign_keys=OFF;"), SqliteV1MigrationWriter::newTable(op, false)};
    if (!op.copies.isEmpty())
        out << SqliteMigrationWriter::copyIntoNewTable(op, name, SqlDialect::V1);
    out << QStringLiteral("DROP TABLE %1;").arg(q(name)) << SqliteMigrationWriter::renameNewTable(name)
        << QStringLiteral("PRAGMA foreign_keys=ON;");
    return out;
}

} // namespace

QString SqliteV1MigrationWriter::actionName(ReferentialAction action)
{
    return model::referentialActionName(action).toUpper();
}

QString SqliteV1MigrationWriter::createTable(const TableDefinition &table, const QString &name)
{
    QStringList lines;
    for (const ColumnDefinition &column : table.columns)
        lines << u'\t' + columnLine(table, column);
    QStringList key = table.compositePrimaryKey;
    if (key.isEmpty() && table.primaryKeyNameExplicit) {
        for (const ColumnDefinition &c : table.columns) {
            if (c.primaryKey)
                key << c.name;
        }
    }
    if (!key.isEmpty())
        lines << QStringLiteral("\tCONSTRAINT %1 PRIMARY KEY(%2)")
                     .arg(q(keyName(table)), columnList(key, QStringLiteral(", ")));
    for (const ForeignKeyDefinition &fk : table.foreignKeys) {
        lines << QStringLiteral("\tCONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3(%4)")
                         .arg(q(fk.name), columnList(fk.columns, QStringLiteral(",")), q(fk.targetTable),
                              columnList(fk.targetColumns, QStringLiteral(","))) +
                     actions(fk);
    }
    for (const UniqueDefinition &u : table.uniques) {
        if (u.columns.size() > 1)
            lines << QStringLiteral("\tCONSTRAINT %1 UNIQUE(%2)")
                         .arg(q(u.name), columnList(u.columns, QStringLiteral(",")));
    }
    for (const CheckDefinition &check : table.checks)
        lines << QStringLiteral("\tCONSTRAINT ") + model::naming::doubleQuoted(check.name) + QStringLiteral(" CHECK(") +
                     check.expression + u')';
    return QStringLiteral("CREATE TABLE ") + q(name) + QStringLiteral(" (\n") + lines.join(QLatin1String(",\n")) +
           QStringLiteral("\n);\n");
}

QString SqliteV1MigrationWriter::newTable(const RebuildTable &op, bool selfReferencesToNewTable)
{
    const QString &name = op.table.name;
    const QString newName = SqliteMigrationWriter::newTableName(name);
    TableDefinition table = op.table;
    if (selfReferencesToNewTable) {
        for (ForeignKeyDefinition &fk : table.foreignKeys) {
            if (fk.targetTable.compare(name, Qt::CaseInsensitive) == 0)
                fk.targetTable = newName;
        }
    }
    return createTable(table, newName);
}

QStringList SqliteV1MigrationWriter::statements(const Operation &operation)
{
    if (const auto *op = std::get_if<CreateTable>(&operation))
        return {createTable(op->table, op->table.name)};
    if (const auto *op = std::get_if<RenameColumn>(&operation))
        return {QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;").arg(q(op->table), q(op->from), q(op->to))};
    if (const auto *op = std::get_if<AddColumn>(&operation))
        return SqliteMigrationWriter::withFill(*op, addColumn(*op));
    if (const auto *op = std::get_if<RebuildTable>(&operation))
        return rebuild(*op);
    if (const auto *op = std::get_if<DropIndex>(&operation))
        return {QStringLiteral("DROP INDEX IF EXISTS %1;").arg(q(op->name))};
    // DROP TABLE, RENAME TO, DROP COLUMN, CREATE INDEX and the view statements read the same in both dialects.
    return SqliteMigrationWriter::statements(operation);
}

QStringList SqliteV1MigrationWriter::statements(const MigrationPlan &plan)
{
    QStringList out;
    for (const Operation &operation : plan.operations)
        out << statements(operation);
    return out;
}

QString SqliteV1MigrationWriter::migrationText(const MigrationPlan &plan)
{
    return SqliteMigrationWriter::fileText(statements(plan));
}

} // namespace tw::migrations
