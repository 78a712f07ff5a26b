// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/convert/classicsnapshotupgrade.h"
#include "migrations/diff/tabledefinitionbuilder.h"

#include "migrations/json/jsontext.h"

namespace tw::migrations {
namespace {

using model::Result;
using Upgraded = ClassicSnapshotUpgrade::Upgraded;

/// Reads the v6 JSON into the v7 ddl; the first problem is kept with its JSON path.
class V6Reader
{
public:
    QString error;
    const JsonValue *internalIndexes = nullptr; ///< the v6 `internal.indexes`: which index terms are expressions

    /// 0.31 records an expression term (`lower("email")`) in `internal.indexes`; `up` ignores it.
    bool isExpression(const QString &index, const QString &term) const
    {
        const JsonValue *entry = internalIndexes ? internalIndexes->find(index) : nullptr;
        const JsonValue *columns = entry ? entry->find(QStringLiteral("columns")) : nullptr;
        const JsonValue *column = columns ? columns->find(term) : nullptr;
        const JsonValue *flag = column ? column->find(QStringLiteral("isExpression")) : nullptr;
        return flag && flag->isBool() && flag->toBool();
    }

    const JsonValue *member(const JsonValue &json, const QString &path, const QString &key, JsonValue::Type type,
                            bool required = true)
    {
        const JsonValue *value = json.isObject() ? json.find(key) : nullptr;
        if (value && value->type() == type)
            return value;
        if ((value && !value->isNull()) || required)
            fail(path + u'.' + key, QStringLiteral("missing or of the wrong type"));
        return nullptr;
    }
    QString string(const JsonValue &json, const QString &path, const QString &key)
    {
        const JsonValue *value = member(json, path, key, JsonValue::Type::String);
        return value ? value->toString() : QString();
    }
    bool flag(const JsonValue &json, const QString &key)
    {
        const JsonValue *value = json.find(key);
        return value && value->isBool() && value->toBool();
    }
    QStringList strings(const JsonValue &json, const QString &path, const QString &key)
    {
        QStringList list;
        if (const JsonValue *array = member(json, path, key, JsonValue::Type::Array)) {
            for (const JsonValue &item : array->values())
                list << item.toString();
        }
        return list;
    }
    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + message;
    }

