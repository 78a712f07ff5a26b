// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright check PROJECT [--output text|json]`: loads and validates a project; prints one problem a line,
/// `error|warning: LOCATION: message`. Exit 0 when clean or only warnings, 1 on errors or an unreadable project.
/// A valid project's migrations folder is checked too, in its layout (classic or drizzle-kit 1.0): the folder's
/// problems as the scan reports them (a mixed folder and an ambiguous next migration are errors), conflicting v1
/// branches (BranchConflicts, drizzle-kit 1.0's own check), and a warning when the project holds changes no
/// migration does yet (the next Generate would not be empty). `--output json` prints one object in the shape of
/// drizzle-kit 1.0's `check --output json`, so tools reading rc.5's verdict read Tablewright's.
class CheckCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("validate a project and its migrations folder"); }
    QString usage() const override { return QStringLiteral("PROJECT [--output text|json]"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
