// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicontext.h"
#include "model/project/project.h"

#include <optional>

namespace tw::cli {

/// Reads a project for a subcommand, printing `PATH: error` to stderr when it cannot be read.
std::optional<model::Project> loadProject(const QString &path, CliContext &context);
/// @p problem (no local database found, or several: database::LocalDatabaseLocator) followed by the command line's
/// remedy, `--db FILE` (the library's message names none: the window's remedy is a button).
QString withDbOptionRemedy(const QString &problem);
/// Prints the schema's validation errors and `PATH: the schema has errors; @p consequence`; false when there are
/// none (warnings are left to `check`).
bool reportSchemaErrors(const model::Project &project, const QString &path, const QString &consequence,
                        CliContext &context);

} // namespace tw::cli
