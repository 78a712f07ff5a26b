// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rebuild/rebuildwriter.h"

#include "migrations/rebuild/rebuildplanner.h"
#include "migrations/rebuild/schemaevolution.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "migrations/sqlite/sqlitev1migrationwriter.h"
#include "model/schema/naming.h"

namespace tw::migrations {
namespace {

QString q(const QString &name)
{
    return model::naming::backticked(name);
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

/// The stored (non-generated) columns of @p table, quoted and comma-separated.
QString storedColumns(const TableDefinition &table)
{
    QStringList names;
    for (const ColumnDefinition &c : table.columns) {
        if (!c.isGenerated())
            names << q(c.name);
    }
    return names.join(QLatin1String(", "));
}

QString rowidColumn()
{
    return QStringLiteral("`__rowid`");
}

QStringList sequenceCarry(const QString &table)
{
    const QString newName = SqliteMigrationWriter::newTableName(table);
    return {
        QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1;").arg(literal(newName)),
        QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT %1, seq FROM sqlite_sequence WHERE name = %2;")
            .arg(literal(newName), literal(table))};
}

QString temporaryIndex(const ForeignKeyDefinition &key)
{
    QStringList columns;
    for (const QString &c : key.columns)
        columns << q(c);
    return QStringLiteral("CREATE INDEX %1 ON %2 (%3);")
        .arg(q(RebuildWriter::temporaryIndexName(key)), q(key.table), columns.join(QLatin1String(", ")));
}

bool isSelfReference(const ForeignKeyDefinition &key, const QString &table)
{
    return SchemaEvolution::sameName(key.table, table);
}

QString keepCopy(const TableDefinition &t)
{
    const bool rowid = RebuildPlanner::hasHiddenRowid(t);
    return QStringLiteral("CREATE TABLE %1 AS SELECT %2%3 FROM %4;")
        .arg(q(RebuildWriter::keepTableName(t.name)),
             rowid ? QStringLiteral("rowid AS ") + rowidColumn() + QStringLiteral(", ") : QString(), storedColumns(t),
             q(t.name));
}

QStringList restore(const TableDefinition &t)
{
    const bool rowid = RebuildPlanner::hasHiddenRowid(t);
    const QString columns = storedColumns(t);
    return {QStringLiteral("INSERT INTO %1 (%2%3) SELECT %4%3 FROM %5;")
                .arg(q(t.name), rowid ? QStringLiteral("rowid, ") : QString(), columns,
                     rowid ? rowidColumn() + QStringLiteral(", ") : QString(), q(RebuildWriter::keepTableName(t.name))),
            QStringLiteral("DROP TABLE %1;").arg(q(RebuildWriter::keepTableName(t.name)))};
}

/// Step 8: `defer_foreign_keys=off` discards pending violations, so any left must abort the migration first.
QStringList foreignKeyAssert(const RebuildPlan &plan)
{
    const QString scratch = QStringLiteral("`__fk_assert`");
    QStringList out{QStringLiteral("CREATE TABLE %1 (n INTEGER CONSTRAINT %2 CHECK (n = 0));")
                        .arg(scratch, q(QStringLiteral("foreign_key_violation_after_rebuild_of_") + plan.table))};
    for (const QString &t : plan.checkedTables)
        out << QStringLiteral("INSERT INTO %1 SELECT count(*) FROM pragma_foreign_key_check(%2);")
                   .arg(scratch, literal(t));
    out << QStringLiteral("DROP TABLE %1;").arg(scratch);
    return out;
}

QString newTable(const RebuildTable &op, SqlDialect dialect)
{
    return dialect == SqlDialect::V1 ? SqliteV1MigrationWriter::newTable(op, true)
                                     : SqliteMigrationWriter::newTable(op, true);
}

QStringList plainRebuild(const RebuildTable &op, const RebuildPlan &plan, const QStringList &tableIndexes,
                         SqlDialect dialect)
{
    QStringList out =
        dialect == SqlDialect::V1 ? SqliteV1MigrationWriter::statements(op) : SqliteMigrationWriter::statements(op);
    if (plan.carrySequence) {
        // After the INSERT (which creates __new_T's own entry), before DROP TABLE (which deletes T's).
        const qsizetype drop = out.size() - 3;
        const QStringList carry = sequenceCarry(op.table.name);
        for (qsizetype i = carry.size() - 1; i >= 0; --i)
            out.insert(drop, carry[i]);
    }
    return out + tableIndexes;
}

} // namespace

QString RebuildWriter::keepTableName(const QString &table)
{
    return QStringLiteral("__keep_") + table;
}

QString RebuildWriter::temporaryIndexName(const ForeignKeyDefinition &key)
{
    return QStringLiteral("__fk_tmp_") + key.table + u'_' + key.columns.join(u'_');
}

QStringList RebuildWriter::statements(const RebuildTable &op, const RebuildPlan &plan, const SchemaDefinition &current,
                                      const QStringList &tableIndexes, SqlDialect dialect)
{
    if (!plan.needsKeepAndRestore())
        return plainRebuild(op, plan, tableIndexes, dialect);
    const QString &name = op.table.name;
    QList<TableDefinition> kept;
    for (const QString &k : plan.keep)
        kept << *SchemaEvolution::table(current, k);

    QStringList out{QStringLiteral("PRAGMA foreign_keys=OFF;"), QStringLiteral("PRAGMA defer_foreign_keys=on;")};
    for (auto v = plan.views.crbegin(); v != plan.views.crend(); ++v)
        out << QStringLiteral("DROP VIEW %1;").arg(q(v->name));
    for (const ForeignKeyDefinition &key : plan.unindexedKeys) {
        if (!isSelfReference(key, name))
            out << temporaryIndex(key);
    }
    if (plan.keepParent)
        out << keepCopy(*SchemaEvolution::table(current, name));
    for (const TableDefinition &t : std::as_const(kept))
        out << keepCopy(t);
    for (auto t = kept.crbegin(); t != kept.crend(); ++t)
        out << QStringLiteral("DELETE FROM %1;").arg(q(t->name));

    out << newTable(op, dialect);
    if (!op.copies.isEmpty())
        out << SqliteMigrationWriter::copyIntoNewTable(op, plan.keepParent ? keepTableName(name) : name, dialect);
    if (plan.carrySequence)
        out << sequenceCarry(name);
    for (const ForeignKeyDefinition &key : plan.unindexedKeys) {
        if (isSelfReference(key, name))
            out << temporaryIndex(key); // goes with the old table
    }
    out << QStringLiteral("DROP TABLE %1;").arg(q(name)) << SqliteMigrationWriter::renameNewTable(name);
    if (plan.keepParent)
        out << QStringLiteral("DROP TABLE %1;").arg(q(keepTableName(name)));
    out << tableIndexes;

    for (const TableDefinition &t : std::as_const(kept))
        out << restore(t);
    for (const ForeignKeyDefinition &key : plan.unindexedKeys) {
        if (!isSelfReference(key, name))
            out << QStringLiteral("DROP INDEX %1;").arg(q(temporaryIndexName(key)));
    }
    for (const ViewDefinition &v : plan.views) {
        if (!plan.viewsLeftDropped.contains(v.name))
            out << QStringLiteral("CREATE VIEW %1 AS %2;").arg(q(v.name), v.definition);
    }
    out << foreignKeyAssert(plan);
    out << QStringLiteral("PRAGMA defer_foreign_keys=off;") << QStringLiteral("PRAGMA foreign_keys=ON;");
    return out;
}

} // namespace tw::migrations
