// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicontext.h"

#include <QString>

namespace tw::cli {

/// `tablewright export PROJECT --only package-scripts`: the opt-in export kind that adds the guide's scripts
/// (PackageScripts) for the wrangler config's D1 binding to the EXISTING package.json in @p outFolder. Never creates
/// the file and never replaces a script; prints `updated`/`unchanged` like the other kinds. Returns an ExitCode.
int exportPackageScripts(const QString &projectPath, const QString &outFolder, CliContext &context);

} // namespace tw::cli
