// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicontext.h"
#include "model/project/project.h"

namespace tw::cli {

/// Before `check`, `generate` and `export` work on a source-mode project: when only the schema files changed since
/// the last sync, takes them into @p project, says so on stdout and saves it; when only the project changed, or
/// nothing did, goes on; when both changed, or the files cannot be read, prints why on stderr and returns false
/// (the designer resolves conflicts). A generated-mode project is left alone.
bool syncWithSource(model::Project &project, const QString &projectPath, CliContext &context);

} // namespace tw::cli
