// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/codegenerator.h"

namespace tw::codegen {

/// `src/db/schema.ts`: the Drizzle sqlite-core schema in the guide's conventions. It is the file drizzle-kit reads,
/// so what it declares must give exactly the snapshot Tablewright writes for the same schema. After the tables and
/// views come the `relations()` of every foreign key, named as drizzle-kit `pull` names them, so that
/// `drizzle(client, { schema })` answers relational queries (`db.query.x.findMany({ with })`) out of the box;
/// drizzle-kit ignores them when it reads the file. This is the generated mode's file: in source mode the team's own
/// schema files, with their own relations, take its place.
///
/// A project in the v1 layout (drizzle-kit 1.0) gets drizzle-orm 1.0's one `defineRelations()` object instead:
/// drizzle-orm 1.0 has no `relations()`, and its drizzle-kit fails on the file with "relations is not a function".
class SchemaTsGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("schema"); }
    QString displayName() const override { return QStringLiteral("Drizzle schema (schema.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;

    /// The file's text for @p schema, headed with @p sourceName; relations() for @p layout Classic, defineRelations()
    /// for V1.
    static QString
    schemaText(const model::Schema &schema, const QString &sourceName,
               model::ProjectSettings::MigrationLayout layout = model::ProjectSettings::MigrationLayout::Classic);
};

} // namespace tw::codegen
