// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QString>
#include <QStringList>

namespace tw::codegen {

class TsImports;

/// Writes the entries of a table's extra-config callback, `(table) => [ ... ]`: the composite primary key,
/// indexes, unique constraints, foreign keys that cannot be written inline, and CHECK constraints, in the order
/// drizzle-kit records them.
class DrizzleTableConfigWriter
{
public:
    DrizzleTableConfigWriter(const model::Schema &schema, const model::Table &table, TsImports &imports,
                             QString parameter);

    /// One entry per element, without indentation or trailing comma; empty when the table needs no callback.
    QStringList entries() const;

private:
    QString columnRef(const model::Id &columnId) const;
    QString columnRefs(const QList<model::Id> &columnIds) const;
    QString primaryKeyEntry(const model::PrimaryKey &key) const;
    QString indexEntry(const model::Index &index) const;
    QString uniqueEntry(const model::UniqueConstraint &unique) const;
    QString foreignKeyEntry(const model::ForeignKey &fk) const;
    QString checkEntry(const model::CheckConstraint &check) const;

    const model::Schema &m_schema;
    const model::Table &m_table;
    TsImports &m_imports;
    QString m_parameter;
};

} // namespace tw::codegen
