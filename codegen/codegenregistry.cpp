// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/codegenregistry.h"

#include "codegen/operations/operationsgenerator.h"
#include "codegen/procedures/proceduresgenerator.h"
#include "codegen/router/routergenerator.h"
#include "codegen/schemats/schematsgenerator.h"
#include "codegen/support/supportgenerator.h"
#include "codegen/tests/testsgenerator.h"
#include "codegen/types/typesgenerator.h"

namespace tw::codegen {

CodegenRegistry::CodegenRegistry()
{
    m_generators.push_back(std::make_unique<SchemaTsGenerator>());
    m_generators.push_back(std::make_unique<TypesGenerator>());
    m_generators.push_back(std::make_unique<OperationsGenerator>());
    m_generators.push_back(std::make_unique<ProceduresGenerator>());
    m_generators.push_back(std::make_unique<RouterGenerator>());
    m_generators.push_back(std::make_unique<TestsGenerator>());
    m_generators.push_back(std::make_unique<SupportGenerator>());
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
