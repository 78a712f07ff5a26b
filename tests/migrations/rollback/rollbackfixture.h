// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/sqldialect.h"
#include "migrations/plan/tabledefinition.h"
#include "migrations/rollback/rollbackplan.h"
#include "migrations/runner/applyoptions.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"
#include "model/schema/schema.h"

#include <QTemporaryDir>

#include <optional>

namespace tw::test {

/// A project folder for rollback tests: a migrations folder in either layout written migration by migration from
/// schemas (snapshot and SQL as Generate writes them), a database beside it, and the project file's path (only its
/// folder matters: the down files live in `rollback/` there).
class RollbackFixture
{
public:
    using Tracking = model::ProjectSettings::Tracking;

    explicit RollbackFixture(migrations::SqlDialect dialect = migrations::SqlDialect::Classic);

    QString projectFile() const { return m_dir.filePath(QStringLiteral("app.tablewright")); }
    QString folder() const { return m_dir.filePath(QStringLiteral("drizzle")); }
    QString db() const { return m_dir.filePath(QStringLiteral("local.sqlite")); }

    /// Appends the migration from the last state to @p schema (with @p renames); its SQL is @p sql when given,
    /// else the differ's. Returns the migration's name (`0001_x` or the v1 folder); fails the test on error.
    QString add(const QString &name, const model::Schema &schema, const migrations::RenameMap &renames = {},
                const std::optional<QString> &sql = {});
    /// A custom migration: the previous snapshot again, with @p sql.
    QString addCustom(const QString &name, const QString &sql);
    /// The SQL file of migration @p name, relative to the folder (`0001_x.sql`, `<folder>/migration.sql`).
    QString sqlFile(const QString &name) const;

    migrations::ApplyOptions options(Tracking tracking) const;
    model::Result<migrations::ApplyReport> apply(Tracking tracking) const;
    migrations::RollbackRequest request(Tracking tracking, std::optional<QString> to = {}) const;
    /// Writes the user's down file of migration @p name.
    void writeDownFile(const QString &name, const QByteArray &sql) const;
    /// Runs @p sql (several statements allowed) on the database.
    void run(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    migrations::SqlDialect m_dialect;
    int m_count = 0;
    model::Schema m_schema;
    migrations::SchemaDefinition m_ddl; ///< V1: the last snapshot's ddl
    QString m_lastId;
};

} // namespace tw::test
