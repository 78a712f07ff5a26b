// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace tw::migrations::deploy {

/// How to start one of the user's Node tools (wrangler, drizzle-kit): the project's own `node_modules/.bin/<tool>`
/// when it has one (the version the project pinned), else `npx <tool>` from PATH. The user's login and environment
/// are wrangler's own: nothing is added to them and nothing they print is stored.
struct ToolCommand
{
    QString program;
    QStringList prefix; ///< arguments before the tool's own (`wrangler` for npx)

    /// @p tool in the first of @p folders holding `node_modules/.bin/<tool>`, else `npx <tool>`.
    static ToolCommand find(const QString &tool, const QStringList &folders);
    /// The command line for @p arguments, quoted where needed, for plans and reports.
    QString commandLine(const QStringList &arguments) const;
};

/// What a finished tool run gave.
struct ToolRun
{
    int exitCode = -1;
    bool started = false;
    bool cancelled = false;
    QString output; ///< stdout and stderr merged, terminal colours removed
    bool succeeded() const { return started && !cancelled && exitCode == 0; }
};

/// Called with each output line as it arrives (the dialog's log, the CLI's stderr).
using ToolOutput = std::function<void(const QString &line)>;
/// Asked while the tool runs; true kills it.
using ToolCancelled = std::function<bool()>;

/// Runs a tool to completion on the calling thread (the dialog calls it from a worker thread), streaming its lines.
class ToolProcess
{
public:
    static ToolRun run(const ToolCommand &command, const QStringList &arguments, const QString &workingFolder,
                       const ToolOutput &output = {}, const ToolCancelled &cancelled = {});
    /// @p text without ANSI escape sequences.
    static QString withoutColours(const QString &text);
};

} // namespace tw::migrations::deploy
