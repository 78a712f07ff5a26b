// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"
#include "model/schema/table.h"

#include <QPointF>

#include <optional>

namespace tw::model {
class SchemaDocument;
struct Schema;
} // namespace tw::model

namespace tw::views {

/// The relationship edits the diagram offers, each pushed as one undo step.
namespace relationshipedits {

/// The column a drop onto @p parent should reference: @p droppedOn when it is a unique key of its own (primary
/// key, unique column...), else the table's single-column primary key; a null id when there is none.
model::Id referencedColumn(const model::Table &parent, const model::Id &droppedOn);

/// "Add foreign key": makes @p columnId of @p childTableId reference @p targetColumnId of @p parentTableId. When
/// the column's type differs from the referenced one it follows it (type, text length, and the mode when the
/// old one does not fit the new type) in the same undo step. False when either column is missing, they are the
/// same column, or the column already references that target.
bool addForeignKey(model::SchemaDocument *document, const model::Id &childTableId, const model::Id &columnId,
                   const model::Id &parentTableId, const model::Id &targetColumnId);

/// The junction table of a many-to-many between @p a and @p b, as the guide's `product_tags`: named
/// `<a in singular>_<b>` (made unique in @p schema), one NOT NULL column per primary-key column of each side
/// (`product_id`, `tag_id`, typed like the key), each a foreign key with ON DELETE cascade, a composite primary
/// key over all of them, and an index on the second table's columns (the key's leading column needs none).
/// Nullopt when either table has no primary key or both are the same table.
std::optional<model::Table> junctionTable(const model::Schema &schema, const model::Table &a, const model::Table &b);

/// Adds junctionTable() at @p position as one undo step; returns its id or a null id.
model::Id addManyToMany(model::SchemaDocument *document, const model::Id &a, const model::Id &b,
                        const QPointF &position);

} // namespace relationshipedits
} // namespace tw::views
