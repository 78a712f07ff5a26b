// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/project.h"

namespace tw::bench {

/// The generated schema (generatedSchema) with every table placed by autoLayout, as a project opened from disk is;
/// cached per size, so that the diagram benchmarks measure drawing and exporting, not the layout.
const model::Project &laidOutProject(int tables);

} // namespace tw::bench
