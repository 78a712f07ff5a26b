// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/fill/columnfills.h"

#include "migrations/diff/differ.h"
#include "migrations/fill/fillvalidator.h"
#include "migrations/generate/nextmigration.h"

namespace tw::migrations {
namespace {

using model::Result;

model::Project withFill(model::Project project, const FillTarget &target, const QString &sql)
{
    project = ColumnFills::cleared(std::move(project), target);
    project.fills << model::ColumnFill{target.table, target.column, sql, project.baseline.snapshotId};
    return project;
}

bool rebuildCarries(const RebuildTable &rebuild, const model::Id &column)
{
    for (const ColumnDefinition &c : rebuild.table.columns) {
        if (c.id != column)
            continue;
        for (const ColumnCopy &copy : rebuild.copies) {
            if (copy.target == c.name && !copy.expression.isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace

Result<FillTarget> ColumnFills::resolve(const model::Project &project, const QString &dotted)
{
    const qsizetype dot = dotted.indexOf(u'.');
    if (dot <= 0 || dot == dotted.size() - 1)
        return Result<FillTarget>::failure(
            QStringLiteral("\"%1\": expected TABLE.COLUMN, e.g. posts.slug").arg(dotted));
    const QString tableName = dotted.left(dot);
    const QString columnName = dotted.mid(dot + 1);
    const model::Table *table = project.schema.tableNamed(tableName);
    if (!table)
        return Result<FillTarget>::failure(QStringLiteral("no table \"%1\" in the project").arg(tableName));
    const model::Column *column = table->columnNamed(columnName);
    if (!column)
        return Result<FillTarget>::failure(
            QStringLiteral("no column \"%1\" in table \"%2\"").arg(columnName, tableName));
    return FillTarget{table->id, column->id, table->name, column->name};
}

QString ColumnFills::check(const model::Project &project, const QString &migrationsFolder, const FillTarget &target,
                           const QString &sql)
{
    const QString subject = target.tableName + u'.' + target.columnName;
    auto next = NextMigration::compute(withFill(project, target, sql), migrationsFolder);
    if (!next)
        return next.error();
    if (!carries(next.value().plan, target.column))
        return QStringLiteral("%1 has no change in the next migration that a fill applies to (a new column, a type "
                              "change, a column becoming NOT NULL)")
            .arg(subject);
    const QString before = project.baseline.tables.value(target.table).name;
    const SchemaDefinition previous = next.value().dialect == SqlDialect::V1
                                          ? next.value().previousDefinition
                                          : schemaDefinition(next.value().previous.schema);
    return FillValidator::check(previous, before.isEmpty() ? target.tableName : before, target.columnName, sql);
}

Result<model::Project> ColumnFills::set(model::Project project, const QString &migrationsFolder,
                                        const FillTarget &target, const QString &sql)
{
    if (const QString error = check(project, migrationsFolder, target, sql); !error.isEmpty())
        return Result<model::Project>::failure(error);
    return withFill(std::move(project), target, sql);
}

model::Project ColumnFills::cleared(model::Project project, const FillTarget &target)
{
    project.fills.removeIf([&](const model::ColumnFill &fill) { return fill.column == target.column; });
    return project;
}

const model::ColumnFill *ColumnFills::pending(const model::Project &project, const model::Id &column)
{
    for (const model::ColumnFill &fill : project.fills) {
        if (fill.column == column && fill.since == project.baseline.snapshotId)
            return &fill;
    }
    return nullptr;
}

QStringList ColumnFills::describe(const model::Project &project)
{
    QStringList lines;
    for (const model::Table &table : project.schema.tables) {
        for (const model::Column &column : table.columns) {
            if (const model::ColumnFill *fill = pending(project, column.id))
                lines << QStringLiteral("%1.%2 = %3").arg(table.name, column.name, fill->sql);
        }
    }
    return lines;
}

bool ColumnFills::carries(const MigrationPlan &plan, const model::Id &column)
{
    for (const Operation &operation : plan.operations) {
        if (const auto *add = std::get_if<AddColumn>(&operation);
            add && add->column.id == column && !add->fill.isEmpty())
            return true;
        if (const auto *rebuild = std::get_if<RebuildTable>(&operation); rebuild && rebuildCarries(*rebuild, column))
            return true;
    }
    return false;
}

} // namespace tw::migrations
