// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlite/sqlitemigrationwriter.h"

#include "migrations/rebuild/sqlidentifiers.h"
#include "model/schema/naming.h"

namespace tw::migrations {

using model::naming::backticked;
using model::naming::doubleQuoted;

namespace {

using model::ReferentialAction;

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QString columnList(const QStringList &names, const QString &separator)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << backticked(name);
    return quoted.join(separator);
}

QString columnLine(const ColumnDefinition &c, bool withAutoincrement)
{
    QString line = backticked(c.name) + u' ' + c.type;
    if (c.primaryKey)
        line += QStringLiteral(" PRIMARY KEY");
    if (withAutoincrement && c.autoincrement)
        line += QStringLiteral(" AUTOINCREMENT");
    if (c.defaultSql)
        line += QStringLiteral(" DEFAULT ") + *c.defaultSql;
    if (c.generatedExpression)
        line += QStringLiteral(" GENERATED ALWAYS AS ") + *c.generatedExpression +
                (c.generatedStored ? QStringLiteral(" STORED") : QStringLiteral(" VIRTUAL"));
    if (c.notNull)
        line += QStringLiteral(" NOT NULL");
    return line;
}

QString addColumn(const AddColumn &op)
{
    QString sql = QStringLiteral("ALTER TABLE %1 ADD %2").arg(backticked(op.table), columnLine(op.column, false));
    if (op.reference) {
        const ForeignKeyDefinition &fk = *op.reference;
        QStringList targets;
        for (const QString &c : fk.targetColumns)
            targets << SqlIdentifiers::bareOrBackticked(c);
        sql += QStringLiteral(" REFERENCES ") + SqlIdentifiers::bareOrBackticked(fk.targetTable) + u'(' +
               targets.join(u',') + u')';
        // drizzle-kit drops the actions here although its snapshot keeps them: write them.
        if (fk.onUpdate != ReferentialAction::NoAction)
            sql += QStringLiteral(" ON UPDATE ") + model::referentialActionName(fk.onUpdate);
        if (fk.onDelete != ReferentialAction::NoAction)
            sql += QStringLiteral(" ON DELETE ") + model::referentialActionName(fk.onDelete);
    }
    return sql + u';';
}

QString createIndex(const IndexDefinition &index)
{
    QStringList terms;
    for (const IndexTerm &term : index.terms)
        terms << (term.isExpression ? term.text : backticked(term.text));
    QString sql = QStringLiteral("CREATE %1 %2 ON %3 (%4)")
                      .arg(index.unique ? QStringLiteral("UNIQUE INDEX") : QStringLiteral("INDEX"),
                           backticked(index.name), backticked(index.table), terms.join(u','));
    if (!index.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + index.where;
    return sql + u';';
}

/// drizzle-kit points qualified references in CHECK expressions at the new table while it is being built.
QString retargeted(QString text, const QString &table, const QString &newTable)
{
    text.replace(u'"' + table + QStringLiteral("\"."), u'"' + newTable + QStringLiteral("\"."));
    text.replace(u'`' + table + QStringLiteral("`."), u'`' + newTable + QStringLiteral("`."));
    text.replace(table + u'.', newTable + u'.');
    text.replace(u'\'' + table + QStringLiteral("'."), u'\'' + newTable + QStringLiteral("'."));
    return text;
}

QStringList rebuild(const RebuildTable &op)
{
    const QString &name = op.table.name;
    QStringList out{QStringLiteral("PRAGMA foreign_keys=OFF;"), SqliteMigrationWriter::newTable(op, false)};
    if (!op.copies.isEmpty())
        out << SqliteMigrationWriter::copyIntoNewTable(op, name);
    out << QStringLiteral("DROP TABLE %1;").arg(backticked(name)) << SqliteMigrationWriter::renameNewTable(name)
        << QStringLiteral("PRAGMA foreign_keys=ON;");
    return out;
}

} // namespace

QStringList SqliteMigrationWriter::withFill(const AddColumn &op, const QString &addStatement)
{
    QStringList out{addStatement};
    if (!op.fill.isEmpty())
        out << QStringLiteral("UPDATE %1 SET %2 = %3;").arg(backticked(op.table), backticked(op.column.name), op.fill);
    return out;
}

QString SqliteMigrationWriter::newTableName(const QString &table)
{
    return QStringLiteral("__new_") + table;
}

QString SqliteMigrationWriter::newTable(const RebuildTable &op, bool selfReferencesToNewTable)
{
    const QString &name = op.table.name;
    const QString newName = newTableName(name);
    TableDefinition table = op.table;
    for (CheckDefinition &check : table.checks) {
        check.name = retargeted(check.name, name, newName);
        check.expression = retargeted(check.expression, name, newName);
    }
    if (selfReferencesToNewTable) {
        for (ForeignKeyDefinition &fk : table.foreignKeys) {
            if (fk.targetTable.compare(name, Qt::CaseInsensitive) == 0)
                fk.targetTable = newName;
        }
    }
    return createTable(table, newName);
}

QString SqliteMigrationWriter::copyIntoNewTable(const RebuildTable &op, const QString &sourceTable, SqlDialect dialect)
{
    const auto quoted = dialect == SqlDialect::V1 ? backticked : doubleQuoted;
    QStringList targets;
    QStringList sources;
    for (const ColumnCopy &copy : op.copies) {
        targets << quoted(copy.target);
        sources << (copy.expression.isEmpty() ? quoted(copy.source) : copy.expression);
    }
    return QStringLiteral("INSERT INTO %1(%2) SELECT %3 FROM %4;")
        .arg(backticked(newTableName(op.table.name)), targets.join(QLatin1String(", ")),
             sources.join(QLatin1String(", ")), backticked(sourceTable));
}

QString SqliteMigrationWriter::renameNewTable(const QString &table)
{
    return QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(backticked(newTableName(table)), backticked(table));
}

QString SqliteMigrationWriter::createTable(const TableDefinition &table, const QString &name)
{
    QStringList lines;
    for (const ColumnDefinition &column : table.columns)
        lines << u'\t' + columnLine(column, true);
    if (!table.compositePrimaryKey.isEmpty())
        lines << QStringLiteral("\tPRIMARY KEY(") + columnList(table.compositePrimaryKey, QStringLiteral(", ")) + u')';
    for (const ForeignKeyDefinition &fk : table.foreignKeys) {
        lines << QStringLiteral("\tFOREIGN KEY (%1) REFERENCES %2(%3) ON UPDATE %4 ON DELETE %5")
                     .arg(columnList(fk.columns, QStringLiteral(",")), backticked(fk.targetTable),
                          columnList(fk.targetColumns, QStringLiteral(",")), model::referentialActionName(fk.onUpdate),
                          model::referentialActionName(fk.onDelete));
    }
    for (const CheckDefinition &check : table.checks)
        lines << QStringLiteral("\tCONSTRAINT ") + doubleQuoted(check.name) + QStringLiteral(" CHECK(") +
                     check.expression + u')';
    return QStringLiteral("CREATE TABLE ") + backticked(name) + QStringLiteral(" (\n") +
           lines.join(QLatin1String(",\n")) + QStringLiteral("\n);\n");
}

QStringList SqliteMigrationWriter::statements(const Operation &operation)
{
    return std::visit(
        Overloaded{
            [](const CreateTable &op) { return QStringList{createTable(op.table, op.table.name)}; },
            [](const DropTable &op) { return QStringList{QStringLiteral("DROP TABLE %1;").arg(backticked(op.table))}; },
            [](const RenameTable &op) {
                return QStringList{
                    QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(backticked(op.from), backticked(op.to))};
            },
            [](const RenameColumn &op) {
                return QStringList{QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;")
                                       .arg(backticked(op.table), doubleQuoted(op.from), doubleQuoted(op.to))};
            },
            [](const AddColumn &op) { return withFill(op, addColumn(op)); },
            [](const DropColumn &op) {
                return QStringList{
                    QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(backticked(op.table), backticked(op.column))};
            },
            [](const RebuildTable &op) { return rebuild(op); },
            [](const CreateIndex &op) { return QStringList{createIndex(op.index)}; },
            [](const DropIndex &op) { return QStringList{QStringLiteral("DROP INDEX %1;").arg(backticked(op.name))}; },
            [](const CreateView &op) {
                return QStringList{QStringLiteral("CREATE VIEW %1 AS %2;").arg(backticked(op.name), op.definition)};
            },
            [](const DropView &op) { return QStringList{QStringLiteral("DROP VIEW %1;").arg(backticked(op.name))}; },
        },
        operation);
}

QStringList SqliteMigrationWriter::statements(const MigrationPlan &plan)
{
    QStringList out;
    for (const Operation &operation : plan.operations)
        out << statements(operation);
    return out;
}

QString SqliteMigrationWriter::fileText(const QStringList &statements)
{
    return statements.join(QLatin1String(kBreakpoint) + u'\n');
}

} // namespace tw::migrations
