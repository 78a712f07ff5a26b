// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright check PROJECT`: loads and validates a project; prints one problem a line,
/// `error|warning: LOCATION: message`. Exit 0 when clean or only warnings, 1 on errors or an unreadable project.
class CheckCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("validate a project; list errors and warnings"); }
    QString usage() const override { return QStringLiteral("PROJECT"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
