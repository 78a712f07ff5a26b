// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/reversemigration.h"

#include "database/sqltext/sqlstatementsplitter.h"
#include "migrations/diff/differ.h"
#include "migrations/rebuild/targetmigrationwriter.h"

#include <algorithm>

namespace tw::migrations {
namespace {

using Target = model::ProjectSettings::Target;

/// @p sql split into statements, each with its whitespace collapsed and without its `;`.
QStringList normalized(const QString &sql)
{
    QStringList out;
    for (QString statement : database::SqlStatementSplitter::split(sql)) {
        statement = statement.simplified();
        if (statement.endsWith(u';'))
            statement.chop(1);
        out << statement.trimmed();
    }
    return out;
}

QString tableBeforeRename(const RenameMap &forward, const QString &tableAfter)
{
    for (const RenameMap::TableRename &t : forward.tables) {
        if (t.to == tableAfter)
            return t.from;
    }
    return tableAfter;
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString renamedTable(const RenameMap &forward, const QString &tableBefore)
{
    for (const RenameMap::TableRename &t : forward.tables) {
        if (sameName(t.from, tableBefore))
            return t.to;
    }
    return tableBefore;
}

QString renamedColumn(const RenameMap &forward, const QString &tableAfter, const QString &columnBefore)
{
    for (const RenameMap::ColumnRename &c : forward.columns) {
        if (sameName(c.table, tableAfter) && sameName(c.from, columnBefore))
            return c.to;
    }
    return columnBefore;
}

} // namespace

DiffOptions ReverseMigration::options(const RenameMap &renames, SqlDialect dialect)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.renames = renames;
    options.dialect = dialect;
    return options;
}

RenameMap ReverseMigration::inverted(const RenameMap &forward)
{
    RenameMap reverse;
    for (const RenameMap::TableRename &t : forward.tables)
        reverse.addTable(t.to, t.from);
    for (const RenameMap::ColumnRename &c : forward.columns)
        reverse.addColumn(tableBeforeRename(forward, c.table), c.to, c.from);
    for (const RenameMap::TableRename &v : forward.views)
        reverse.addView(v.to, v.from);
    return reverse;
}

QStringList ReverseMigration::downStatements(const MigrationStates &states)
{
    const MigrationPlan plan = diff(states.after, states.before, options(inverted(states.renames), states.dialect));
    if (plan.isEmpty())
        return {};
    return TargetMigrationWriter::statements(plan, states.after, Target::D1, states.dialect);
}

QString ReverseMigration::unrunnable(const MigrationStates &states)
{
    QStringList columns;
    for (const TableDefinition &old : states.before.tables) {
        const QString tableNow = renamedTable(states.renames, old.name);
        const auto now = std::find_if(states.after.tables.cbegin(), states.after.tables.cend(),
                                      [&](const TableDefinition &t) { return sameName(t.name, tableNow); });
        if (now == states.after.tables.cend())
            continue; // the undo creates the table again, empty
        for (const ColumnDefinition &column : old.columns) {
            if (!column.notNull || column.defaultSql || column.isGenerated())
                continue;
            const QString columnNow = renamedColumn(states.renames, tableNow, column.name);
            const bool kept = std::any_of(now->columns.cbegin(), now->columns.cend(),
                                          [&](const ColumnDefinition &c) { return sameName(c.name, columnNow); });
            if (!kept)
                columns << QStringLiteral("%1.%2").arg(old.name, column.name);
        }
    }
    if (columns.isEmpty())
        return {};
    return QStringLiteral("its undo re-creates NOT NULL column%1 %2 without a default in a table that keeps its "
                          "rows, and the values are gone")
        .arg(columns.size() == 1 ? QString() : QStringLiteral("s"), columns.join(QStringLiteral(", ")));
}

bool ReverseMigration::sqlMatches(const QString &sql, const MigrationStates &states)
{
    const MigrationPlan plan = diff(states.before, states.after, options(states.renames, states.dialect));
    QStringList file = normalized(sql);
    if (plan.isEmpty())
        return file.isEmpty();
    // The same statements in another order are the same change: a snapshot read back lists its tables by name,
    // while drizzle-kit wrote their CREATE TABLEs in schema.ts export order.
    file.sort();
    for (const Target target : {Target::Sqlite, Target::D1}) {
        QStringList implied =
            normalized(TargetMigrationWriter::migrationText(plan, states.before, target, states.dialect));
        implied.sort();
        if (implied == file)
            return true;
    }
    return false;
}

} // namespace tw::migrations
