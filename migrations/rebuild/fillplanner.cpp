// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rebuild/fillplanner.h"

#include "migrations/rebuild/schemaevolution.h"

namespace tw::migrations {
namespace {

const model::ColumnFill *fillFor(const QList<model::ColumnFill> &fills, const model::Id &column)
{
    if (column.isNull())
        return nullptr;
    for (const model::ColumnFill &fill : fills) {
        if (fill.column == column)
            return &fill;
    }
    return nullptr;
}

bool needsRebuild(const ColumnDefinition &column)
{
    return column.notNull && !column.defaultSql && !column.isGenerated();
}

/// The rebuild that adds @p op's column: the table as it stands after the ADD, every other stored column copied,
/// the new one computed by @p fill.
RebuildTable rebuildAdding(const TableDefinition &after, const AddColumn &op, const QString &fill)
{
    RebuildTable rebuild{after, {}};
    for (const ColumnDefinition &column : after.columns) {
        if (column.isGenerated())
            continue;
        if (SchemaEvolution::sameName(column.name, op.column.name))
            rebuild.copies << ColumnCopy{column.name, QString(), fill};
        else
            rebuild.copies << ColumnCopy{column.name, column.name, QString()};
    }
    return rebuild;
}

void fillRebuild(RebuildTable &rebuild, const QList<model::ColumnFill> &fills, QList<model::Id> &used)
{
    for (const ColumnDefinition &column : rebuild.table.columns) {
        const model::ColumnFill *fill = fillFor(fills, column.id);
        if (!fill || column.isGenerated())
            continue;
        used << column.id;
        auto copy = std::find_if(rebuild.copies.begin(), rebuild.copies.end(),
                                 [&](const ColumnCopy &c) { return SchemaEvolution::sameName(c.target, column.name); });
        if (copy != rebuild.copies.end())
            copy->expression = fill->sql;
        else
            rebuild.copies << ColumnCopy{column.name, QString(), fill->sql};
    }
}

/// The kinds of warning a fill answers: the rows get a value computed by the user's expression.
bool answeredByFill(MigrationWarning::Kind kind)
{
    return kind == MigrationWarning::Kind::NotNullColumnWithoutDefault ||
           kind == MigrationWarning::Kind::NotNullAdded || kind == MigrationWarning::Kind::TypeChange;
}

} // namespace

QList<model::Id> FillPlanner::apply(MigrationPlan &plan, const SchemaDefinition &before,
                                    const QList<model::ColumnFill> &fills)
{
    QList<model::Id> used;
    if (fills.isEmpty())
        return used;
    QStringList answered; // `table.column` of every filled column
    SchemaDefinition current = before;
    QList<Operation> out;
    for (Operation operation : std::as_const(plan.operations)) {
        if (auto *add = std::get_if<AddColumn>(&operation)) {
            if (const model::ColumnFill *fill = fillFor(fills, add->column.id)) {
                used << add->column.id;
                answered << add->table + u'.' + add->column.name;
                if (needsRebuild(add->column)) {
                    SchemaDefinition after = current;
                    SchemaEvolution::apply(after, operation);
                    if (const TableDefinition *table = SchemaEvolution::table(after, add->table)) {
                        const TableDefinition kept = *SchemaEvolution::table(current, add->table);
                        operation = rebuildAdding(*table, *add, fill->sql);
                        out << operation;
                        SchemaEvolution::apply(current, operation);
                        // The old table's indexes go with it: re-create them right after the rebuild.
                        for (const IndexDefinition &index : kept.indexes) {
                            out << CreateIndex{index};
                            SchemaEvolution::apply(current, out.last());
                        }
                        continue;
                    }
                }
                add->fill = fill->sql;
            }
        } else if (auto *rebuild = std::get_if<RebuildTable>(&operation)) {
            const qsizetype first = used.size();
            fillRebuild(*rebuild, fills, used);
            for (qsizetype i = first; i < used.size(); ++i) {
                for (const ColumnDefinition &c : rebuild->table.columns) {
                    if (c.id == used[i])
                        answered << rebuild->table.name + u'.' + c.name;
                }
            }
        }
        out << operation;
        SchemaEvolution::apply(current, operation);
    }
    plan.operations = out;
    plan.warnings.removeIf(
        [&](const MigrationWarning &w) { return answeredByFill(w.kind) && answered.contains(w.object); });
    return used;
}

} // namespace tw::migrations
