// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/api/codelayout.h"
#include "codegen/api/tableapi.h"
#include "codegen/codegenerator.h"

namespace tw::codegen {

/// `src/lib/<domain>/operations.ts` (every table of the domain) in the guide's conventions (`createX(data, ctx)`,
/// `getX(id, ctx)`, `getAllXs(ctx)`, `getXsBy<ForeignKey>(value, ctx)`, `updateX(id, changes, ctx)` and `deleteX(id,
/// ctx)` returning whether a row changed). Composite keys take a key object; keyless tables get create and the lists.
class OperationsGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("operations"); }
    QString displayName() const override { return QStringLiteral("Operations (operations.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;

    /// The operations of every table of one domain, in order, under one set of imports.
    static QString operationsText(const QList<TableApi> &apis, const CodeLayout &layout, const QString &path,
                                  const QString &sourceName);
    /// The parameter name for a filter column: its TypeScript name when that can be a parameter, else `value`.
    static QString parameterName(const model::Column &column);
};

} // namespace tw::codegen
