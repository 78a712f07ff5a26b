// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotreader.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/importids.h"
#include "migrations/snapshot/jsonfieldreader.h"
#include "migrations/snapshot/snapshotcolumn.h"
#include "migrations/snapshot/snapshottablereader.h"

namespace tw::migrations {
namespace {

using Path = JsonFieldReader;
using SnapshotResult = model::Result<Snapshot>;

const QString kVersion = QStringLiteral("version");
const QString kDialect = QStringLiteral("dialect");
const QString kId = QStringLiteral("id");
const QString kPrevId = QStringLiteral("prevId");
const QString kTables = QStringLiteral("tables");
const QString kViews = QStringLiteral("views");
const QString kEnums = QStringLiteral("enums");
const QString kMeta = QStringLiteral("_meta");
const QString kInternal = QStringLiteral("internal");
const QString kColumns = QStringLiteral("columns");

bool readHeader(const JsonView &json, Snapshot &snapshot, Path &reader)
{
    if (!reader.checkObject(json, {}, {kVersion, kDialect, kId, kPrevId, kTables, kEnums, kMeta}, {kViews, kInternal}))
        return false;
    const std::optional<QString> version = reader.string(json, {}, kVersion);
    if (!version)
        return false;
    if (*version != QLatin1String("6")) {
        return reader.fail(
            kVersion, QStringLiteral("snapshot version %1 is not supported; only \"6\" (drizzle-kit 0.2x-0.31) is, "
                                     "and `drizzle-kit up` upgrades older ones")
                          .arg(JsonText::quote(*version)));
    }
    const std::optional<QString> dialect = reader.string(json, {}, kDialect);
    if (dialect && *dialect != QLatin1String("sqlite"))
        return reader.fail(kDialect, QStringLiteral("%1 is not \"sqlite\"").arg(JsonText::quote(*dialect)));
    const std::optional<QString> id = dialect ? reader.string(json, {}, kId) : std::nullopt;
    const std::optional<QString> prevId = id ? reader.string(json, {}, kPrevId) : std::nullopt;
    if (!prevId || !reader.member(json, {}, kEnums, JsonValue::Type::Object))
        return false;
    snapshot.id = *id;
    snapshot.prevId = *prevId;
    return true;
}

/// `"a"` -> `a`; nullopt when @p key is not a quoted name.
std::optional<QString> unquoteName(const QString &key)
{
    if (key.size() < 2 || !key.startsWith(QLatin1Char('"')) || !key.endsWith(QLatin1Char('"')))
        return std::nullopt;
    return key.mid(1, key.size() - 2);
}

/// `"table"."column"` -> {table, column}. Names may themselves contain `"."`: the split that leaves a table of the
/// snapshot on the left wins, else the first one.
std::optional<std::pair<QString, QString>> splitColumnKey(const QString &key, const model::Schema &schema)
{
    const std::optional<QString> inner = unquoteName(key);
    if (!inner)
        return std::nullopt;
    const QString separator = QStringLiteral("\".\"");
    std::optional<std::pair<QString, QString>> first;
    for (qsizetype at = inner->indexOf(separator); at >= 0; at = inner->indexOf(separator, at + 1)) {
        std::pair<QString, QString> split{inner->left(at), inner->mid(at + separator.size())};
        for (const model::Table &table : schema.tables) {
            if (table.name == split.first)
                return split;
        }
        if (!first)
            first = split;
    }
    return first;
}

bool readRenames(const JsonView &json, Snapshot &snapshot, Path &reader)
{
    const std::optional<JsonView> meta = reader.member(json, {}, kMeta, JsonValue::Type::Object);
    // drizzle-kit requires tables and columns; it writes schemas too (always empty for SQLite).
    if (!meta || !reader.checkObject(*meta, kMeta, {kTables, kColumns}, {QStringLiteral("schemas")}))
        return false;
    const std::optional<JsonView> tables = reader.member(*meta, kMeta, kTables, JsonValue::Type::Object);
    const std::optional<JsonView> columns =
        tables ? reader.member(*meta, kMeta, kColumns, JsonValue::Type::Object) : std::nullopt;
    if (!columns || (meta->contains(QStringLiteral("schemas")) &&
                     !reader.member(*meta, kMeta, QStringLiteral("schemas"), JsonValue::Type::Object)))
        return false;
    for (const auto &[key, to] : tables->members()) {
        const QString path = Path::entryPath(Path::memberPath(kMeta, kTables), key);
        const std::optional<QString> fromName = unquoteName(key);
        const std::optional<QString> toName = to.isString() ? unquoteName(to.toString()) : std::nullopt;
        if (!fromName || !toName)
            return reader.fail(path, QStringLiteral("expected \"\\\"old\\\"\": \"\\\"new\\\"\""));
        snapshot.renames.tables << SnapshotRenames::TableRename{*fromName, *toName};
    }
    for (const auto &[key, to] : columns->members()) {
        const QString path = Path::entryPath(Path::memberPath(kMeta, kColumns), key);
        const auto from = splitColumnKey(key, snapshot.schema);
        const auto toSplit = to.isString() ? splitColumnKey(to.toString(), snapshot.schema) : std::nullopt;
        if (!from || !toSplit)
            return reader.fail(path,
                               QStringLiteral("expected \"\\\"table\\\".\\\"old\\\"\": \"\\\"table\\\".\\\"new\\\"\""));
        snapshot.renames.columns << SnapshotRenames::ColumnRename{from->first, from->second, toSplit->first,
                                                                  toSplit->second};
    }
    return true;
}

bool readTables(const JsonView &json, std::optional<JsonView> internalIndexes, Snapshot &snapshot, Path &reader)
{
    const std::optional<JsonView> tables = reader.member(json, {}, kTables, JsonValue::Type::Object);
    if (!tables)
        return false;
    SnapshotTableReader tableReader(reader, internalIndexes);
    const std::vector<JsonView::Member> members = tables->members();
    snapshot.schema.tables.reserve(qsizetype(members.size()));
    for (const auto &[key, tableJson] : members) {
        std::optional<model::Table> table = tableReader.readColumns(tableJson, key);
        if (!table)
            return reader.failUnder(Path::entryPath(kTables, key));
        snapshot.schema.tables << std::move(*table);
    }
    SnapshotTableReader::TablesByName byName; // the first table of a name
    for (auto t = snapshot.schema.tables.crbegin(); t != snapshot.schema.tables.crend(); ++t)
        byName.insert(t->name, &*t);
    for (size_t i = 0; i < members.size(); ++i) {
        if (!tableReader.readConstraints(members[i].value, snapshot.schema.tables[qsizetype(i)], byName))
            return reader.failUnder(Path::entryPath(kTables, members[i].key));
    }
    return true;
}

std::optional<model::View> readView(const JsonView &json, const QString &key, Path &reader)
{
    const QString path = Path::entryPath(kViews, key);
    if (!reader.checkObject(json, path, {QStringLiteral("name"), kColumns, QStringLiteral("isExisting")},
                            {QStringLiteral("definition")}) ||
        !reader.checkNameMatchesKey(json, path, key))
        return std::nullopt;
    const std::optional<JsonView> columns = reader.member(json, path, kColumns, JsonValue::Type::Object);
    const std::optional<bool> existing =
        columns ? reader.boolean(json, path, QStringLiteral("isExisting")) : std::nullopt;
    if (!existing)
        return std::nullopt;
    model::View view;
    view.id = ImportIds::view(key);
    view.name = key;
    view.isExisting = *existing;
    if (json.contains(QStringLiteral("definition"))) {
        const std::optional<QString> definition = reader.string(json, path, QStringLiteral("definition"));
        if (!definition)
            return std::nullopt;
        view.definition = *definition;
    }
    const QString columnsPath = Path::memberPath(path, kColumns);
    for (const auto &[columnKey, columnJson] : columns->members()) {
        const QString columnPath = Path::entryPath(columnsPath, columnKey);
        std::optional<model::Column> column =
            SnapshotColumn::fromJson(columnJson, columnPath, SnapshotColumn::Owner::View, reader);
        if (!column || !reader.checkNameMatchesKey(columnJson, columnPath, columnKey))
            return std::nullopt;
        column->id = ImportIds::viewColumn(key, column->name);
        view.columns << *column;
    }
    return view;
}

bool readViews(const JsonView &json, Snapshot &snapshot, Path &reader)
{
    const std::optional<JsonView> views = reader.member(json, {}, kViews, JsonValue::Type::Object, false);
    if (!views)
        return !reader.failed();
    for (const auto &[key, viewJson] : views->members()) {
        std::optional<model::View> view = readView(viewJson, key, reader);
        if (!view)
            return false;
        snapshot.schema.views << *view;
    }
    return true;
}

std::optional<JsonView> internalIndexes(const JsonView &json, Path &reader)
{
    const std::optional<JsonView> internal = reader.member(json, {}, kInternal, JsonValue::Type::Object, false);
    if (!internal || !reader.checkObject(*internal, kInternal, {}, {QStringLiteral("indexes")}))
        return std::nullopt;
    return reader.member(*internal, kInternal, QStringLiteral("indexes"), JsonValue::Type::Object, false);
}

} // namespace

SnapshotResult SnapshotReader::fromJson(const JsonView &json)
{
    Path reader;
    Snapshot snapshot;
    if (readHeader(json, snapshot, reader)) {
        const std::optional<JsonView> indexes = internalIndexes(json, reader);
        if (!reader.failed() && readTables(json, indexes, snapshot, reader) && readViews(json, snapshot, reader))
            readRenames(json, snapshot, reader);
    }
    if (reader.failed())
        return SnapshotResult::failure(reader.error());
    return snapshot;
}

SnapshotResult SnapshotReader::read(const QByteArray &text)
{
    const model::Result<JsonDocument> json = JsonDocument::parse(text);
    if (!json.ok())
        return SnapshotResult::failure(QStringLiteral("not valid JSON: ") + json.error());
    return fromJson(json.value().root());
}

} // namespace tw::migrations