    TableDefinition table(const JsonValue &json, const QString &path);
    ViewDefinition view(const JsonValue &json, const QString &path);

private:
    void columns(const JsonValue &json, const QString &path, TableDefinition &table);
    void keysAndIndexes(const JsonValue &json, const QString &path, TableDefinition &table);
    void foreignKeys(const JsonValue &json, const QString &path, TableDefinition &table);
};

/// JavaScript's `String(value)` of a v6 default.
std::optional<QString> defaultText(const JsonValue *value)
{
    if (!value)
        return std::nullopt;
    switch (value->type()) {
    case JsonValue::Type::String:
        return value->toString();
    case JsonValue::Type::Number:
        return JsonText::numberToString(value->toDouble());
    case JsonValue::Type::Bool:
        return value->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    default:
        return QStringLiteral("[object Object]");
    }
}

void V6Reader::columns(const JsonValue &json, const QString &path, TableDefinition &table)
{
    const JsonValue *columns = member(json, path, QStringLiteral("columns"), JsonValue::Type::Object);
    if (!columns)
        return;
    for (qsizetype i = 0; i < columns->size(); ++i) {
        const JsonValue &c = columns->values()[size_t(i)];
        const QString columnPath = path + QStringLiteral(".columns.") + columns->keys()[i];
        ColumnDefinition column;
        column.name = string(c, columnPath, QStringLiteral("name"));
        column.type = string(c, columnPath, QStringLiteral("type"));
        column.primaryKey = flag(c, QStringLiteral("primaryKey"));
        column.notNull = flag(c, QStringLiteral("notNull")) && !column.primaryKey;
        column.autoincrement = flag(c, QStringLiteral("autoincrement"));
        column.defaultSql = defaultText(c.find(QStringLiteral("default")));
        if (const JsonValue *generated =
                member(c, columnPath, QStringLiteral("generated"), JsonValue::Type::Object, false)) {
            column.generatedExpression =
                string(*generated, columnPath + QStringLiteral(".generated"), QStringLiteral("as"));
            column.generatedStored = generated->find(QStringLiteral("type")) &&
                                     generated->find(QStringLiteral("type"))->toString() == QStringLiteral("stored");
        }
        if (column.primaryKey)
            table.primaryKeyName = table.name + QStringLiteral("_pk");
        table.columns << column;
    }
}

void V6Reader::keysAndIndexes(const JsonValue &json, const QString &path, TableDefinition &table)
{
    if (const JsonValue *pks =
            member(json, path, QStringLiteral("compositePrimaryKeys"), JsonValue::Type::Object, false)) {
        for (qsizetype i = 0; i < pks->size(); ++i) {
            const JsonValue &pk = pks->values()[size_t(i)];
            const QString pkPath = path + QStringLiteral(".compositePrimaryKeys.") + pks->keys()[i];
            table.compositePrimaryKey = strings(pk, pkPath, QStringLiteral("columns"));
            table.compositePrimaryKeyName = table.primaryKeyName = string(pk, pkPath, QStringLiteral("name"));
            table.primaryKeyNameExplicit = table.primaryKeyName != table.name + u'_' +
                                                                       table.compositePrimaryKey.join(u'_') +
                                                                       QStringLiteral("_pk");
        }
    }
    // `up` lists every table's key in table order: SnapshotV7Writer does so for table-level keys.
    table.primaryKeyOnTable = !table.primaryKeyName.isEmpty();
    if (const JsonValue *indexes = member(json, path, QStringLiteral("indexes"), JsonValue::Type::Object, false)) {
        for (qsizetype i = 0; i < indexes->size(); ++i) {
            const JsonValue &ix = indexes->values()[size_t(i)];
            const QString indexPath = path + QStringLiteral(".indexes.") + indexes->keys()[i];
            IndexDefinition index{string(ix, indexPath, QStringLiteral("name")),
                                  table.name,
                                  flag(ix, QStringLiteral("isUnique")),
                                  {},
                                  {}};
            for (const QString &term : strings(ix, indexPath, QStringLiteral("columns")))
                index.terms << IndexTerm{term, isExpression(index.name, term)};
            if (const JsonValue *where = ix.find(QStringLiteral("where")); where && where->isString())
                index.where = where->toString();
            table.indexes << index;
        }
    }
    if (const JsonValue *uniques =
            member(json, path, QStringLiteral("uniqueConstraints"), JsonValue::Type::Object, false)) {
        for (qsizetype i = 0; i < uniques->size(); ++i) {
            const QString uniquePath = path + QStringLiteral(".uniqueConstraints.") + uniques->keys()[i];
            UniqueDefinition unique;
            unique.name = string(uniques->values()[size_t(i)], uniquePath, QStringLiteral("name"));
            unique.columns = strings(uniques->values()[size_t(i)], uniquePath, QStringLiteral("columns"));
            unique.nameExplicit =
                unique.name != table.name + u'_' + unique.columns.join(u'_') + QStringLiteral("_unique");
            table.uniques << unique;
        }
    }
    if (const JsonValue *checks =
            member(json, path, QStringLiteral("checkConstraints"), JsonValue::Type::Object, false)) {
        for (qsizetype i = 0; i < checks->size(); ++i) {
            const QString checkPath = path + QStringLiteral(".checkConstraints.") + checks->keys()[i];
            const JsonValue &check = checks->values()[size_t(i)];
            table.checks << CheckDefinition{string(check, checkPath, QStringLiteral("name")),
                                            TableDefinitionBuilder::unqualifiedCheck(
                                                string(check, checkPath, QStringLiteral("value")), table.name)};
        }
    }
}

model::ReferentialAction action(V6Reader &reader, const JsonValue &fk, const QString &path, const QString &key)
{
    const JsonValue *value = fk.find(key);
    const QString name = value && value->isString() ? value->toString() : QStringLiteral("no action");
    const std::optional<model::ReferentialAction> parsed = model::referentialActionFromName(name.toLower());
    if (!parsed)
        reader.fail(path + u'.' + key, QStringLiteral("unknown action \"%1\"").arg(name));
    return parsed.value_or(model::ReferentialAction::NoAction);
}

void V6Reader::foreignKeys(const JsonValue &json, const QString &path, TableDefinition &table)
{
    const JsonValue *fks = member(json, path, QStringLiteral("foreignKeys"), JsonValue::Type::Object, false);
    if (!fks)
        return;
    for (qsizetype i = 0; i < fks->size(); ++i) {
        const JsonValue &f = fks->values()[size_t(i)];
        const QString fkPath = path + QStringLiteral(".foreignKeys.") + fks->keys()[i];
        ForeignKeyDefinition fk;
        fk.name = string(f, fkPath, QStringLiteral("name"));
        fk.table = table.name;
        fk.columns = strings(f, fkPath, QStringLiteral("columnsFrom"));
        fk.targetTable = string(f, fkPath, QStringLiteral("tableTo"));
        fk.targetColumns = strings(f, fkPath, QStringLiteral("columnsTo"));
        fk.onUpdate = action(*this, f, fkPath, QStringLiteral("onUpdate"));
        fk.onDelete = action(*this, f, fkPath, QStringLiteral("onDelete"));
        fk.nameExplicit =
            fk.name != QStringLiteral("%1_%2_%3_%4_fk")
                           .arg(table.name, fk.columns.join(u'_'), fk.targetTable, fk.targetColumns.join(u'_'));
        table.foreignKeys << fk;
    }
}

TableDefinition V6Reader::table(const JsonValue &json, const QString &path)
{
    TableDefinition table;
    table.name = string(json, path, QStringLiteral("name"));
    columns(json, path, table);
    keysAndIndexes(json, path, table);
    foreignKeys(json, path, table);
    return table;
}

ViewDefinition V6Reader::view(const JsonValue &json, const QString &path)
{
    ViewDefinition view;
    view.name = string(json, path, QStringLiteral("name"));
    if (const JsonValue *definition = json.find(QStringLiteral("definition")); definition && definition->isString())
        view.definition = definition->toString();
    view.isExisting = flag(json, QStringLiteral("isExisting"));
    return view;
}

/// `_meta` as `up` turns it into `renames`: `${key}->${value}` of the quoted keys, tables first.
JsonValue quotedRenames(const JsonValue &json)
{
    JsonValue renames = JsonValue::array();
    const JsonValue *meta = json.find(QStringLiteral("_meta"));
    for (const QString &group : {QStringLiteral("tables"), QStringLiteral("columns")}) {
        const JsonValue *entries = meta ? meta->find(group) : nullptr;
        if (!entries || !entries->isObject())
            continue;
        for (qsizetype i = 0; i < entries->size(); ++i)
            renames.append(entries->keys()[i] + QStringLiteral("->") + entries->values()[size_t(i)].toString());
    }
    return renames;
}

/// `up` copies a column's `generated` through its v6 schema, which lists `type` before `as` (generate: `as, type`).
JsonValue withUpsGeneratedOrder(const JsonValue &ddl)
{
    JsonValue result = JsonValue::array();
    for (const JsonValue &entity : ddl.values()) {
        const JsonValue *generated = entity.find(QStringLiteral("generated"));
        if (!generated || !generated->isObject()) {
            result.append(entity);
            continue;
        }
        JsonValue reordered = JsonValue::object();
        reordered.insert(QStringLiteral("type"), *generated->find(QStringLiteral("type")));
        reordered.insert(QStringLiteral("as"), *generated->find(QStringLiteral("as")));
        JsonValue copy = entity;
        copy.insert(QStringLiteral("generated"), reordered);
        result.append(copy);
    }
    return result;
}

} // namespace

