// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::app {

/// The bundled example project (examples/aperto.twproj, the user guide's): where the installation put it
/// (`<prefix>/share/tablewright/examples/` beside the executable's `bin/`), else in the source tree this binary was
/// built from (a developer's build), else on the system's data paths; empty when none has it.
QString exampleProjectPath();

} // namespace tw::app
