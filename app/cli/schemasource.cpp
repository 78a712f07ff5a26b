// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/schemasource.h"

#include "migrations/folder/migrationsfolder.h"
#include "migrations/introspect/schemaintrospector.h"
#include "migrations/snapshot/snapshotreader.h"
#include "model/io/projectreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace tw::cli {
namespace {

using model::Result;

Result<SchemaSource> readSnapshotFile(const QString &path, SchemaSource::Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SchemaSource>::failure(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    auto snapshot = migrations::SnapshotReader::read(file.readAll());
    if (!snapshot)
        return Result<SchemaSource>::failure(QStringLiteral("%1: %2").arg(path, snapshot.error()));
    SchemaSource source;
    source.kind = kind;
    source.snapshot = std::move(snapshot).value();
    source.snapshotFile = QFileInfo(path).absoluteFilePath();
    return source;
}

} // namespace

Result<SchemaSource> SchemaSource::load(const QString &path)
{
    const QFileInfo info(path);
    static const QStringList databaseSuffixes{QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db")};
    const bool databaseName = databaseSuffixes.contains(info.suffix().toLower());
    if (info.isFile() && databaseName && info.size() > 0 && !migrations::SchemaIntrospector::hasSqliteHeader(path))
        return Result<SchemaSource>::failure(QStringLiteral("%1: not a SQLite database (it does not start with the header "
                                                            "\"SQLite format 3\")").arg(path));
    // SQLite takes an empty file for an empty database (wrangler can leave one behind).
    if (info.isFile() && (migrations::SchemaIntrospector::hasSqliteHeader(path) || (databaseName && info.size() == 0))) {
        auto introspected = migrations::SchemaIntrospector::read(path);
        if (!introspected)
            return Result<SchemaSource>::failure(introspected.error());
        SchemaSource source;
        source.kind = Kind::Database;
        source.snapshot.schema = std::move(introspected.value().schema);
        source.warnings = std::move(introspected.value().warnings);
        return source;
    }
    if (info.isDir() || !info.exists()) {
        if (!info.exists() && path.endsWith(QLatin1String(".json")))
            return Result<SchemaSource>::failure(QStringLiteral("%1: no such file").arg(path));
        if (!info.exists() && path.endsWith(QLatin1String(".twproj")))
            return Result<SchemaSource>::failure(QStringLiteral("%1: no such file").arg(path));
        const auto folder = migrations::MigrationsFolder::scan(path);
        if (folder.hasErrors())
            return Result<SchemaSource>::failure(QStringLiteral("%1: %2").arg(path, folder.errorText()));
        auto source = folder.latestSnapshotFile().isEmpty()
                          ? Result<SchemaSource>(SchemaSource{})
                          : readSnapshotFile(folder.filePath(folder.latestSnapshotFile()), Kind::Folder);
        if (!source)
            return source;
        SchemaSource loaded = std::move(source).value();
        loaded.kind = Kind::Folder;
        if (folder.latestSnapshotFile().isEmpty())
            loaded.snapshot.id = migrations::Snapshot::originId();
        for (const migrations::FolderProblem &problem : folder.problems()) // warnings only: errors returned above
            loaded.warnings << (problem.file.isEmpty() ? problem.message
                                                       : problem.file + QStringLiteral(": ") + problem.message);
        return loaded;
    }
    if (path.endsWith(QLatin1String(".json")))
        return readSnapshotFile(path, Kind::Snapshot);
    auto project = model::ProjectReader::readFile(path);
    if (!project)
        return Result<SchemaSource>::failure(QStringLiteral("%1: %2").arg(path, project.error()));
    SchemaSource source;
    source.snapshot.schema = project.value().schema;
    return source;
}

} // namespace tw::cli
