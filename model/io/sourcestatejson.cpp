// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/sourcestatejson.h"

#include "model/io/jsoncursor.h"

#include <QRegularExpression>

namespace tw::model {
namespace {

OrderedJson writeNames(const QMap<Id, QString> &names)
{
    OrderedJson o = OrderedJson::object();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(it.key().toString(), it.value());
    return o;
}

bool readKey(const JsonCursor &map, const QString &key, Id *id)
{
    if (Id::isValidToken(key)) {
        *id = Id(key);
        return true;
    }
    return map[key].fail(QStringLiteral("the key %1 is not a valid id (1 to 64 ASCII letters, digits, '_', '-' or '.')")
                             .arg(JsonCursor::describe(JsonValue(key))));
}

bool readNames(const JsonCursor &c, QMap<Id, QString> *names)
{
    if (!c.expectMap())
        return false;
    for (const QString &key : c.keys()) {
        Id id;
        QString name;
        if (!(readKey(c, key, &id) && c[key].read(&name)))
            return false;
        names->insert(id, name);
    }
    return true;
}

bool readDigest(const JsonCursor &c, QByteArray *digest)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QString text;
    if (!c.read(&text))
        return false;
    if (!hex.match(text).hasMatch()) {
        return c.fail(QStringLiteral("expected a SHA-256 as 64 lowercase hex digits, got %1")
                          .arg(JsonCursor::describe(c.value())));
    }
    *digest = text.toLatin1();
    return true;
}

bool readTable(const JsonCursor &c, SourceState::TableNames *table)
{
    return c.expectObject({"name"}, {"columns"}) && c["name"].read(&table->name) &&
           (!c["columns"].isPresent() || readNames(c["columns"], &table->columns));
}

bool readFiles(const JsonCursor &c, QMap<QString, QByteArray> *digests)
{
    if (!c.expectMap())
        return false;
    for (const QString &file : c.keys()) {
        QByteArray digest;
        if (file.isEmpty())
            return c[file].fail(QStringLiteral("expected a file path as the key, got an empty one"));
        if (!readDigest(c[file], &digest))
            return false;
        digests->insert(file, digest);
    }
    return true;
}

} // namespace

OrderedJson SourceStateJson::write(const SourceState &state)
{
    OrderedJson files = OrderedJson::object();
    for (auto it = state.fileDigests.cbegin(); it != state.fileDigests.cend(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value()));
    OrderedJson tables = OrderedJson::object();
    for (auto it = state.tables.cbegin(); it != state.tables.cend(); ++it) {
        OrderedJson table = OrderedJson::object().insert("name", it.value().name);
        if (!it.value().columns.isEmpty())
            table.insert("columns", writeNames(it.value().columns));
        tables.insert(it.key().toString(), std::move(table));
    }
    OrderedJson o = OrderedJson::object().insert("files", std::move(files));
    if (!state.schemaDigest.isEmpty())
        o.insert("schemaDigest", QString::fromLatin1(state.schemaDigest));
    o.insert("tables", std::move(tables));
    if (!state.views.isEmpty())
        o.insert("views", writeNames(state.views));
    return o;
}

bool SourceStateJson::read(const JsonCursor &c, SourceState *state)
{
    SourceState result;
    if (!(c.expectObject({"files", "tables"}, {"schemaDigest", "views"}) && readFiles(c["files"], &result.fileDigests)))
        return false;
    if (c["schemaDigest"].isPresent() && !readDigest(c["schemaDigest"], &result.schemaDigest))
        return false;
    if (c["views"].isPresent() && !readNames(c["views"], &result.views))
        return false;
    const JsonCursor tables = c["tables"];
    if (!tables.expectMap())
        return false;
    for (const QString &key : tables.keys()) {
        Id id;
        SourceState::TableNames names;
        if (!(readKey(tables, key, &id) && readTable(tables[key], &names)))
            return false;
        result.tables.insert(id, names);
    }
    *state = result;
    return true;
}

} // namespace tw::model
