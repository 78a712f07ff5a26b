// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicontext.h"
#include "model/project/project.h"

#include <optional>

namespace tw::cli {

/// Reads a project for a subcommand, printing `PATH: error` to stderr when it cannot be read.
std::optional<model::Project> loadProject(const QString &path, CliContext &context);

} // namespace tw::cli
