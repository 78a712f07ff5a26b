// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/readcontext.h"

#include <optional>

namespace tw::source {

/// A column as read from one property, with what can only be resolved once every table is known.
struct ColumnDraft
{
    SourceColumn column;
    /// `.references(() => users.id, { onDelete })`: the arguments, resolved against the other tables later.
    QList<ts::TsNode> referenceArguments;
    int referenceFile = -1; ///< the file the arguments are written in (a spread's columns are in another)
    /// `.unique()` / `.unique("name")` whose name is not the model's automatic one: drizzle-orm names an unnamed
    /// column unique after the name before casing (`users_emailAddress_unique`), so under a casing it is named.
    QString uniqueName;
    /// The column's name as drizzle-orm holds it before casing: the name argument, else the key. Automatic
    /// constraint names are built from it.
    QString originalName;
};

/// Reads one property of a table's columns object (`key: builder(args).chain()`): the builder (drizzle's
/// integer/int, text, real, numeric, blob under any local name or namespace, or a customType), its name and
/// options, and every chained call. What it cannot take is reported; such a column is still read when its SQL
/// type is known, but marked not editable.
class ColumnReader
{
public:
    ColumnReader(ReadContext &context, int file, QString tableName, ReadContext::SubstitutionWriter columnRefs);

    std::optional<ColumnDraft> read(const ts::TsNode &property);
    /// `sqliteTable("t", (b) => ({ id: b.integer() }))`: @p parameter names drizzle's column builders.
    void setBuilderParameter(const QString &parameter) { m_builderParameter = parameter; }
    /// The SQL name of the column a property defines (its name argument, or the key under the casing), without
    /// reading the rest; empty when the property is not a column builder.
    QString sqlName(const ts::TsNode &property) const;

private:
    struct Builder
    {
        QString kind; ///< `integer`, `text`, `real`, `numeric`, `blob`, or `custom`
        QString customSqlType;
        QString customReason;
    };
    const ts::TsNode *builderCall(const ts::TsNode &value, QList<const ts::TsNode *> *chain) const;
    std::optional<Builder> builderOf(const ts::TsNode &call) const;
    void readOptions(ColumnDraft &draft, const ts::TsNode &options, const Builder &builder);
    void readChainCall(ColumnDraft &draft, const ts::TsNode &call);
    SourceChainCall chainCall(const ts::TsNode &call) const;

    ReadContext &m_context;
    int m_file;
    QString m_tableName;
    ReadContext::SubstitutionWriter m_columnRefs;
    QString m_builderParameter;
};

} // namespace tw::source
