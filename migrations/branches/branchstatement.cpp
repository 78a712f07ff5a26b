// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/branches/branchstatement.h"

#include "migrations/diff/differ.h"

#include <variant>

namespace tw::migrations {
namespace {

bool isTableLevel(const QString &action)
{
    static const QStringList kinds{QStringLiteral("create_table"), QStringLiteral("drop_table"),
                                   QStringLiteral("rename_table"), QStringLiteral("recreate_table"),
                                   QStringLiteral("create_view"),  QStringLiteral("drop_view"),
                                   QStringLiteral("rename_view")};
    return kinds.contains(action);
}

bool isViewLevel(const QString &action)
{
    return action.endsWith(QLatin1String("_view"));
}

/// rc.5's `getStatementDefinitions().conflicts`: the kinds another branch must not apply to the same target.
QStringList conflictingKinds(const QString &action)
{
    const QStringList tableWide{QStringLiteral("create_table"),    QStringLiteral("drop_table"),
                                QStringLiteral("rename_table"),    QStringLiteral("recreate_table"),
                                QStringLiteral("add_column"),      QStringLiteral("drop_column"),
                                QStringLiteral("recreate_column"), QStringLiteral("rename_column"),
                                QStringLiteral("create_index"),    QStringLiteral("drop_index")};
    const QStringList columns{QStringLiteral("add_column"), QStringLiteral("drop_column"),
                              QStringLiteral("recreate_column"), QStringLiteral("rename_column")};
    const QStringList views{QStringLiteral("create_view"), QStringLiteral("drop_view"), QStringLiteral("rename_view")};
    if (action == QLatin1String("drop_table") || action == QLatin1String("recreate_table"))
        return tableWide;
    if (action == QLatin1String("create_table"))
        return tableWide.mid(0, 4);
    if (action == QLatin1String("rename_table"))
        return tableWide.mid(0, 4) << QStringLiteral("create_index");
    if (action.endsWith(QLatin1String("_column")))
        return columns;
    if (action.endsWith(QLatin1String("_index")))
        return {QStringLiteral("create_index"), QStringLiteral("drop_index")};
    return views;
}

QString footprint(const QString &kind, const QString &object, const QString &member)
{
    return kind + u';' + object + u';' + member;
}

BranchStatement statementOf(const Operation &operation)
{
    return std::visit(
        [](const auto &op) -> BranchStatement {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, CreateTable>)
                return {QStringLiteral("create_table"), op.table.name, {}};
            else if constexpr (std::is_same_v<T, DropTable>)
                return {QStringLiteral("drop_table"), op.table, {}};
            else if constexpr (std::is_same_v<T, RenameTable>)
                return {QStringLiteral("rename_table"), op.from, {}};
            else if constexpr (std::is_same_v<T, RenameColumn>)
                return {QStringLiteral("rename_column"), op.table, op.from};
            else if constexpr (std::is_same_v<T, AddColumn>)
                return {QStringLiteral("add_column"), op.table, op.column.name};
            else if constexpr (std::is_same_v<T, DropColumn>)
                return {QStringLiteral("drop_column"), op.table, op.column};
            else if constexpr (std::is_same_v<T, RebuildTable>)
                return {QStringLiteral("recreate_table"), op.table.name, {}};
            else if constexpr (std::is_same_v<T, CreateIndex>)
                return {QStringLiteral("create_index"), op.index.table, op.index.name};
            else if constexpr (std::is_same_v<T, DropIndex>)
                return {QStringLiteral("drop_index"), op.table, op.name};
            else if constexpr (std::is_same_v<T, CreateView>)
                return {QStringLiteral("create_view"), op.name, {}};
            else
                return {QStringLiteral("drop_view"), op.name, {}};
        },
        operation);
}

} // namespace

QString BranchStatement::description() const
{
    if (isTableLevel(action))
        return QStringLiteral("%1: %2 in database").arg(action, object);
    if (!member.isEmpty())
        return QStringLiteral("%1: %2 on %3 table").arg(action, member, object);
    return QStringLiteral("%1 on %2 table").arg(action, object);
}

QString BranchStatement::targetKind() const
{
    if (isViewLevel(action))
        return QStringLiteral("view");
    return member.isEmpty() ? QStringLiteral("table") : QStringLiteral("column");
}

QStringList BranchStatement::footprints() const
{
    QStringList prints{footprint(action, object, member)};
    if (!member.isEmpty())
        prints << footprint(action, object, {}); // the table holding the column or index
    return prints;
}

QStringList BranchStatement::conflictFootprints() const
{
    QStringList prints;
    for (const QString &kind : conflictingKinds(action))
        prints << footprint(kind, object, member);
    return prints;
}

QList<BranchStatement> BranchStatement::of(const MigrationPlan &plan)
{
    QList<BranchStatement> statements;
    for (const Operation &operation : plan.operations)
        statements << statementOf(operation);
    return statements;
}

MigrationPlan BranchStatement::dryDiff(const SchemaDefinition &from, const SchemaDefinition &to)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.dialect = SqlDialect::V1;
    return diff(from, to, options);
}

} // namespace tw::migrations
