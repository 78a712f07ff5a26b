// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/codegenerator.h"

namespace tw::codegen {

/// What the generated code imports besides drizzle, zod and tRPC: `src/db/database.ts` (always: the context ->
/// database seam), and starting points written only where missing so that a fresh export typechecks on its own:
/// `src/trpc.ts` (`Context`, `router`), `src/lib/auth.ts` (`protectedProcedure`, `publicProcedure`),
/// `src/router.ts` (the app router) and `src/db/test-database.ts` (sql.js with the migrations applied).
class SupportGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("support"); }
    QString displayName() const override { return QStringLiteral("Support files (trpc.ts, auth.ts, database.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;
};

} // namespace tw::codegen
