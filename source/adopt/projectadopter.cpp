// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/projectadopter.h"

#include "model/layout/autolayout.h"
#include "source/adopt/latestsnapshot.h"
#include "source/adopt/snapshotmatch.h"
#include "source/config/drizzleconfig.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"

#include <QDir>
#include <QFileInfo>

namespace tw::source {
namespace {

using model::ProjectSettings;
using Failure = model::Result<Adoption>;

/// Everything adopting needs, wherever it came from (a config, or the command line).
struct AdoptInputs
{
    QDir baseDir;             ///< what relative schema paths are relative to
    QStringList schema;       ///< files, folders, globs
    QString migrationsFolder; ///< absolute
    Casing casing = Casing::None;
    bool d1 = false;
    QString projectFile; ///< absolute
    QString origin;      ///< for messages: the config, or the migrations folder
};

bool hasWranglerConfig(const QDir &folder)
{
    for (const char *name : {"wrangler.toml", "wrangler.json", "wrangler.jsonc"}) {
        if (QFileInfo::exists(folder.filePath(QLatin1String(name))))
            return true;
    }
    return false;
}

/// `schema` is written as `process.env.SCHEMA`, which Tablewright cannot know without running the config.
QString unreadableMessage(const DrizzleConfig &config, const QString &key, const QString &override)
{
    return QStringLiteral("%1: `%2` is written as `%3`, which Tablewright cannot read without running the config; "
                          "pass %4 instead")
        .arg(config.path, key, config.unreadable.value(key), override);
}

QString checkDialect(const DrizzleConfig &config, QStringList *warnings)
{
    if (config.unreadable.contains(QStringLiteral("dialect"))) {
        *warnings << QStringLiteral("%1: `dialect` is written as `%2`; reading the project as SQLite")
                         .arg(config.path, config.unreadable.value(QStringLiteral("dialect")));
        return {};
    }
    if (config.dialect == QLatin1String("sqlite") || config.dialect == QLatin1String("turso"))
        return {};
    if (config.dialect.isEmpty())
        return QStringLiteral("%1: the config has no `dialect`; expected `dialect: \"sqlite\"` (or \"turso\")")
            .arg(config.path);
    return QStringLiteral("%1: `dialect` is \"%2\"; Tablewright works with SQLite projects (dialect \"sqlite\" or "
                          "\"turso\", drivers such as d1-http, expo and durable-sqlite)")
        .arg(config.path, config.dialect);
}

QString relativeTo(const QDir &projectDir, const QDir &baseDir, const QString &path)
{
    return QDir::cleanPath(projectDir.relativeFilePath(QDir::cleanPath(baseDir.absoluteFilePath(path))));
}

/// The file new tables go to: the first schema file that declares a SQLite table (in a folder with a re-exporting
/// index.ts, a file next to its tables rather than the index), else the first file read.
QString newTableFile(const SourceSchema &source, const AdoptInputs &in)
{
    int best = -1;
    for (const SourceTable &table : source.tables) {
        if (table.file >= 0 && (best < 0 || table.file < best))
            best = table.file;
    }
    if (best < 0 && !source.files.isEmpty())
        best = 0;
    if (best >= 0)
        return source.files.at(best).path;
    const QString first = QDir::cleanPath(in.baseDir.absoluteFilePath(in.schema.value(0)));
    return QFileInfo(first).suffix().isEmpty() ? first + QStringLiteral("/schema.ts") : first;
}

void layOut(model::Project &project)
{
    const auto positions = model::autoLayout(project.schema, {});
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        project.layout.items[it.key()].position = it.value();
}

ProjectSettings settingsFor(const AdoptInputs &in, const SourceSchema &source)
{
    const QDir projectDir = QFileInfo(in.projectFile).absoluteDir();
    ProjectSettings settings;
    settings.schemaMode = ProjectSettings::SchemaMode::Source;
    for (const QString &path : in.schema)
        settings.schemaSources << relativeTo(projectDir, in.baseDir, path);
    settings.casing = in.casing;
    settings.migrationsFolder = relativeTo(projectDir, in.baseDir, in.migrationsFolder);
    settings.schemaFile = relativeTo(projectDir, in.baseDir, newTableFile(source, in));
    settings.target = in.d1 ? ProjectSettings::Target::D1 : ProjectSettings::Target::Sqlite;
    settings.tracking = in.d1 ? ProjectSettings::Tracking::D1 : ProjectSettings::Tracking::Drizzle;
    return settings;
}

model::Result<SourceSchema> readSource(const AdoptInputs &in, QStringList *warnings)
{
    QStringList errors;
    const QStringList files = SchemaSourceReader::resolvePaths(in.schema, in.baseDir.absolutePath(), &errors);
    if (files.isEmpty()) {
        return model::Result<SourceSchema>::failure(
            QStringLiteral("%1: no schema file found at %2; expected TypeScript or JavaScript files declaring "
                           "sqliteTable (a file, a folder or a glob, as drizzle.config's `schema` names them)%3")
                .arg(in.origin, in.schema.join(QLatin1String(", ")),
                     errors.isEmpty() ? QString() : QStringLiteral(": ") + errors.join(QLatin1String("; "))));
    }
    *warnings << errors;
    SourceSchema source = SchemaSourceReader::read(files, in.casing);
    for (const SourceDiagnostic &diagnostic : std::as_const(source.diagnostics))
        *warnings << diagnostic.toString();
    return source;
}

model::Result<Adoption> adopt(const AdoptInputs &in, QStringList warnings)
{
    auto source = readSource(in, &warnings);
    if (!source)
        return Failure::failure(source.error());
    auto latest = LatestSnapshot::read(in.migrationsFolder);
    if (!latest)
        return Failure::failure(latest.error());
    for (const QString &warning : std::as_const(latest.value().warnings))
        warnings << QStringLiteral("%1/%2").arg(in.migrationsFolder, warning);
    const model::Schema &snapshotSchema = latest.value().snapshot.schema;
    if (source.value().tables.isEmpty() && !snapshotSchema.tables.isEmpty() && !source.value().hasErrors()) {
        return Failure::failure(QStringLiteral("%1: the schema files (%2) declare no sqliteTable, but the latest "
                                               "snapshot has %3 tables; expected `schema` to name the files that "
                                               "declare them")
                                    .arg(in.origin, in.schema.join(QLatin1String(", ")))
                                    .arg(snapshotSchema.tables.size()));
    }

    Adoption adoption;
    model::Project &project = adoption.project;
    project.schema = source.value().toSchema();
    if (!latest.value().file.isEmpty()) {
        SnapshotMatch::fillFromSnapshot(project.schema, snapshotSchema);
        SnapshotMatch::reportPending(project.schema, snapshotSchema, &warnings);
        SnapshotMatch::keepOrReportMissing(project.schema, snapshotSchema, source.value().hasErrors(), &warnings);
        project.baseline = SnapshotMatch::baselineFor(project.schema, latest.value().snapshot);
    }
    project.settings = settingsFor(in, source.value());
    project.settings.migrationLayout = latest.value().projectLayout(project.settings.migrationLayout);
    adoption.folderSummary = latest.value().summary();
    layOut(project);
    project.source =
        SourceMatcher::bindingFor(project.schema, source.value(), QFileInfo(in.projectFile).absolutePath());
    adoption.warnings = warnings;
    return adoption;
}

} // namespace

bool ProjectAdopter::isDrizzleConfig(const QString &path)
{
    const QFileInfo info(path);
    static const QStringList scripts{QStringLiteral("ts"),  QStringLiteral("js"),  QStringLiteral("mjs"),
                                     QStringLiteral("cjs"), QStringLiteral("mts"), QStringLiteral("cts")};
    const QString suffix = info.suffix().toLower();
    if (scripts.contains(suffix))
        return true;
    const QString name = info.fileName().toLower();
    return suffix == QLatin1String("json") && name.contains(QLatin1String("drizzle")) &&
           name.contains(QLatin1String("config"));
}

model::Result<Adoption> ProjectAdopter::fromConfig(const QString &configPath, const QString &projectFile,
                                                   const AdoptOverrides &overrides)
{
    auto read = DrizzleConfigReader::read(configPath);
    if (!read)
        return Failure::failure(read.error());
    const DrizzleConfig &config = read.value();
    QStringList warnings;
    for (const SourceDiagnostic &diagnostic : config.diagnostics)
        warnings << diagnostic.toString();
    if (const QString error = checkDialect(config, &warnings); !error.isEmpty())
        return Failure::failure(error);

    AdoptInputs in;
    in.origin = config.path;
    in.baseDir = QFileInfo(config.path).absoluteDir();
    in.projectFile = QFileInfo(projectFile).absoluteFilePath();
    const auto unreadable = [&](const char *key) {
        return config.unreadable.contains(QLatin1String(key));
    };
    if (!overrides.schema.isEmpty())
        in.schema = overrides.schema;
    else if (unreadable("schema"))
        return Failure::failure(
            unreadableMessage(config, QStringLiteral("schema"), QStringLiteral("--schema PATH...")));
    else
        in.schema = config.schema;
    if (in.schema.isEmpty()) {
        return Failure::failure(QStringLiteral("%1: the config has no `schema`; expected the schema file, folder or "
                                               "glob there, or pass --schema PATH...")
                                    .arg(config.path));
    }
    if (!overrides.migrations.isEmpty())
        in.migrationsFolder = in.baseDir.absoluteFilePath(overrides.migrations);
    else if (unreadable("out"))
        return Failure::failure(unreadableMessage(config, QStringLiteral("out"), QStringLiteral("--migrations DIR")));
    else
        in.migrationsFolder =
            in.baseDir.absoluteFilePath(config.out.isEmpty() ? QStringLiteral("drizzle") : config.out);
    if (overrides.casing)
        in.casing = *overrides.casing;
    else if (unreadable("casing"))
        return Failure::failure(unreadableMessage(config, QStringLiteral("casing"), QStringLiteral("--casing MODE")));
    else
        in.casing = config.casing;
    if (unreadable("driver")) {
        warnings << QStringLiteral("%1: `driver` is written as `%2`; the target is chosen from wrangler's config")
                        .arg(config.path, config.unreadable.value(QStringLiteral("driver")));
    }
    if (!config.breakpoints) {
        warnings << QStringLiteral("%1: `breakpoints: false`: Tablewright's migrations separate statements with "
                                   "`--> statement-breakpoint` (drizzle-kit's default), which every runner accepts")
                        .arg(config.path);
    }
    in.d1 = config.driver == QLatin1String("d1-http") || hasWranglerConfig(in.baseDir);
    return adopt(in, warnings);
}

model::Result<Adoption> ProjectAdopter::fromFolder(const QString &migrationsDir, const QStringList &schemaPaths,
                                                   Casing casing, const QString &projectFile)
{
    AdoptInputs in;
    in.migrationsFolder = QFileInfo(migrationsDir).absoluteFilePath();
    in.origin = in.migrationsFolder;
    in.baseDir = QFileInfo(in.migrationsFolder).absoluteDir();
    in.schema = schemaPaths;
    in.casing = casing;
    in.projectFile = QFileInfo(projectFile).absoluteFilePath();
    in.d1 = hasWranglerConfig(in.baseDir);
    if (in.schema.isEmpty())
        return Failure::failure(
            QStringLiteral("%1: expected at least one schema file, folder or glob (--schema PATH)").arg(in.origin));
    return adopt(in, {});
}

} // namespace tw::source
