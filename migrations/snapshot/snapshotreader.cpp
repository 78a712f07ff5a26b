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

bool readHeader(const JsonValue &json, Snapshot &snapshot, Path &reader)
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

bool readRenames(const JsonValue &json, Snapshot &snapshot, Path &reader)
{
    const JsonValue *meta = reader.member(json, {}, kMeta, JsonValue::Type::Object);
    // drizzle-kit requires tables and columns; it writes schemas too (always empty for SQLite).
    if (!meta || !reader.checkObject(*meta, kMeta, {kTables, kColumns}, {QStringLiteral("schemas")}))
        return false;
    const JsonValue *tables = reader.member(*meta, kMeta, kTables, JsonValue::Type::Object);
    const JsonValue *columns = tables ? reader.member(*meta, kMeta, kColumns, JsonValue::Type::Object) : nullptr;
    if (!columns || (meta->contains(QStringLiteral("schemas")) &&
                     !reader.member(*meta, kMeta, QStringLiteral("schemas"), JsonValue::Type::Object)))
        return false;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        const QString path = Path::entryPath(Path::memberPath(kMeta, kTables), tables->keys()[i]);
        const JsonValue &to = tables->values()[size_t(i)];
        const std::optional<QString> fromName = unquoteName(tables->keys()[i]);
        const std::optional<QString> toName = to.isString() ? unquoteName(to.toString()) : std::nullopt;
        if (!fromName || !toName)
            return reader.fail(path, QStringLiteral("expected \"\\\"old\\\"\": \"\\\"new\\\"\""));
        snapshot.renames.tables << SnapshotRenames::TableRename{*fromName, *toName};
    }
    for (qsizetype i = 0; i < columns->size(); ++i) {
        const QString path = Path::entryPath(Path::memberPath(kMeta, kColumns), columns->keys()[i]);
        const JsonValue &to = columns->values()[size_t(i)];
        const auto from = splitColumnKey(columns->keys()[i], snapshot.schema);
        const auto toSplit = to.isString() ? splitColumnKey(to.toString(), snapshot.schema) : std::nullopt;
        if (!from || !toSplit)
            return reader.fail(path,
                               QStringLiteral("expected \"\\\"table\\\".\\\"old\\\"\": \"\\\"table\\\".\\\"new\\\"\""));
        snapshot.renames.columns << SnapshotRenames::ColumnRename{from->first, from->second, toSplit->first,
                                                                  toSplit->second};
    }
    return true;
}

bool readTables(const JsonValue &json, const JsonValue *internalIndexes, Snapshot &snapshot, Path &reader)
{
    const JsonValue *tables = reader.member(json, {}, kTables, JsonValue::Type::Object);
    if (!tables)
        return false;
    SnapshotTableReader tableReader(reader, internalIndexes);
    for (qsizetype i = 0; i < tables->size(); ++i) {
        std::optional<model::Table> table = tableReader.readColumns(tables->values()[size_t(i)], tables->keys()[i]);
        if (!table)
            return false;
        snapshot.schema.tables << *table;
    }
    SnapshotTableReader::TablesByName byName; // the first table of a name
    for (auto t = snapshot.schema.tables.crbegin(); t != snapshot.schema.tables.crend(); ++t)
        byName.insert(t->name, &*t);
    for (qsizetype i = 0; i < tables->size(); ++i) {
        if (!tableReader.readConstraints(tables->values()[size_t(i)], snapshot.schema.tables[i], byName))
            return false;
    }
    return true;
}

std::optional<model::View> readView(const JsonValue &json, const QString &key, Path &reader)
{
    const QString path = Path::entryPath(kViews, key);
    if (!reader.checkObject(json, path, {QStringLiteral("name"), kColumns, QStringLiteral("isExisting")},
                            {QStringLiteral("definition")}) ||
        !reader.checkNameMatchesKey(json, path, key))
        return std::nullopt;
    const JsonValue *columns = reader.member(json, path, kColumns, JsonValue::Type::Object);
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
    for (qsizetype i = 0; i < columns->size(); ++i) {
        const QString columnPath = Path::entryPath(columnsPath, columns->keys()[i]);
        const JsonValue &columnJson = columns->values()[size_t(i)];
        std::optional<model::Column> column =
            SnapshotColumn::fromJson(columnJson, columnPath, SnapshotColumn::Owner::View, reader);
        if (!column || !reader.checkNameMatchesKey(columnJson, columnPath, columns->keys()[i]))
            return std::nullopt;
        column->id = ImportIds::viewColumn(key, column->name);
        view.columns << *column;
    }
    return view;
}

bool readViews(const JsonValue &json, Snapshot &snapshot, Path &reader)
{
    const JsonValue *views = reader.member(json, {}, kViews, JsonValue::Type::Object, false);
    if (!views)
        return !reader.failed();
    for (qsizetype i = 0; i < views->size(); ++i) {
        std::optional<model::View> view = readView(views->values()[size_t(i)], views->keys()[i], reader);
        if (!view)
            return false;
        snapshot.schema.views << *view;
    }
    return true;
}

const JsonValue *internalIndexes(const JsonValue &json, Path &reader)
{
    const JsonValue *internal = reader.member(json, {}, kInternal, JsonValue::Type::Object, false);
    if (!internal || !reader.checkObject(*internal, kInternal, {}, {QStringLiteral("indexes")}))
        return nullptr;
    return reader.member(*internal, kInternal, QStringLiteral("indexes"), JsonValue::Type::Object, false);
}

} // namespace

SnapshotResult SnapshotReader::fromJson(const JsonValue &json)
{
    Path reader;
    Snapshot snapshot;
    if (readHeader(json, snapshot, reader)) {
        const JsonValue *indexes = internalIndexes(json, reader);
        if (!reader.failed() && readTables(json, indexes, snapshot, reader) && readViews(json, snapshot, reader))
            readRenames(json, snapshot, reader);
    }
    if (reader.failed())
        return SnapshotResult::failure(reader.error());
    return snapshot;
}

SnapshotResult SnapshotReader::read(const QByteArray &text)
{
    const model::Result<JsonValue> json = JsonText::parse(text);
    if (!json.ok())
        return SnapshotResult::failure(QStringLiteral("not valid JSON: ") + json.error());
    return fromJson(json.value());
}

} // namespace tw::migrations
