// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"

#include "migrations/diff/diffbuilder.h"
#include "migrations/diff/tabledefinitionbuilder.h"

namespace tw::migrations {

MigrationPlan diff(const model::Schema &before, const model::Schema &after, const DiffOptions &options)
{
    return diff(schemaDefinition(before), schemaDefinition(after), options);
}

MigrationPlan diff(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options)
{
    return DiffBuilder(before, after, options).build();
}

SchemaDefinition schemaDefinition(const model::Schema &schema)
{
    return {TableDefinitionBuilder::tables(schema), TableDefinitionBuilder::views(schema)};
}

} // namespace tw::migrations
