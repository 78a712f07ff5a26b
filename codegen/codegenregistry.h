// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/codegenerator.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace tw::codegen {

/// Every generator, in export order. Built statically: nothing is loaded at run time.
class CodegenRegistry
{
public:
    CodegenRegistry();
    ~CodegenRegistry();

    const std::vector<std::unique_ptr<CodeGenerator>> &generators() const { return m_generators; }
    const CodeGenerator *generator(const QString &id) const;
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<CodeGenerator>> m_generators;
};

} // namespace tw::codegen
