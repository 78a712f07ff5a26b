// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/tablelinker.h"

namespace tw::source {

/// Reads `const v = sqliteView("name"[, { columns }]).as(sql\`...\`)` and `.existing()`. A query-builder view
/// (`.as((qb) => qb.select()...)`) is read with its name only and is not editable: its SQL exists only when
/// drizzle runs the builder.
class ViewReader
{
public:
    ViewReader(ReadContext &context, const TableLinker &tables);
    std::optional<SourceView> read(const ModuleGraph::Symbol &symbol);

private:
    ReadContext &m_context;
    const TableLinker &m_tables;
};

} // namespace tw::source
