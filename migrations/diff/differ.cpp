// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"

#include "migrations/diff/constraintnames.h"
#include "migrations/diff/diffbuilder.h"
#include "migrations/diff/diffbuilderv1.h"
#include "migrations/diff/tabledefinitionbuilder.h"

namespace tw::migrations {

MigrationPlan diff(const model::Schema &before, const model::Schema &after, const DiffOptions &options)
{
    return diff(schemaDefinition(before, options.dialect), schemaDefinition(after, options.dialect), options);
}

MigrationPlan diff(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options)
{
    if (options.dialect == SqlDialect::V1)
        return DiffBuilderV1(before, inheritConstraintNames(before, after, options), options).build();
    return DiffBuilder(before, after, options).build();
}

SchemaDefinition schemaDefinition(const model::Schema &schema, SqlDialect dialect)
{
    return {TableDefinitionBuilder::tables(schema, dialect), TableDefinitionBuilder::views(schema)};
}

SchemaDefinition continuedDefinition(const SchemaDefinition &previous, const model::Schema &schema,
                                     const DiffOptions &options)
{
    const SchemaDefinition next = schemaDefinition(schema, options.dialect);
    return options.dialect == SqlDialect::V1 ? inheritConstraintNames(previous, next, options) : next;
}

} // namespace tw::migrations
