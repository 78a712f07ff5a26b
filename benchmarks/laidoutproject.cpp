// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/laidoutproject.h"

#include "benchmarks/generatedschema.h"
#include "model/layout/autolayout.h"

#include <map>

namespace tw::bench {

const model::Project &laidOutProject(int tables)
{
    static std::map<int, model::Project> cache;
    auto it = cache.find(tables);
    if (it == cache.end()) {
        model::Project project;
        project.schema = generatedSchema(tables);
        const auto positions = model::autoLayout(project.schema, {});
        for (auto p = positions.cbegin(); p != positions.cend(); ++p) {
            model::TableLayout item;
            item.position = p.value();
            project.layout.items.insert(p.key(), item);
        }
        it = cache.emplace(tables, std::move(project)).first;
    }
    return it->second;
}

} // namespace tw::bench
