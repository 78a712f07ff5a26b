// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/wranglerconfig.h"

#include "migrations/deploy/configentries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace tw::migrations::deploy {
namespace {

const QString kD1 = QStringLiteral("d1_databases");

QString location(const QString &fileName, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(fileName).arg(line) : fileName;
}

/// The `d1_databases` items under @p prefix (`[]` or `["env", X]`), in their order.
model::Result<QList<D1DatabaseConfig>> databasesUnder(const QString &fileName, const ConfigEntries &entries,
                                                      const QStringList &prefix)
{
    using Failure = model::Result<QList<D1DatabaseConfig>>;
    std::map<int, D1DatabaseConfig> byIndex;
    const QString owner = prefix.isEmpty() ? kD1 : QStringLiteral("env.%1.%2").arg(prefix.at(1), kD1);
    for (const ConfigEntry &entry : entries) {
        if (entry.path.size() < prefix.size() + 1 || entry.path.mid(0, prefix.size()) != prefix ||
            entry.path.at(prefix.size()) != kD1)
            continue;
        const QStringList rest = entry.path.mid(prefix.size() + 1);
        if (rest.size() != 2 || !rest.first().startsWith(u'#'))
            return Failure::failure(QStringLiteral("%1: `%2` must be an array of tables (`[[%2]]`)")
                                        .arg(location(fileName, entry.line), owner));
        const int index = rest.first().mid(1).toInt();
        D1DatabaseConfig &database = byIndex[index];
        if (database.line == 0 || (entry.line > 0 && entry.line < database.line))
            database.line = entry.line;
        const QString &key = rest.at(1);
        static const QStringList known = {QStringLiteral("binding"), QStringLiteral("database_name"),
                                          QStringLiteral("database_id"), QStringLiteral("migrations_dir"),
                                          QStringLiteral("migrations_pattern")};
        if (!known.contains(key))
            continue; // preview_database_id, migrations_table, ...: wrangler's business
        if (!entry.value.isString())
            return Failure::failure(QStringLiteral("%1: %2[%3].%4 must be a string")
                                        .arg(location(fileName, entry.line), owner)
                                        .arg(index)
                                        .arg(key));
        const QString text = entry.value.toString();
        if (key == QLatin1String("binding"))
            database.binding = text;
        else if (key == QLatin1String("database_name"))
            database.databaseName = text;
        else if (key == QLatin1String("database_id"))
            database.databaseId = text;
        else if (key == QLatin1String("migrations_dir"))
            database.migrationsDir = text;
        else
            database.migrationsPattern = text;
    }
    QList<D1DatabaseConfig> databases;
    for (auto &[index, database] : byIndex) {
        if (database.binding.isEmpty())
            return Failure::failure(
                QStringLiteral("%1: %2[%3] has no `binding`").arg(location(fileName, database.line), owner).arg(index));
        const QString dir = QDir::cleanPath(database.migrationsDir) + u'/';
        if (!database.migrationsPattern.isEmpty() && !database.migrationsPattern.startsWith(dir))
            return Failure::failure(QStringLiteral("%1: %2[%3].migrations_pattern `%4` must start with "
                                                   "migrations_dir (`%5`), as wrangler requires")
                                        .arg(location(fileName, database.line), owner)
                                        .arg(index)
                                        .arg(database.migrationsPattern, dir));
        databases << database;
    }
    return databases;
}

} // namespace

QStringList WranglerConfig::fileNames()
{
    return {QStringLiteral("wrangler.json"), QStringLiteral("wrangler.jsonc"), QStringLiteral("wrangler.toml")};
}

QString WranglerConfig::find(const QString &folder)
{
    for (const QString &name : fileNames())
        if (QFileInfo(QDir(folder).filePath(name)).isFile())
            return QDir(folder).absoluteFilePath(name);
    return {};
}

model::Result<WranglerConfig> WranglerConfig::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return model::Result<WranglerConfig>::failure(
            QStringLiteral("%1: cannot read the wrangler config: %2").arg(path, file.errorString()));
    return parse(QFileInfo(path).absoluteFilePath(), file.readAll());
}

model::Result<WranglerConfig> WranglerConfig::parse(const QString &path, const QByteArray &text)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto entries = path.endsWith(QLatin1String(".toml"))
                             ? TomlSubsetReader::read(fileName, QString::fromUtf8(text))
                             : JsoncReader::read(fileName, text);
    if (!entries)
        return model::Result<WranglerConfig>::failure(entries.error());
    WranglerConfig config;
    config.path = path;
    auto top = databasesUnder(fileName, entries.value(), {});
    if (!top)
        return model::Result<WranglerConfig>::failure(top.error());
    config.databases = top.value();
    QStringList environments;
    for (const ConfigEntry &entry : entries.value())
        if (entry.path.size() > 2 && entry.path.first() == QLatin1String("env") &&
            !environments.contains(entry.path.at(1)))
            environments << entry.path.at(1);
    for (const QString &environment : std::as_const(environments)) {
        auto databases = databasesUnder(fileName, entries.value(), {QStringLiteral("env"), environment});
        if (!databases)
            return model::Result<WranglerConfig>::failure(databases.error());
        config.environments.insert(environment, databases.value());
    }
    return config;
}

model::Result<D1DatabaseConfig> WranglerConfig::database(const QString &binding, const QString &environment) const
{
    using Failure = model::Result<D1DatabaseConfig>;
    const QString fileName = QFileInfo(path).fileName();
    if (!environment.isEmpty() && !environments.contains(environment))
        return Failure::failure(
            QStringLiteral("%1 has no [env.%2] with d1_databases (environments: %3)")
                .arg(fileName, environment,
                     environments.isEmpty() ? QStringLiteral("none") : environments.keys().join(QLatin1String(", "))));
    const QList<D1DatabaseConfig> &list = environment.isEmpty() ? databases : environments.value(environment);
    QStringList bindings;
    for (const D1DatabaseConfig &database : list) {
        if (database.binding == binding || (binding.isEmpty() && list.size() == 1))
            return database;
        bindings << database.binding;
    }
    if (list.isEmpty())
        return Failure::failure(
            QStringLiteral("%1 has no d1_databases%2")
                .arg(fileName, environment.isEmpty() ? QString() : QStringLiteral(" in [env.%1]").arg(environment)));
    if (binding.isEmpty())
        return Failure::failure(QStringLiteral("%1 has several D1 databases (%2): choose one with --binding")
                                    .arg(fileName, bindings.join(QLatin1String(", "))));
    return Failure::failure(QStringLiteral("%1 has no D1 binding `%2` (bindings: %3)")
                                .arg(fileName, binding, bindings.join(QLatin1String(", "))));
}

QString WranglerConfig::migrationsFolder(const D1DatabaseConfig &database) const
{
    return QDir::cleanPath(QFileInfo(path).absoluteDir().absoluteFilePath(database.migrationsDir));
}

} // namespace tw::migrations::deploy
