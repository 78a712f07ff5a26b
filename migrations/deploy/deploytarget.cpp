// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/deploytarget.h"

#include "source/config/drizzleconfig.h"

#include <QDir>
#include <QFileInfo>

namespace tw::migrations::deploy {
namespace {

/// The drizzle config beside the project, if it is a Turso/libSQL one.
QString tursoConfig(const QString &projectFolder)
{
    for (const char *name : {"drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs", "drizzle.config.json"}) {
        const QString path = QDir(projectFolder).absoluteFilePath(QString::fromLatin1(name));
        if (!QFileInfo::exists(path))
            continue;
        const auto config = source::DrizzleConfigReader::read(path);
        if (config && config.value().dialect == QLatin1String("turso"))
            return path;
        return {};
    }
    return {};
}

} // namespace

model::Result<DeployTarget> DeployTarget::resolve(const DeployOptions &options)
{
    using Failure = model::Result<DeployTarget>;
    DeployTarget target;
    target.local = options.local;
    target.environment = options.environment;
    target.projectFile = QFileInfo(options.projectFile).absoluteFilePath();
    target.projectFolder = QFileInfo(options.projectFile).absolutePath();
    if (options.configFile.isEmpty()) {
        if (const QString drizzle = tursoConfig(target.projectFolder); !drizzle.isEmpty()) {
            const auto config = source::DrizzleConfigReader::read(drizzle);
            target.kind = Kind::Turso;
            target.drizzleConfig = drizzle;
            target.workingFolder = target.projectFolder;
            target.migrationsFolder = QDir::cleanPath(QDir(target.projectFolder).absoluteFilePath(config.value().out));
            target.tool = ToolCommand::find(QStringLiteral("drizzle-kit"), {target.projectFolder});
            if (target.local)
                return Failure::failure(QStringLiteral("%1 is a Turso/libSQL config: there is no wrangler local "
                                                       "database to deploy to (drop --local)")
                                            .arg(QFileInfo(drizzle).fileName()));
            return target;
        }
    }
    const QString configPath = options.configFile.isEmpty()
                                   ? WranglerConfig::find(target.projectFolder)
                                   : QDir(target.projectFolder).absoluteFilePath(options.configFile);
    if (configPath.isEmpty())
        return Failure::failure(QStringLiteral("%1: no wrangler.json, wrangler.jsonc or wrangler.toml beside the "
                                               "project (give one with --config)")
                                    .arg(target.projectFolder));
    auto config = WranglerConfig::read(configPath);
    if (!config)
        return Failure::failure(config.error());
    auto database = config.value().database(options.binding, options.environment);
    if (!database)
        return Failure::failure(database.error());
    target.config = config.value();
    target.database = database.value();
    target.workingFolder = QFileInfo(configPath).absolutePath();
    target.migrationsFolder = target.config.migrationsFolder(target.database);
    target.tool = ToolCommand::find(QStringLiteral("wrangler"), {target.workingFolder, target.projectFolder});
    return target;
}

QStringList DeployTarget::wranglerArguments(const QStringList &command, const QStringList &extra) const
{
    QStringList arguments = QStringList{QStringLiteral("d1")} + command;
    arguments << database.commandName() << where();
    arguments << QStringLiteral("--config") << config.path;
    if (!environment.isEmpty())
        arguments << QStringLiteral("--env") << environment;
    return arguments + extra;
}

} // namespace tw::migrations::deploy
