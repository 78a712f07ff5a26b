// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/adopt/drizzleprojectrequest.h"

#include "migrations/folder/v1migrationsfolder.h"
#include "source/config/drizzleconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tw::views {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::views::DrizzleProjectRequest", text);
}

// The keys whose value the adopter needs and the user can give instead.
const QStringList kAnswerableKeys{QStringLiteral("schema"), QStringLiteral("out"), QStringLiteral("casing")};

QString defaultProjectFile(const QString &folder)
{
    const QString name = QFileInfo(folder).fileName();
    return QDir(folder).filePath((name.isEmpty() ? QStringLiteral("project") : name) + QStringLiteral(".twproj"));
}

// Where teams usually keep the schema: offered for a migrations folder without config.
QStringList guessSchema(const QString &baseFolder)
{
    for (const char *candidate : {"src/db/schema.ts", "src/schema.ts", "db/schema.ts", "schema.ts", "src/db/schema"}) {
        if (QFileInfo::exists(QDir(baseFolder).filePath(QString::fromLatin1(candidate))))
            return {QString::fromLatin1(candidate)};
    }
    return {};
}

model::Result<DrizzleProjectRequest> fromConfig(const QString &path)
{
    const auto read = source::DrizzleConfigReader::read(path);
    if (!read)
        return model::Result<DrizzleProjectRequest>::failure(read.error());
    const source::DrizzleConfig &config = read.value();
    DrizzleProjectRequest request;
    request.configPath = path;
    request.baseFolder = QFileInfo(path).absolutePath();
    request.dialect = config.dialect;
    request.schema = config.schema;
    request.migrations = config.out;
    request.casing = config.casing;
    for (const source::SourceDiagnostic &diagnostic : config.diagnostics)
        request.notes << diagnostic.toString();
    for (auto it = config.unreadable.cbegin(); it != config.unreadable.cend(); ++it) {
        if (kAnswerableKeys.contains(it.key())) {
            request.unreadable << it.key();
            request.notes
                << tr("`%1` is `%2`, which Tablewright does not run: say what it is below.").arg(it.key(), it.value());
        } else {
            request.notes << tr("`%1` is `%2` (not needed here).").arg(it.key(), it.value());
        }
    }
    if (request.unreadable.contains(QStringLiteral("schema")))
        request.schema.clear();
    request.projectFile = defaultProjectFile(request.baseFolder);
    return request;
}

DrizzleProjectRequest fromMigrationsFolder(const QString &folder)
{
    DrizzleProjectRequest request;
    request.baseFolder = QFileInfo(folder).absolutePath();
    request.migrations = QFileInfo(folder).absoluteFilePath();
    request.schema = guessSchema(request.baseFolder);
    request.notes << tr("No drizzle config: say where the schema files are (files, folders or globs, one a line).");
    request.projectFile = defaultProjectFile(request.baseFolder);
    return request;
}

} // namespace

model::Result<DrizzleProjectRequest> DrizzleProjectRequest::forPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fromMigrationsFolder(info.absoluteFilePath());
    if (info.fileName() == QLatin1String("_journal.json") && info.dir().dirName() == QLatin1String("meta"))
        return fromMigrationsFolder(QFileInfo(info.absolutePath()).absolutePath());
    // drizzle-kit 1.0 has no journal: a migration's own files stand for its folder's parent.
    const bool v1File =
        info.fileName() == QLatin1String("snapshot.json") || info.fileName() == QLatin1String("migration.sql");
    if (v1File && migrations::V1MigrationsFolder::folderTime(info.dir().dirName()))
        return fromMigrationsFolder(QFileInfo(info.absolutePath()).absolutePath());
    if (!info.exists())
        return model::Result<DrizzleProjectRequest>::failure(
            tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!source::ProjectAdopter::isDrizzleConfig(path)) {
        return model::Result<DrizzleProjectRequest>::failure(
            tr("%1 is not a drizzle config: expected drizzle.config.ts (or .js, .mjs, .json), the "
               "meta/_journal.json of a migrations folder, or a migration's snapshot.json in a drizzle-kit 1.0 "
               "folder.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return fromConfig(info.absoluteFilePath());
}

QString DrizzleProjectRequest::problem() const
{
    if (schema.isEmpty())
        return tr("Say where the schema files are: files, folders or globs, one a line.");
    if (migrations.trimmed().isEmpty())
        return tr("Say where the migrations folder is (drizzle-kit's default is `drizzle`).");
    if (projectFile.trimmed().isEmpty())
        return tr("Say where to save the Tablewright project.");
    return {};
}

source::AdoptOverrides DrizzleProjectRequest::overrides() const
{
    source::AdoptOverrides overrides;
    overrides.schema = schema;
    overrides.migrations = migrations;
    overrides.casing = casing;
    return overrides;
}

model::Result<source::Adoption> DrizzleProjectRequest::adopt() const
{
    const QString file = QFileInfo(projectFile).absoluteFilePath();
    if (isConfig())
        return source::ProjectAdopter::fromConfig(configPath, file, overrides());
    return source::ProjectAdopter::fromFolder(QDir(baseFolder).absoluteFilePath(migrations), schema, casing, file);
}

} // namespace tw::views
