// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"
#include "model/schema/uniquenames.h"
#include "model/validation/locations.h"
#include "model/validation/rules.h"

#include <QSet>

namespace tw::model::validation {
namespace {

void claimIndexName(FindingCollector &out, const FindingLocation &where, IndexNamespace &names, const QString &name,
                    const QString &owner)
{
    const QString holder = names.claim(name, owner);
    if (holder.isEmpty())
        return;
    out.error("duplicate-index-name", where,
              QStringLiteral("index name \"%1\" is already used by %2 (SQLite index names are schema-wide and ignore "
                             "ASCII case)")
                  .arg(name, holder));
}

void checkFlaggedPrimaryKeys(FindingCollector &out, const Table &table)
{
    QList<Id> flagged;
    for (const Column &column : table.columns) {
        if (column.primaryKey)
            flagged << column.id;
    }
    if (table.primaryKey && !flagged.isEmpty()) {
        out.error("multiple-primary-keys", locate::primaryKey(table),
                  QStringLiteral("the table declares a primary key %1 and also flags %2 as primary key; keep one")
                      .arg(locate::columnList(table, table.primaryKey->columns), locate::columnList(table, flagged)));
    } else if (flagged.size() > 1) {
        out.error("multiple-primary-keys", locate::table(table),
                  QStringLiteral("columns %1 are each flagged as primary key; a composite key is declared at table "
                                 "level instead")
                      .arg(locate::columnList(table, flagged)));
    }
}

} // namespace

void checkColumnReferences(FindingCollector &out, const FindingLocation &where, const Table &table,
                           const QList<Id> &columnIds)
{
    QSet<Id> seen;
    QSet<Id> reported;
    for (const Id &id : columnIds) {
        const Column *column = table.column(id);
        if (!column) {
            out.error("unknown-column", where,
                      QStringLiteral("refers to a column that is not in table %1 (id %2)")
                          .arg(locate::displayName(table.name), id.toString()));
        } else if (seen.contains(id) && !reported.contains(id)) {
            // SQLite and drizzle-kit accept a column listed twice; it adds nothing.
            out.warning(
                "duplicate-constraint-column", where,
                QStringLiteral("column %1 is listed more than once; the repetition adds nothing").arg(column->name));
            reported.insert(id);
        }
        seen.insert(id);
    }
}

void checkColumnUniqueIndex(FindingCollector &out, const Table &table, const Column &column, IndexNamespace &names)
{
    if (!column.unique || table.name.isEmpty() || column.name.isEmpty())
        return;
    const FindingLocation where = locate::column(table, column);
    claimIndexName(out, where, names, uniquenames::columnUniqueIndexName(table, column),
                   QStringLiteral("the unique index of column ") + locate::qualifiedColumn(table, column));
}

void checkPrimaryKey(FindingCollector &out, const Table &table)
{
    checkFlaggedPrimaryKeys(out, table);
    if (!table.primaryKey)
        return;
    const FindingLocation where = locate::primaryKey(table);
    if (table.primaryKey->columns.isEmpty()) {
        out.error("empty-primary-key", where, QStringLiteral("the primary key lists no columns"));
        return;
    }
    if (!table.primaryKey->name.isEmpty())
        checkSqlName(out, where, QStringLiteral("primary key"), table.primaryKey->name);
    checkColumnReferences(out, where, table, table.primaryKey->columns);
}

void checkUniqueConstraints(FindingCollector &out, const Table &table, IndexNamespace &names)
{
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        const FindingLocation where = locate::uniqueConstraint(table, unique);
        if (unique.columns.isEmpty()) {
            out.error("empty-unique-constraint", where, QStringLiteral("the unique constraint lists no columns"));
            continue;
        }
        if (!unique.name.isEmpty() && !checkSqlName(out, where, QStringLiteral("unique constraint"), unique.name))
            continue;
        checkColumnReferences(out, where, table, unique.columns);
        if (!table.name.isEmpty())
            claimIndexName(out, where, names, uniquenames::uniqueConstraintIndexName(table, unique), where.text);
    }
}

void checkIndexes(FindingCollector &out, const Table &table, IndexNamespace &names)
{
    for (const Index &index : table.indexes) {
        const FindingLocation where = locate::index(table, index);
        const bool named = checkSqlName(out, where, QStringLiteral("index"), index.name);
        if (index.parts.isEmpty())
            out.error("empty-index", where, QStringLiteral("the index has no columns or expressions"));
        QList<Id> columns;
        for (qsizetype i = 0; i < index.parts.size(); ++i) {
            const IndexPart &part = index.parts[i];
            if (part.column.isNull() && part.expression.trimmed().isEmpty()) {
                out.error("empty-index-part", where,
                          QStringLiteral("part %1 of the index has neither a column nor an expression").arg(i + 1));
            } else if (!part.column.isNull()) {
                columns << part.column;
            }
        }
        checkColumnReferences(out, where, table, columns);
        if (named)
            claimIndexName(out, where, names, index.name, where.text);
    }
}

void checkCheckConstraints(FindingCollector &out, const Table &table)
{
    for (qsizetype row = 0; row < table.checkConstraints.size(); ++row) {
        const CheckConstraint &check = table.checkConstraints[row];
        const FindingLocation where = locate::checkConstraint(table, check);
        if (checkSqlName(out, where, QStringLiteral("check constraint"), check.name)) {
            for (qsizetype i = 0; i < row; ++i) {
                if (naming::sqlNamesEqual(table.checkConstraints[i].name, check.name)) {
                    out.error("duplicate-check-name", where,
                              QStringLiteral("table %1 already has a check constraint named \"%2\"")
                                  .arg(table.name, table.checkConstraints[i].name));
                    break;
                }
            }
        }
        if (check.expression.trimmed().isEmpty())
            out.error("empty-check-expression", where, QStringLiteral("the check constraint has no expression"));
    }
}

} // namespace tw::model::validation
