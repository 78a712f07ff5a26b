// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/api/tableapi.h"
#include "codegen/codegenerator.h"

namespace tw::codegen {

/// `src/lib/<domain>/types.ts`, for every table of the domain: `<Entity>` (InferSelectModel), `<Entity>Insert`
/// (InferInsertModel), and the shapes the operations take: `<Entity>Data` (what a caller supplies), `<Entity>Key`,
/// `<Entity>Changes`.
class TypesGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("types"); }
    QString displayName() const override { return QStringLiteral("Types (types.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;

    static QString typesText(const QList<TableApi> &apis, const QString &schemaImport, const QString &sourceName);
};

} // namespace tw::codegen
