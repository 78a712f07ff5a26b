// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/importedschema.h"

#include "model/schema/schema.h"
#include "model/schema/typescriptnames.h"

namespace tw::model {
namespace {

void inferMode(Column &column)
{
    if (column.mode != DrizzleMode::None)
        return;
    const ColumnDefault::Kind kind = column.defaultValue.kind();
    if (column.type == SqlType::Integer && kind == ColumnDefault::Kind::Boolean)
        column.mode = DrizzleMode::Boolean;
    else if (column.type == SqlType::Blob && kind == ColumnDefault::Kind::String)
        column.mode = DrizzleMode::Json;
}

} // namespace

void prepareImportedSchema(Schema &schema)
{
    for (Table &table : schema.tables) {
        for (Column &column : table.columns)
            inferMode(column);
    }
    assignTypeScriptNames(schema);
}

} // namespace tw::model
