// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"

namespace tw::test {

/// A rename as the table editor makes it (SchemaEditor::changeTableAttributes with the Name aspect), for tests that
/// need "the user renamed a table" as one line.
inline bool renameTable(model::SchemaDocument &document, const model::Id &tableId, const QString &name,
                        bool mergeable = false)
{
    const model::Table *table = document.schema().table(tableId);
    if (!table)
        return false;
    model::TableAttributes attributes = model::TableAttributes::of(*table);
    attributes.name = name;
    return model::SchemaEditor(&document).changeTableAttributes(tableId, attributes, model::EditAspect::Name,
                                                                mergeable);
}

/// A rename as the item grids make it (SchemaEditor::changeItem with the Name aspect).
template<model::TableItem T>
bool renameItem(model::SchemaDocument &document, const model::Id &tableId, const model::Id &itemId, const QString &name,
                bool mergeable = false)
{
    const model::Table *table = document.schema().table(tableId);
    const T *item = table ? model::findById(model::itemsOf<T>(*table), itemId) : nullptr;
    if (!item)
        return false;
    T renamed = *item;
    renamed.name = name;
    return model::SchemaEditor(&document).changeItem(tableId, renamed, model::EditAspect::Name, mergeable);
}

} // namespace tw::test