Result<Upgraded> ClassicSnapshotUpgrade::upgrade(const QByteArray &v6Text)
{
    const Result<JsonValue> parsed = JsonText::parse(v6Text);
    if (!parsed)
        return Result<Upgraded>::failure(parsed.error());
    const JsonValue &json = parsed.value();
    V6Reader reader;
    if (const JsonValue *internal = json.find(QStringLiteral("internal")))
        reader.internalIndexes = internal->find(QStringLiteral("indexes"));
    const QString version = reader.string(json, QStringLiteral("$"), QStringLiteral("version"));
    if (reader.error.isEmpty() && version != QStringLiteral("6"))
        return Result<Upgraded>::failure(
            QStringLiteral("version: \"%1\" is not a drizzle-kit 0.31 snapshot (version \"6\")").arg(version));
    SnapshotV7 snapshot;
    snapshot.id = reader.string(json, QStringLiteral("$"), QStringLiteral("id"));
    snapshot.prevIds = {reader.string(json, QStringLiteral("$"), QStringLiteral("prevId"))};
    for (const QString &group : {QStringLiteral("tables"), QStringLiteral("views")}) {
        const JsonValue *entries =
            reader.member(json, QStringLiteral("$"), group, JsonValue::Type::Object, group == QStringLiteral("tables"));
        for (qsizetype i = 0; entries && i < entries->size(); ++i) {
            const QString path = group + u'.' + entries->keys()[i];
            if (group == QStringLiteral("tables"))
                snapshot.ddl.tables << reader.table(entries->values()[size_t(i)], path);
            else
                snapshot.ddl.views << reader.view(entries->values()[size_t(i)], path);
        }
    }
    if (!reader.error.isEmpty())
        return Result<Upgraded>::failure(reader.error);

    const Result<JsonValue> written = JsonText::parse(SnapshotV7Writer::write(snapshot));
    if (!written)
        return Result<Upgraded>::failure(written.error());
    JsonValue upOrder = JsonValue::object();
    upOrder.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
    upOrder.insert(QStringLiteral("id"), snapshot.id);
    upOrder.insert(QStringLiteral("prevIds"), *written.value().find(QStringLiteral("prevIds")));
    upOrder.insert(QStringLiteral("version"), QStringLiteral("7"));
    upOrder.insert(QStringLiteral("ddl"), withUpsGeneratedOrder(*written.value().find(QStringLiteral("ddl"))));
    upOrder.insert(QStringLiteral("renames"), quotedRenames(json));
    Upgraded upgraded{{}, JsonText::stringify(upOrder)};
    Result<SnapshotV7> reread = SnapshotV7Reader::read(upgraded.bytes);
    if (!reread)
        return Result<Upgraded>::failure(reread.error());
    upgraded.snapshot = std::move(reread).value();
    return upgraded;
}

} // namespace tw::migrations
