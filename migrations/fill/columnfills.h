// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// A column a fill is about, named as the project names it now and as the table was called before the migration.
struct FillTarget
{
    model::Id table;
    model::Id column;
    QString tableName;  ///< in the project
    QString columnName; ///< in the project
};

/// Setting, checking, clearing and listing a project's data migrations (model::ColumnFill): the chain `tablewright
/// fill` and the designer's Fill from… share, so both accept and refuse the same expressions.
class ColumnFills
{
public:
    /// `TABLE.COLUMN` in @p project (names as the project has them now); an error naming what is unknown.
    static model::Result<FillTarget> resolve(const model::Project &project, const QString &dotted);

    /// Whether @p sql may fill @p target in the next migration into @p migrationsFolder: the column's change must
    /// be one a fill applies to (a new column, a type change, NOT NULL added: the plan carries the fill), and the
    /// expression must compile over the table before the migration (FillValidator). Empty when it may.
    static QString check(const model::Project &project, const QString &migrationsFolder, const FillTarget &target,
                         const QString &sql);

    /// @p project with @p sql as @p target's pending fill (replacing one it had), once check() accepts it.
    static model::Result<model::Project> set(model::Project project, const QString &migrationsFolder,
                                             const FillTarget &target, const QString &sql);
    /// @p project without @p target's pending fill.
    static model::Project cleared(model::Project project, const FillTarget &target);
    /// The pending fill of @p target's column, or nullptr.
    static const model::ColumnFill *pending(const model::Project &project, const model::Id &column);

    /// One line per pending fill: `table.column = SQL`, in the project's table and column order.
    static QStringList describe(const model::Project &project);

    /// Whether @p plan writes a fill for the column @p column (an UPDATE after its ADD, or its rebuild's SELECT).
    static bool carries(const MigrationPlan &plan, const model::Id &column);
};

} // namespace tw::migrations
