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
    /// @p written is what the entry's lines hold: the expression, or in the object form the `key: expression`.
    void readEntry(int draft, int file, const ts::TsNode &entry, const QString &key, const QString &parameter,
                   const SourceSpan &written);
    std::optional<Chain> chainOf(int file, const ts::TsNode &node) const;
    std::optional<ColumnRef> columnRef(int file, const ts::TsNode &node, const QString &parameter, int self) const;
    std::optional<QList<model::Id>> columnIds(int file, const QList<ts::TsNode> &nodes, const QString &parameter,
                                              int self, int *target = nullptr) const;
    /// The columns' names before casing, from which drizzle-orm builds automatic constraint names.
    QStringList originalNames(int draft, const QList<model::Id> &columns) const;
    /// The name drizzle-kit records for a foreign key (given or automatic), empty when it is the model's automatic
    /// `<from>_<cols>_<to>_<cols>_fk` of the SQL names.
    QString foreignKeyName(int from, const QList<model::Id> &columns, int to, const QList<model::Id> &targets,
                           const std::optional<QString> &given) const;
    bool readConstraint(SourceConstraint &constraint, int draft, int file, const Chain &chain,
                        const QString &parameter);
    bool readForeignKey(SourceConstraint &constraint, int draft, int file, const Chain &chain,
                        const QString &parameter);

    ReadContext &m_context;
    QList<TableDraft> &m_drafts;
    QMap<QPair<int, int>, int> m_bySymbol; ///< (file, statement) -> draft
};

} // namespace tw::source
