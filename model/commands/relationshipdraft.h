// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/columntype.h"
#include "model/schema/id.h"
#include "model/schema/table.h"

#include <QString>

#include <optional>

namespace tw::model {

struct Schema;

/// A foreign key to add, however the user asked for it: the New Relationship dialog fills every field, a diagram drag
/// names an existing column and the key it was dropped on. SchemaEditor::addRelationship applies it, so both
/// gestures give the same column type, the same index and the same undo step. The guide's example is
/// `products.category_id` → `categories.id` with `products_category_id_idx`.
struct RelationshipDraft
{
    Id childTable;
    Id column; ///< an existing column of the child; null: add a column named newColumnName
    QString newColumnName;
    bool notNull = false; ///< for a new column: mandatory relationship (NOT NULL)
    Id parentTable;
    Id targetColumn; ///< a single-column primary or unique key of the parent
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    /// Index the referencing column unless an index (or the primary key) already leads with it: SQLite looks the
    /// children up by it on every delete or update of a parent.
    bool createIndex = true;

    /// The draft for @p child → @p parent with the defaults the guide uses: a new `<parent singular>_<key>` column
    /// referencing the parent's single-column primary key (null when it has none), no actions, an index.
    static RelationshipDraft suggested(const Schema &schema, const Id &child, const Id &parent);
    /// The draft for making the existing @p column of @p child reference @p parent's @p targetColumn (a drag).
    static RelationshipDraft ofColumn(const Id &child, const Id &column, const Id &parent, const Id &targetColumn);

    /// Why the draft cannot be applied to @p schema ("Pick the table that holds the foreign key", "`posts`
    /// already has a column `author_id`", ...), or empty when it can.
    QString problem(const Schema &schema) const;

    /// The name of the index createIndex adds: `<child>_<column>_idx`, free in SQLite's schema-wide namespace.
    QString indexName(const Schema &schema) const;
    /// Whether applying the draft adds the index (createIndex, and the column is not indexed already).
    bool addsIndex(const Schema &schema) const;

    /// One line describing the result, e.g. "posts.author_id → authors.id: many posts per author, required".
    QString summary(const Schema &schema) const;
};

/// The column a drop onto @p parent should reference: @p droppedOn when it is a unique key of its own (primary
/// key, unique column...), else the table's single-column primary key; a null id when there is none.
Id referencedColumn(const Table &parent, const Id &droppedOn);

/// The junction table of a many-to-many between @p a and @p b, as the guide's `product_tags`: named
/// `<a in singular>_<b>` (free in @p schema's namespace), one NOT NULL column per primary-key column of each side
/// (`product_id`, `tag_id`, typed like the key), each a foreign key with ON DELETE cascade, a composite primary
/// key over all of them, and an index on the second table's columns (the key's leading column needs none).
/// Nullopt when either table has no primary key or both are the same table.
std::optional<Table> junctionTable(const Schema &schema, const Table &a, const Table &b);

} // namespace tw::model
