// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/jsonfieldreader.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7ddlreader.h"
#include "migrations/snapshot/snapshotv7renames.h"

namespace tw::migrations {
namespace {

using SnapshotResult = model::Result<SnapshotV7>;

bool readHeader(const JsonView &json, SnapshotV7 &snapshot, JsonFieldReader &reader)
{
    if (!json.isObject())
        return reader.fail({},
                           QStringLiteral("expected an object, found %1").arg(JsonFieldReader::typeName(json.type())));
    const std::optional<QString> version = reader.string(json, {}, QStringLiteral("version"));
    if (!version)
        return false;
    if (*version != QLatin1String("7")) {
        return reader.fail(QStringLiteral("version"),
                           QStringLiteral("snapshot version %1 is not drizzle-kit 1.0's \"7\" (a \"6\" belongs in a "
                                          "classic folder's meta/; `drizzle-kit up` converts it)")
                               .arg(JsonText::quote(*version)));
    }
    const std::optional<QString> dialect = reader.string(json, {}, QStringLiteral("dialect"));
    if (dialect && *dialect != QLatin1String("sqlite"))
        return reader.fail(QStringLiteral("dialect"),
                           QStringLiteral("%1 is not \"sqlite\"").arg(JsonText::quote(*dialect)));
    const std::optional<QString> id = dialect ? reader.string(json, {}, QStringLiteral("id")) : std::nullopt;
    const std::optional<QStringList> prevIds = id ? reader.strings(json, {}, QStringLiteral("prevIds")) : std::nullopt;
    if (!prevIds)
        return false;
    snapshot.id = *id;
    snapshot.prevIds = *prevIds;
    return true;
}

bool readRenames(const JsonView &json, SnapshotV7 &snapshot, JsonFieldReader &reader)
{
    // drizzle-kit requires the list, even when empty.
    const std::optional<QStringList> renames = reader.strings(json, {}, QStringLiteral("renames"));
    if (!renames)
        return false;
    for (qsizetype i = 0; i < renames->size(); ++i) {
        if (!SnapshotV7Renames::parse(renames->at(i), snapshot.renames)) {
            return reader.fail(QStringLiteral("renames[%1]").arg(i),
                               QStringLiteral("%1 is neither `old->new` nor `table.old->table.new`")
                                   .arg(JsonText::quote(renames->at(i))));
        }
    }
    return true;
}

} // namespace

SnapshotResult SnapshotV7Reader::read(const QByteArray &text)
{
    const model::Result<JsonDocument> json = JsonDocument::parse(text);
    if (!json.ok())
        return SnapshotResult::failure(QStringLiteral("not valid JSON: ") + json.error());
    return fromJson(json.value().root());
}

SnapshotResult SnapshotV7Reader::fromJson(const JsonView &json)
{
    JsonFieldReader reader;
    SnapshotV7 snapshot;
    // Other top-level keys are ignored, as drizzle-kit ignores them.
    if (readHeader(json, snapshot, reader)) {
        const std::optional<JsonView> ddl = reader.member(json, {}, QStringLiteral("ddl"), JsonValue::Type::Array);
        SnapshotV7DdlReader ddlReader(reader);
        if (ddl && ddlReader.read(*ddl, snapshot.ddl))
            readRenames(json, snapshot, reader);
    }
    if (reader.failed())
        return SnapshotResult::failure(reader.error());
    return snapshot;
}

} // namespace tw::migrations
