// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/generate/custommigration.h"

#include "migrations/folder/migrationfolderwriter.h"
#include "migrations/folder/migrationnamer.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationfolderwriter.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshot.h"

#include <QDateTime>
#include <QFile>
#include <QUuid>

#include <functional>

namespace tw::migrations {
namespace {

using model::Result;

/// How zod rewrites one value of a snapshot: keys in the schema's order, unknown ones dropped.
using Shape = std::function<JsonValue(const JsonValue &)>;

/// One key of a zod object: its own shape (none: kept as is) and whether zod's `.default({})` fills it in.
struct Field
{
    QString key;
    Shape shape;
    bool defaultsToEmptyObject = false;
};

Shape objectShape(QList<Field> fields)
{
    return [fields = std::move(fields)](const JsonValue &from) {
        JsonValue out = JsonValue::object();
        for (const Field &field : fields) {
            if (const JsonValue *value = from.find(field.key))
                out.insert(field.key, field.shape ? field.shape(*value) : *value);
            else if (field.defaultsToEmptyObject)
                out.insert(field.key, JsonValue::object());
        }
        return out;
    };
}

/// zod's record(): every value shaped, the keys in their order.
Shape recordShape(Shape valueShape)
{
    return [valueShape = std::move(valueShape)](const JsonValue &from) {
        JsonValue out = JsonValue::object();
        for (qsizetype i = 0; i < from.keys().size(); ++i)
            out.insert(from.keys()[i], valueShape(from.values()[std::size_t(i)]));
        return out;
    };
}

Field field(const char *key, Shape shape = {})
{
    return {QString::fromLatin1(key), std::move(shape), false};
}

/// drizzle-kit 0.31's sqliteSchema (src/serializer/sqliteSchema.ts), version 6, without id and prevId.
Shape classicSchemaShape()
{
    const Shape column =
        objectShape({field("name"), field("type"), field("primaryKey"), field("notNull"), field("autoincrement"),
                     field("default"), field("generated", objectShape({field("type"), field("as")}))});
    const Shape index = objectShape({field("name"), field("columns"), field("where"), field("isUnique")});
    const Shape foreignKey = objectShape({field("name"), field("tableFrom"), field("columnsFrom"), field("tableTo"),
                                          field("columnsTo"), field("onUpdate"), field("onDelete")});
    const Shape table = objectShape({
        field("name"),
        field("columns", recordShape(column)),
        field("indexes", recordShape(index)),
        field("foreignKeys", recordShape(foreignKey)),
        field("compositePrimaryKeys", recordShape(objectShape({field("columns"), field("name")}))),
        {QStringLiteral("uniqueConstraints"), recordShape(objectShape({field("name"), field("columns")})), true},
        {QStringLiteral("checkConstraints"), recordShape(objectShape({field("name"), field("value")})), true},
    });
    const Shape view =
        objectShape({field("name"), field("columns", recordShape(column)), field("definition"), field("isExisting")});
    const Shape internal = objectShape({field(
        "indexes", recordShape(objectShape({field("columns", recordShape(objectShape({field("isExpression")})))})))});
    return objectShape({field("version"),
                        field("dialect"),
                        field("tables", recordShape(table)),
                        {QStringLiteral("views"), recordShape(view), true},
                        field("enums"),
                        field("_meta"),
                        field("internal", internal)});
}

/// drizzle-kit's writeResult() gives every migration but a generated one this `_meta`.
JsonValue emptyMeta()
{
    JsonValue meta = JsonValue::object();
    for (const char *key : {"columns", "schemas", "tables"})
        meta.insert(QString::fromLatin1(key), JsonValue::object());
    return meta;
}

/// @p first's keys, then @p rest's except those.
JsonValue withLeadingKeys(const JsonValue &first, const JsonValue &rest)
{
    JsonValue out = first;
    for (qsizetype i = 0; i < rest.keys().size(); ++i) {
        if (!first.contains(rest.keys()[i]))
            out.insert(rest.keys()[i], rest.values()[std::size_t(i)]);
    }
    return out;
}

Result<JsonValue> parsedSnapshot(const QByteArray &bytes, const QString &version)
{
    auto parsed = JsonText::parse(bytes);
    if (!parsed)
        return Result<JsonValue>::failure(parsed.error());
    const JsonValue *found = parsed.value().find(QStringLiteral("version"));
    if (!parsed.value().isObject() || !found || !found->isString() || found->toString() != version)
        return Result<JsonValue>::failure(
            QStringLiteral("not a version %1 snapshot (drizzle-kit's `up` upgrades older ones)").arg(version));
    return parsed;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

/// The project's baseline after the custom migration: the same names, recorded against the new snapshot (a custom
/// migration's snapshot is the previous one again). A project that never generated keeps no snapshot id.
model::Baseline movedBaseline(model::Baseline baseline, const QString &snapshotId)
{
    if (!baseline.snapshotId.isEmpty())
        baseline.snapshotId = snapshotId;
    return baseline;
}

Result<CustomMigrationOutcome> writeClassic(const CustomMigrationRequest &request, const QString &id)
{
    using R = Result<CustomMigrationOutcome>;
    const MigrationsFolder folder = MigrationsFolder::scan(request.migrationsFolder);
    if (const QString conflict = MigrationGenerator::folderConflict(folder, request.project.baseline);
        !conflict.isEmpty())
        return R::failure(conflict);
    QByteArray previous;
    if (!folder.latestSnapshotFile().isEmpty()) {
        auto bytes = readFile(folder.filePath(folder.latestSnapshotFile()));
        if (!bytes)
            return R::failure(bytes.error());
        previous = bytes.value();
    }
    const QString prevId = previous.isEmpty() ? Snapshot::originId() : folder.latestSnapshotId();
    auto snapshot = CustomMigration::classicSnapshot(previous, id, prevId);
    if (!snapshot)
        return R::failure(QStringLiteral("%1: %2").arg(folder.filePath(folder.latestSnapshotFile()), snapshot.error()));
    const NewMigration migration{
        MigrationNamer::tag(folder.nextIndex(), request.name, id),
        folder.nextWhen(request.nowMs > 0 ? request.nowMs : QDateTime::currentMSecsSinceEpoch()),
        CustomMigration::firstLine(), snapshot.value()};
    auto written = MigrationFolderWriter::append(folder, migration);
    if (!written)
        return R::failure(written.error());
    CustomMigrationOutcome outcome;
    outcome.layout = FolderLayout::Classic;
    outcome.sqlPath = written.value();
    for (const FolderProblem &problem : folder.problems())
        outcome.folderWarnings << problem.toString();
    return outcome;
}

Result<CustomMigrationOutcome> writeV1(const CustomMigrationRequest &request, const QString &id)
{
    using R = Result<CustomMigrationOutcome>;
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(request.migrationsFolder);
    if (const QString conflict = MigrationGenerator::folderConflict(folder, request.project.baseline);
        !conflict.isEmpty())
        return R::failure(conflict);
    QByteArray previous;
    const QString previousFile =
        folder.latestSnapshotFolder().isEmpty()
            ? QString()
            : folder.filePath(folder.latestSnapshotFolder() + QStringLiteral("/snapshot.json"));
    if (!previousFile.isEmpty()) {
        auto bytes = readFile(previousFile);
        if (!bytes)
            return R::failure(bytes.error());
        previous = bytes.value();
    }
    auto snapshot = CustomMigration::v1Snapshot(previous, id, folder.nextPrevIds());
    if (!snapshot)
        return R::failure(QStringLiteral("%1: %2").arg(previousFile, snapshot.error()));
    const QDateTime now =
        request.nowMs > 0 ? QDateTime::fromMSecsSinceEpoch(request.nowMs, Qt::UTC) : QDateTime::currentDateTimeUtc();
    const NewV1Migration migration{MigrationNamer::tag(0, request.name, id).section(u'_', 1),
                                   CustomMigration::firstLine(), snapshot.value()};
    auto written = V1MigrationFolderWriter::add(folder, migration, now);
    if (!written)
        return R::failure(written.error());
    CustomMigrationOutcome outcome;
    outcome.layout = FolderLayout::V1;
    outcome.sqlPath = folder.filePath(written.value() + QStringLiteral("/migration.sql"));
    for (const FolderProblem &problem : folder.problems())
        outcome.folderWarnings << problem.toString();
    return outcome;
}

} // namespace

Result<QByteArray> CustomMigration::classicSnapshot(const QByteArray &previous, const QString &id,
                                                    const QString &prevId)
{
    JsonValue rest = JsonValue::object();
    if (previous.isEmpty()) {
        rest.insert(QStringLiteral("version"), QStringLiteral("6"));
        rest.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
        rest.insert(QStringLiteral("tables"), JsonValue::object());
        rest.insert(QStringLiteral("views"), JsonValue::object());
        rest.insert(QStringLiteral("enums"), JsonValue::object());
        rest.insert(QStringLiteral("_meta"), JsonValue::object());
    } else {
        auto parsed = parsedSnapshot(previous, QStringLiteral("6"));
        if (!parsed)
            return Result<QByteArray>::failure(parsed.error());
        rest = classicSchemaShape()(parsed.value());
    }
    rest.insert(QStringLiteral("_meta"), emptyMeta());
    JsonValue head = JsonValue::object();
    head.insert(QStringLiteral("id"), id);
    head.insert(QStringLiteral("prevId"), prevId);
    return JsonText::stringify(withLeadingKeys(head, rest));
}

Result<QByteArray> CustomMigration::v1Snapshot(const QByteArray &previous, const QString &id,
                                               const QStringList &prevIds)
{
    JsonValue rest = JsonValue::object();
    if (previous.isEmpty()) {
        rest.insert(QStringLiteral("version"), QStringLiteral("7"));
        rest.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
        rest.insert(QStringLiteral("ddl"), JsonValue::array());
        rest.insert(QStringLiteral("renames"), JsonValue::array());
    } else {
        auto parsed = parsedSnapshot(previous, QStringLiteral("7"));
        if (!parsed)
            return Result<QByteArray>::failure(parsed.error());
        rest = parsed.value();
    }
    if (rest.contains(QStringLiteral("renames")))
        rest.insert(QStringLiteral("renames"), JsonValue::array());
    JsonValue parents = JsonValue::array();
    for (const QString &prevId : prevIds)
        parents.append(prevId);
    JsonValue head = JsonValue::object();
    head.insert(QStringLiteral("id"), id);
    head.insert(QStringLiteral("prevIds"), parents);
    return JsonText::stringify(withLeadingKeys(head, rest));
}

Result<CustomMigrationOutcome> CustomMigration::write(const CustomMigrationRequest &request)
{
    const auto layout = MigrationGenerator::continuedLayout(request.project.settings, request.migrationsFolder);
    if (!layout)
        return Result<CustomMigrationOutcome>::failure(layout.error());
    const QString id =
        request.snapshotId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.snapshotId;
    auto outcome = layout.value() == FolderLayout::V1 ? writeV1(request, id) : writeClassic(request, id);
    if (outcome)
        outcome.value().baseline = movedBaseline(request.project.baseline, id);
    return outcome;
}

} // namespace tw::migrations
