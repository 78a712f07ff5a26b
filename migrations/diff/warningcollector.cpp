// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/warningcollector.h"

#include <QHash>

#include <algorithm>

namespace tw::migrations {
namespace {

using Kind = MigrationWarning::Kind;

QString dotted(const QString &table, const QString &name)
{
    return table + u'.' + name;
}

/// Whether @p name is a column of the new table that existed before (and so may hold rows' values).
bool isExistingColumn(const TablePair &pair, const QString &name)
{
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        if (pair.after->columns[a].name == name)
            return pair.columnPartner[a] >= 0;
    }
    return false;
}

/// The V1 dialect's UNIQUE constraints (a Classic definition has none): a new one, over columns that hold rows,
/// fails on duplicates like a new unique index.
void collectUniqueConstraints(const TablePair &pair, QList<MigrationWarning> &out)
{
    QList<QStringList> before; // the old UNIQUEs' columns, renamed as the migration renames them
    for (const UniqueDefinition &u : pair.before->uniques) {
        QStringList columns;
        for (const QString &c : u.columns) {
            const auto b = std::find_if(pair.before->columns.cbegin(), pair.before->columns.cend(),
                                        [&c](const ColumnDefinition &col) { return col.name == c; });
            const qsizetype a = pair.columnPartner.indexOf(b - pair.before->columns.cbegin());
            columns << (a < 0 ? c : pair.after->columns[a].name);
        }
        before << columns;
    }
    for (const UniqueDefinition &u : pair.after->uniques) {
        const bool existingColumns = std::any_of(u.columns.cbegin(), u.columns.cend(),
                                                 [&pair](const QString &c) { return isExistingColumn(pair, c); });
        if (existingColumns && !before.contains(u.columns))
            out.append({Kind::UniqueAdded, dotted(pair.after->name, u.name),
                        QStringLiteral("UNIQUE constraint \"%1\" on \"%2\" fails if existing rows hold duplicates.")
                            .arg(u.name, pair.after->name)});
    }
}

} // namespace

QList<MigrationWarning> WarningCollector::collect(const QList<TablePair> &pairs,
                                                  const QList<const TableDefinition *> &dropped)
{
    QList<MigrationWarning> out;
    for (const TableDefinition *table : dropped)
        out.append({Kind::DropTable, table->name,
                    QStringLiteral("Table \"%1\" is dropped with all its rows.").arg(table->name)});
    QHash<QString, QString> newNames; // table name before -> after, to recognise a re-created foreign key
    for (const TablePair &pair : pairs)
        newNames.insert(pair.before->name, pair.after->name);
    for (const TablePair &pair : pairs) {
        collectColumns(pair, out);
        collectConstraints(pair, newNames, out);
        collectUniqueConstraints(pair, out);
    }
    return out;
}

void WarningCollector::collectColumns(const TablePair &pair, QList<MigrationWarning> &out)
{
    const QString &table = pair.after->name;
    for (qsizetype b = 0; b < pair.before->columns.size(); ++b) {
        if (!pair.isKept(b)) {
            const QString object = dotted(table, pair.before->columns[b].name);
            out.append(
                {Kind::DropColumn, object, QStringLiteral("Column \"%1\" is dropped with its values.").arg(object)});
        }
    }
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        const ColumnDefinition &now = pair.after->columns[a];
        const QString object = dotted(table, now.name);
        const ColumnDefinition *old = pair.beforeColumn(a);
        if (!old) {
            if (now.notNull && !now.defaultSql && !now.isGenerated())
                out.append({Kind::NotNullColumnWithoutDefault, object,
                            QStringLiteral("New column \"%1\" is NOT NULL without a default: adding it fails when the "
                                           "table has rows. Give it a default, or a fill that computes it from "
                                           "the old row (Fill from…, `tablewright fill`).")
                                .arg(object)});
            continue;
        }
        if (old->type != now.type)
            out.append({Kind::TypeChange, object,
                        QStringLiteral("Column \"%1\" changes type from %2 to %3: stored values are converted to the "
                                       "new affinity or kept as they are (a fill can convert them).")
                            .arg(object, old->type, now.type)});
        if (!old->notNull && now.notNull && !now.primaryKey)
            out.append({Kind::NotNullAdded, object,
                        QStringLiteral("Column \"%1\" becomes NOT NULL: the migration fails if a row holds NULL "
                                       "(a fill can give those rows a value).")
                            .arg(object)});
        if (old->primaryKey != now.primaryKey)
            out.append({Kind::PrimaryKeyChange, object,
                        QStringLiteral("The primary key of \"%1\" changes: the migration fails on duplicate or NULL "
                                       "keys.")
                            .arg(table)});
        if (old->generatedExpression != now.generatedExpression || old->generatedStored != now.generatedStored)
            out.append({Kind::GeneratedColumnChange, object,
                        QStringLiteral("Generated column \"%1\" changes: its stored values are recomputed or lost.")
                            .arg(object)});
    }
}

void WarningCollector::collectConstraints(const TablePair &pair, const QHash<QString, QString> &newNames,
                                          QList<MigrationWarning> &out)
{
    const QString &table = pair.after->name;
    if (pair.before->compositePrimaryKey != pair.after->compositePrimaryKey &&
        !pair.after->compositePrimaryKey.isEmpty())
        out.append(
            {Kind::PrimaryKeyChange, table,
             QStringLiteral("The primary key of \"%1\" changes: the migration fails on duplicate keys.").arg(table)});
    QList<const IndexDefinition *> uniques = pair.addedIndexes();
    for (const auto &[old, now] : pair.changedIndexes())
        uniques << now;
    for (const IndexDefinition *index : std::as_const(uniques)) {
        bool existingColumns = false;
        for (const IndexTerm &term : index->terms)
            existingColumns = existingColumns || term.isExpression || isExistingColumn(pair, term.text);
        // Re-created only because its automatic name follows a table rename: no row can newly violate it.
        const bool wasUnique =
            std::any_of(pair.before->indexes.cbegin(), pair.before->indexes.cend(), [&](const IndexDefinition &old) {
                return old.unique && old.terms == index->terms && old.where == index->where;
            });
        if (index->unique && existingColumns && !wasUnique)
            out.append({Kind::UniqueAdded, dotted(table, index->name),
                        QStringLiteral("Unique index \"%1\" on \"%2\" fails if existing rows hold duplicates.")
                            .arg(index->name, table)});
    }
    for (const ForeignKeyDefinition *fk : pair.addedForeignKeys()) {
        bool existingColumns = false;
        for (const QString &name : fk->columns)
            existingColumns = existingColumns || isExistingColumn(pair, name);
        const bool existed = std::any_of(
            pair.before->foreignKeys.cbegin(), pair.before->foreignKeys.cend(), [&](const ForeignKeyDefinition &old) {
                return old.columns == fk->columns && old.targetColumns == fk->targetColumns &&
                       old.onDelete == fk->onDelete && old.onUpdate == fk->onUpdate &&
                       newNames.value(old.targetTable, old.targetTable) == fk->targetTable;
            });
        if (existingColumns && !existed)
            out.append({Kind::ForeignKeyAdded, dotted(table, fk->name),
                        QStringLiteral("Foreign key \"%1\" is added to existing rows of \"%2\": rows that reference "
                                       "nothing violate it.")
                            .arg(fk->name, table)});
    }
}

} // namespace tw::migrations
