// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/columnreader.h"

#include <optional>

namespace tw::source {

/// A table read from its declaration, before references between tables are resolved.
struct TableDraft
{
    SourceTable table;
    QList<ColumnDraft> columns; ///< parallel to table.columns
    ModuleGraph::Symbol symbol;
    std::optional<ts::TsNode> extraConfig;
};

/// Reads `const x = sqliteTable("name", { columns }, extra)` (also through a `sqliteTableCreator` prefix):
/// columns in source order, spreads of column objects declared in the files read, the table's JSDoc.
/// Declarations that are not SQLite tables (pgTable, mysqlTable, anything else) are not tables here.
class TableReader
{
public:
    explicit TableReader(ReadContext &context);
    std::optional<TableDraft> read(const ModuleGraph::Symbol &symbol);

private:
    std::optional<QString> tableName(int file, const ts::TsNode &call, const ts::TsNode &nameArgument);
    void readColumns(TableDraft &draft, int file, const ts::TsNode &columns, const QString &builderParameter);
    void readSpread(TableDraft &draft, int file, const ts::TsNode &spread);
    void addColumn(TableDraft &draft, ColumnDraft column);
    ReadContext::SubstitutionWriter columnRefs(int file, const TableDraft &draft, const QString &variable,
                                               const ts::TsNode &columns, const QString &builderParameter) const;

    ReadContext &m_context;
};

} // namespace tw::source
