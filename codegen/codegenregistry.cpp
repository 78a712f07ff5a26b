// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/codegenregistry.h"

#include "codegen/schemats/schematsgenerator.h"

namespace tw::codegen {

CodegenRegistry::CodegenRegistry()
{
    m_generators.push_back(std::make_unique<SchemaTsGenerator>());
}

CodegenRegistry::~CodegenRegistry() = default;

const CodeGenerator *CodegenRegistry::generator(const QString &id) const
{
    for (const auto &g : m_generators) {
        if (g->id() == id)
            return g.get();
    }
    return nullptr;
}

QStringList CodegenRegistry::ids() const
{
    QStringList ids;
    for (const auto &g : m_generators)
        ids << g->id();
    return ids;
}

} // namespace tw::codegen
