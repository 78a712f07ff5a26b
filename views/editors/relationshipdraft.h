// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/columntype.h"
#include "model/schema/id.h"

#include <QString>

namespace tw::model {
class SchemaDocument;
struct Schema;
struct Table;
} // namespace tw::model

namespace tw::views {

/// What the New Relationship dialog collects: the child's referencing column (an existing one, or a new one to
/// add), the parent's referenced key column, the referential actions and whether to index the column, as the
/// guide's `products.category_id` → `categories.id` with `products_category_id_idx`.
struct RelationshipDraft
{
    model::Id childTable;
    model::Id column;      ///< an existing column of the child; null: add a column named newColumnName
    QString newColumnName;
    bool notNull = false;  ///< for a new column: mandatory relationship (NOT NULL)
    model::Id parentTable;
    model::Id targetColumn; ///< a single-column primary or unique key of the parent
    model::ReferentialAction onDelete = model::ReferentialAction::NoAction;
    model::ReferentialAction onUpdate = model::ReferentialAction::NoAction;
    bool createIndex = true;

    /// The draft for @p child → @p parent with the defaults the guide uses: a new `<parent singular>_<key>` column
    /// referencing the parent's single-column primary key (null when it has none), no actions, an index.
    static RelationshipDraft suggested(const model::Schema &schema, const model::Id &child, const model::Id &parent);

    /// Why the draft cannot be applied to @p schema ("Pick the table that holds the foreign key", "`posts`
    /// already has a column `author_id`", ...), or empty when it can.
    QString problem(const model::Schema &schema) const;

    /// The name of the index createIndex adds: `<child>_<column>_idx`, made unique in @p schema.
    QString indexName(const model::Schema &schema) const;

    /// One line describing the result, e.g. "posts.author_id → authors.id: many posts per author, required".
    QString summary(const model::Schema &schema) const;

    /// Adds the column (typed like the key), the foreign key and the index as one undo step named after the
    /// relationship. False, changing nothing, when problem() is not empty.
    bool apply(model::SchemaDocument *document) const;
};

} // namespace tw::views
