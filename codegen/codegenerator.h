// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/generatedfile.h"
#include "model/project/project.h"

#include <QString>

namespace tw::codegen {

/// What every generator needs besides the schema.
struct CodegenOptions
{
    /// Named in the header of every generated file (usually the project file's name).
    QString sourceName;
};

/// A TypeScript writer. Deterministic: the same project and options always give the same bytes.
class CodeGenerator
{
public:
    virtual ~CodeGenerator() = default;

    /// Stable key used by `--only` (`schema`, `operations`, ...).
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const = 0;
};

} // namespace tw::codegen
