// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/api/tableapi.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::codegen {

/// The TypeScript that builds valid rows for the generated tests: one `insert<Entity>(db)` helper per parent table
/// that a required foreign key needs (recursively), and the sample values of every column, distinct per call
/// (`n` comes from a counter) so that unique columns stay unique.
class SampleRows
{
public:
    explicit SampleRows(const QList<TableApi> &apis);

    /// The object literal for one row of @p api: `{ name: `text-${n}`, userId: parent0.id }`, preceded by the
    /// statements creating its parents. @p forOperations leaves out what the operations fill themselves.
    /// Empty when a required column cannot be sampled (a plain blob, a required foreign-key cycle).
    /// A failed attempt leaves no helper behind and says why in failure().
    std::optional<QString> rowBuilder(const TableApi &api, bool forOperations);
    /// Why the last rowBuilder() gave nothing: "column `data` of `files` is NOT NULL, has no default and no sample
    /// value" or "the required foreign keys of `eggs` lead back to `chickens`".
    QString failure() const { return m_failure; }
    /// The helper functions rowBuilder() referred to, in dependency order.
    QStringList helpers() const { return m_helpers; }
    /// Schema exports the helpers insert into.
    QStringList helperTables() const { return m_helperTables; }
    /// A value of @p column's TypeScript type different from any sample, for the update test; empty if none.
    static QString changedValue(const model::Column &column);

private:
    std::optional<QString> build(const TableApi &api, bool forOperations, QStringList &visiting);
    std::optional<QString> helperFor(const model::Table *table, QStringList &visiting);
    const TableApi *apiOf(const model::Table *table) const;

    QList<TableApi> m_apis;
    QStringList m_helpers;
    QStringList m_helperNames;
    QStringList m_helperTables;
    QString m_failure;
};

} // namespace tw::codegen
