// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/tablereader.h"

#include <QMap>

namespace tw::source {

/// What needs every table of the schema: `.references()` targets and the extra-config callback
/// (`(t) => [index(...).on(...), unique().on(...), primaryKey(...), foreignKey(...), check(...)]`, also the older
/// object form), whose column references (`t.email`, `users.id`) are resolved to column ids.
class TableLinker
{
public:
    TableLinker(ReadContext &context, QList<TableDraft> &drafts);
    void link(int draft);
    /// Writes `${table.column}` in a sql`` template the way drizzle-kit prints it: `"table"."column"` when
    /// @p qualified (checks, where clauses, views), else `"column"` (index expressions). @p parameter is the
    /// extra-config callback's parameter, standing for table @p self.
    ReadContext::SubstitutionWriter sqlColumns(int file, const QString &parameter, int self, bool qualified) const;

private:
    struct ColumnRef
    {
        int table = -1;
        int column = -1;
    };
    struct Chain
    {
        QString function; ///< the drizzle function of the base call: `index`, `foreignKey`, ...
        QList<ts::TsNode> arguments;
        QList<QPair<QString, QList<ts::TsNode>>> calls; ///< `.on(...)`, `.where(...)`, ... in source order
    };

    void linkReferences(int draft);
    void readExtraConfig(int draft);
    void readEntry(int draft, int file, const ts::TsNode &entry, const QString &key, const QString &parameter);
    std::optional<Chain> chainOf(int file, const ts::TsNode &node) const;
    std::optional<ColumnRef> columnRef(int file, const ts::TsNode &node, const QString &parameter, int self) const;
    std::optional<QList<model::Id>> columnIds(int file, const QList<ts::TsNode> &nodes, const QString &parameter,
                                              int self, int *target = nullptr) const;
    bool readConstraint(SourceConstraint &constraint, int draft, int file, const Chain &chain,
                        const QString &parameter);
    bool readForeignKey(SourceConstraint &constraint, int draft, int file, const Chain &chain,
                        const QString &parameter);

    ReadContext &m_context;
    QList<TableDraft> &m_drafts;
    QMap<QPair<int, int>, int> m_bySymbol; ///< (file, statement) -> draft
};

} // namespace tw::source
