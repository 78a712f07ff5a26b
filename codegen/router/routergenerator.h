// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/codegenerator.h"

namespace tw::codegen {

/// `src/lib/router.ts`: the router entries of every table (`createCategory: createCategoryProcedure, ...`) as one
/// object, `generatedProcedures`, to spread into the app's `router({ ... })` (the guide's step 7). Flat, as the guide's
/// router is: a domain only changes the module the names come from (every name is unique in the project).
class RouterGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("router"); }
    QString displayName() const override { return QStringLiteral("Router entries (lib/router.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;
};

} // namespace tw::codegen
