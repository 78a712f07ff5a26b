// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/api/codelayout.h"
#include "codegen/api/tableapi.h"
#include "codegen/codegenerator.h"

#include <QStringList>

namespace tw::codegen {

/// `src/lib/<domain>/procedures.ts`: for every table of the domain, one tRPC procedure per operation, with zod inputs
/// derived from the columns and `ctx.log` lines as in the guide. The project's `procedureAccess` picks the builders:
/// `auto` makes reads `publicProcedure` and writes `protectedProcedure`, `protected`/`public` use one builder for all.
/// Procedures that need `ctx.user` (a create whose foreign key to the users table is filled from `ctx.user.id`, and "my
/// rows") are always `protectedProcedure`.
class ProceduresGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("procedures"); }
    QString displayName() const override { return QStringLiteral("tRPC procedures (procedures.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;

    /// The procedures of every table of one domain, in order, under one set of imports.
    static QString
    proceduresText(const QList<TableApi> &apis, const CodeLayout &layout, const QString &path,
                   const QString &sourceName,
                   model::ProjectSettings::ProcedureAccess access = model::ProjectSettings::ProcedureAccess::Auto);
    /// The exported procedure names of @p api, in file order (`createCategoryProcedure`, ...).
    static QStringList procedureNames(const TableApi &api);
};

} // namespace tw::codegen
