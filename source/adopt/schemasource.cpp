// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/schemasource.h"

#include "database/introspection/schemaintrospector.h"
#include "migrations/branches/branchmerge.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/json/jsonview.h"
#include "migrations/snapshot/snapshotreader.h"
#include "model/io/projectreader.h"
#include "source/adopt/latestsnapshot.h"
#include "source/adopt/projectadopter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace tw::source {
namespace {

using model::Result;

/// Whether @p json is a drizzle-kit 1.0 snapshot (`"version": "7"`).
bool isVersion7(const migrations::JsonView &json)
{
    const std::optional<migrations::JsonView> version = json.find(QStringLiteral("version"));
    return version && version->isString() && version->toString() == QLatin1String("7");
}

SchemaSource v7Source(migrations::SnapshotV7 snapshot, SchemaSource::Kind kind)
{
    SchemaSource source;
    source.kind = kind;
    source.snapshot.id = snapshot.id;
    source.v7 = std::move(snapshot);
    return source;
}

/// A drizzle-kit 1.0 folder's latest snapshot, as its generate takes it (the origin when it has none; the merge of
/// open branches); refused when that is ambiguous or the branches conflict.
Result<migrations::SnapshotV7> latestV7(const QString &path)
{
    const migrations::V1MigrationsFolder folder = migrations::V1MigrationsFolder::scan(path);
    if (folder.hasErrors())
        return Result<migrations::SnapshotV7>::failure(QStringLiteral("%1: %2").arg(path, folder.errorText()));
    if (!folder.latestSnapshot())
        return migrations::SnapshotV7{migrations::Snapshot::originId(), {}, {}, {}};
    const auto merged = migrations::BranchMerge::continuing(folder); // open branches: their merge, as generate's
    if (!merged)
        return Result<migrations::SnapshotV7>::failure(merged.error());
    migrations::SnapshotV7 latest = *folder.latestSnapshot();
    latest.ddl = merged.value().ddl;
    return latest;
}

Result<SchemaSource> readSnapshotFile(const QString &path, SchemaSource::Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SchemaSource>::failure(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    // Parsed once; the version says which reader walks it.
    const auto document = migrations::JsonDocument::parse(file.readAll());
    if (!document)
        return Result<SchemaSource>::failure(QStringLiteral("%1: not valid JSON: %2").arg(path, document.error()));
    const migrations::JsonView json = document.value().root();
    if (isVersion7(json)) {
        auto v7 = migrations::SnapshotV7Reader::fromJson(json);
        if (!v7)
            return Result<SchemaSource>::failure(QStringLiteral("%1: %2").arg(path, v7.error()));
        SchemaSource source = v7Source(std::move(v7).value(), kind);
        source.snapshotFile = QFileInfo(path).absoluteFilePath();
        return source;
    }
    auto snapshot = migrations::SnapshotReader::fromJson(json);
    if (!snapshot)
        return Result<SchemaSource>::failure(QStringLiteral("%1: %2").arg(path, snapshot.error()));
    SchemaSource source;
    source.kind = kind;
    source.snapshot = std::move(snapshot).value();
    source.snapshotFile = QFileInfo(path).absoluteFilePath();
    return source;
}

QString kindsExpected()
{
    return QStringLiteral("expected a Tablewright project (.twproj), a drizzle migrations folder, a drizzle snapshot "
                          "(.json) or a SQLite database (.db, .sqlite, .sqlite3 or a file starting with \"SQLite "
                          "format 3\")");
}

} // namespace

QString SchemaSource::notAProject(const QString &path, bool projectOnly)
{
    const QString expected = projectOnly ? QStringLiteral("expected a Tablewright project (.twproj)") : kindsExpected();
    if (path.endsWith(QLatin1String(".twproj")))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
    if (file.peek(4096).trimmed().startsWith('{'))
        return {};
    if (source::ProjectAdopter::isDrizzleConfig(path)) {
        return QStringLiteral("%1: is TypeScript or JavaScript, not a project; `tablewright import %1 -o PROJECT` "
                              "reads a drizzle config (drizzle.config.ts), other commands take the project it "
                              "writes; %2")
            .arg(path, expected);
    }
    return QStringLiteral("%1: not a format Tablewright reads; %2").arg(path, expected);
}

Result<SchemaSource> SchemaSource::load(const QString &path)
{
    const QFileInfo info(path);
    static const QStringList databaseSuffixes{QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                              QStringLiteral("db")};
    const bool databaseName = databaseSuffixes.contains(info.suffix().toLower());
    if (info.isFile() && databaseName && info.size() > 0 && !database::SchemaIntrospector::hasSqliteHeader(path))
        return Result<SchemaSource>::failure(
            QStringLiteral("%1: not a SQLite database (it does not start with the header "
                           "\"SQLite format 3\")")
                .arg(path));
    // SQLite takes an empty file for an empty database (wrangler can leave one behind).
    if (info.isFile() && (database::SchemaIntrospector::hasSqliteHeader(path) || (databaseName && info.size() == 0))) {
        auto introspected = database::SchemaIntrospector::read(path);
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
        // A v1 folder is also read as a v7 snapshot: a migration continuing it is written in drizzle-kit 1.0's dialect.
        std::optional<migrations::SnapshotV7> v7;
        if (migrations::FolderLayoutDetector::detect(path).layout == migrations::FolderLayout::V1) {
            auto latestV1 = latestV7(path);
            if (!latestV1)
                return Result<SchemaSource>::failure(latestV1.error());
            v7 = std::move(latestV1).value();
        }
        auto latest = source::LatestSnapshot::read(path);
        if (!latest)
            return Result<SchemaSource>::failure(latest.error());
        SchemaSource folder;
        folder.kind = Kind::Folder;
        folder.v7 = std::move(v7);
        folder.snapshot = std::move(latest.value().snapshot);
        folder.snapshotFile = latest.value().file;
        folder.warnings = latest.value().warnings;
        folder.folderLayout = latest.value().projectLayout(folder.folderLayout);
        folder.folderSummary = latest.value().summary();
        return folder;
    }
    if (path.endsWith(QLatin1String(".json")))
        return readSnapshotFile(path, Kind::Snapshot);
    if (const QString error = notAProject(path, false); !error.isEmpty())
        return Result<SchemaSource>::failure(error);
    auto project = model::ProjectReader::readFile(path);
    if (!project)
        return Result<SchemaSource>::failure(QStringLiteral("%1: %2").arg(path, project.error()));
    SchemaSource source;
    source.snapshot.schema = project.value().schema;
    return source;
}

} // namespace tw::source
