// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/toolprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace tw::migrations::deploy {

ToolCommand ToolCommand::find(const QString &tool, const QStringList &folders)
{
    for (const QString &folder : folders) {
        const QFileInfo local(QDir(folder).filePath(QStringLiteral("node_modules/.bin/") + tool));
        if (local.isFile() && local.isExecutable())
            return {local.absoluteFilePath(), {}};
    }
    return {QStringLiteral("npx"), {tool}};
}

QString ToolCommand::commandLine(const QStringList &arguments) const
{
    QStringList words;
    for (const QString &word : QStringList{program} + prefix + arguments)
        words << (word.contains(u' ') || word.isEmpty() ? u'"' + word + u'"' : word);
    return words.join(u' ');
}

QString ToolProcess::withoutColours(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    return QString(text).remove(escape);
}

ToolRun ToolProcess::run(const ToolCommand &command, const QStringList &arguments, const QString &workingFolder,
                         const ToolOutput &output, const ToolCancelled &cancelled)
{
    ToolRun result;
    QProcess process;
    process.setWorkingDirectory(workingFolder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(command.program, command.prefix + arguments);
    if (!process.waitForStarted(30000)) {
        result.output = QStringLiteral("cannot start %1: %2").arg(command.program, process.errorString());
        if (output)
            output(result.output);
        return result;
    }
    result.started = true;
    process.closeWriteChannel(); // never waits for an answer: wrangler takes its non-interactive defaults
    QByteArray pending;
    const auto emitLines = [&](bool all) {
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0 || (all && !pending.isEmpty())) {
            const qsizetype end = newline >= 0 ? newline : pending.size();
            const QString line = withoutColours(QString::fromUtf8(pending.left(end))).remove(u'\r');
            pending.remove(0, newline >= 0 ? end + 1 : end);
            result.output += line + u'\n';
            if (output)
                output(line);
        }
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        pending += process.readAll();
        emitLines(false);
        if (cancelled && cancelled()) {
            process.kill();
            process.waitForFinished(5000);
            result.cancelled = true;
            break;
        }
    }
    pending += process.readAll();
    emitLines(true);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace tw::migrations::deploy
