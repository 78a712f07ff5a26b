// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/operations.h"
#include "migrations/plan/sqldialect.h"
#include "migrations/rebuild/rebuildplan.h"

#include <QStringList>

namespace tw::migrations {

/// Writes one table rebuild so that it keeps every row wherever foreign keys stay enforced (Cloudflare D1, a
/// transaction, drizzle's migrator): the keep-and-restore sequence of docs/d1-safe-rebuilds.md. Without anything
/// to protect, it is drizzle-kit's rebuild, plus the AUTOINCREMENT high-water mark carried over when there is one.
class RebuildWriter
{
public:
    /// @p current: the schema when the rebuild runs; @p tableIndexes: the statements re-creating the rebuilt
    /// table's indexes (they run before the children come back: a child may reference a unique column);
    /// @p dialect: whose CREATE TABLE and INSERT..SELECT text the rebuild itself is written in.
    static QStringList statements(const RebuildTable &op, const RebuildPlan &plan, const SchemaDefinition &current,
                                  const QStringList &tableIndexes, SqlDialect dialect = SqlDialect::Classic);

    /// `__keep_T`, `__fk_tmp_T_cols`: the scratch names the sequence uses.
    static QString keepTableName(const QString &table);
    static QString temporaryIndexName(const ForeignKeyDefinition &key);
};

} // namespace tw::migrations
