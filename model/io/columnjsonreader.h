// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/column.h"

namespace tw::model {

class JsonCursor;

/// Reads one column object of a project file (`schema.tables[i].columns[j]`): keys, types and enum values.
/// Whether its id is unique is the SchemaJsonReader's business.
class ColumnJsonReader
{
public:
    static bool read(const JsonCursor &cursor, Column *column);

private:
    static bool readDefault(const JsonCursor &cursor, ColumnDefault *defaultValue);
    static bool readGenerated(const JsonCursor &cursor, std::optional<GeneratedColumn> *generated);
};

} // namespace tw::model
