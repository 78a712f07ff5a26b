// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QString>

namespace tw::codegen {

class TsImports;

/// Writes one column of a `sqliteTable(...)` definition: `createdAt: int('created_at').notNull().default(...)`.
/// The rules here decide what drizzle-kit will record in its snapshot, so they are the contract the snapshot
/// writer mirrors: a table-level primary key is always written in the table's extra config (drizzle-kit then
/// records a one-column one as the column's `primaryKey: true` without forcing NOT NULL), and single-column foreign
/// keys without a custom name become `.references(() => target.column, { ... })`.
class DrizzleColumnWriter
{
public:
    DrizzleColumnWriter(const model::Schema &schema, const model::Table &table, TsImports &imports);

    /// The property line(s) for @p column, without indentation or trailing comma.
    QString write(const model::Column &column) const;

    /// Whether @p fk is written inline on its column rather than in the table's extra config.
    static bool isInlineForeignKey(const model::ForeignKey &fk);
    /// Whether @p column carries the table's primary key as `.primaryKey()`.
    static bool isColumnPrimaryKey(const model::Table &table, const model::Column &column);

private:
    QString builder(const model::Column &column) const;
    QString defaultCall(const model::Column &column) const;
    QString referencesCall(const model::ForeignKey &fk) const;

    const model::Schema &m_schema;
    const model::Table &m_table;
    TsImports &m_imports;
};

} // namespace tw::codegen
