// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotcolumn.h"

#include "migrations/json/jsontext.h"
#include "migrations/snapshot/jsonfieldreader.h"
#include "model/schema/jsonvaluedefault.h"

#include <QRegularExpression>

#include <cmath>

namespace tw::migrations {
namespace {

using model::Column;
using model::ColumnDefault;

const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kPrimaryKey = QStringLiteral("primaryKey");
const QString kNotNull = QStringLiteral("notNull");
const QString kAutoincrement = QStringLiteral("autoincrement");
const QString kGenerated = QStringLiteral("generated");
const QString kDefault = QStringLiteral("default");
const QString kAs = QStringLiteral("as");

/// `'…'` whose inner quotes all come in pairs: exactly what drizzle-kit writes for a string default.
std::optional<QString> unquoteSqlString(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('\'')) || !text.endsWith(QLatin1Char('\'')))
        return std::nullopt;
    const QString inner = text.mid(1, text.size() - 2);
    QString result;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'\'') {
            if (i + 1 >= inner.size() || inner[i + 1] != u'\'')
                return std::nullopt;
            ++i;
        }
        result += inner[i];
    }
    return result;
}

/// `'…'` holding a JSON object or array whose inner `'` drizzle-kit did not double (bug 5: it writes a JSON value
/// default as `'` + JSON.stringify(value) + `'`): the JSON text.
std::optional<QString> unescapedJsonValue(const QString &text)
{
    if (text.size() < 4 || !text.startsWith(QLatin1Char('\'')) || !text.endsWith(QLatin1Char('\'')))
        return std::nullopt;
    const QString inner = text.mid(1, text.size() - 2);
    const model::Result<JsonValue> json = JsonText::parse(inner.toUtf8());
    if (!json || !(json.value().isObject() || json.value().isArray()))
        return std::nullopt;
    return inner;
}

bool readGenerated(const JsonView &json, const QString &path, Column &column, JsonFieldReader &reader)
{
    if (!reader.checkObject(json, path, {kAs, kType}, {}))
        return false;
    const std::optional<QString> as = reader.string(json, path, kAs);
    const std::optional<QString> storage = reader.string(json, path, kType);
    if (!as || !storage)
        return false;
    const auto parsedStorage = model::generatedStorageFromName(*storage);
    if (!parsedStorage)
        return reader.fail(JsonFieldReader::memberPath(path, kType),
                           QStringLiteral("expected \"stored\" or \"virtual\""));
    // drizzle-kit wraps the expression in one pair of parentheses; the model keeps it bare.
    if (as->size() < 2 || !as->startsWith(QLatin1Char('(')) || !as->endsWith(QLatin1Char(')')))
        return reader.fail(JsonFieldReader::memberPath(path, kAs),
                           QStringLiteral("expected an expression in parentheses"));
    column.generated = model::GeneratedColumn{as->mid(1, as->size() - 2), *parsedStorage};
    return true;
}

} // namespace

bool SnapshotColumn::parseType(const QString &text, Column &column)
{
    static const QRegularExpression sized(QStringLiteral(R"(^text\(([1-9][0-9]{0,8})\)$)"));
    if (const auto type = model::sqlTypeFromName(text)) {
        column.type = *type;
        return true;
    }
    if (const QRegularExpressionMatch m = sized.match(text); m.hasMatch()) {
        column.type = model::SqlType::Text;
        column.length = m.captured(1).toInt();
        return true;
    }
    return false;
}

std::optional<JsonValue> SnapshotColumn::defaultToJson(const Column &column, Owner owner)
{
    const ColumnDefault &value = column.defaultValue;
    switch (value.kind()) {
    case ColumnDefault::Kind::None:
        return std::nullopt;
    case ColumnDefault::Kind::Number: {
        bool ok = false;
        const double number = value.text().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return std::nullopt;
        return JsonValue(number);
    }
    case ColumnDefault::Kind::Boolean:
        return JsonValue(value.booleanValue());
    case ColumnDefault::Kind::String: {
        QString text = value.text();
        if (owner == Owner::Table && !model::isJsonValueDefault(column))
            text.replace(QLatin1Char('\''), QLatin1String("''"));
        return JsonValue(QLatin1Char('\'') + text + QLatin1Char('\''));
    }
    case ColumnDefault::Kind::Expression:
        return JsonValue(value.text());
    }
    return std::nullopt;
}

std::optional<ColumnDefault> SnapshotColumn::defaultFromJson(const JsonView &json, Owner owner)
{
    switch (json.type()) {
    case JsonValue::Type::Number:
        return ColumnDefault::number(JsonText::numberToString(json.toDouble()));
    case JsonValue::Type::Bool:
        return ColumnDefault::boolean(json.toBool());
    case JsonValue::Type::String: {
        const QString text = json.toString();
        if (owner == Owner::View && text.size() >= 2 && text.startsWith(QLatin1Char('\'')) &&
            text.endsWith(QLatin1Char('\'')))
            return ColumnDefault::string(text.mid(1, text.size() - 2));
        if (owner == Owner::Table) {
            if (const std::optional<QString> unquoted = unquoteSqlString(text))
                return ColumnDefault::string(*unquoted);
            if (const std::optional<QString> jsonText = unescapedJsonValue(text))
                return ColumnDefault::string(*jsonText);
        }
        return ColumnDefault::expression(text);
    }
    case JsonValue::Type::Null:
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        break;
    }
    return std::nullopt;
}

model::Result<JsonValue> SnapshotColumn::toJson(const Column &column, Owner owner, bool tablePrimaryKey)
{
    JsonValue json = JsonValue::object();
    json.insert(kName, column.name);
    json.insert(kType, column.sqlTypeText());
    json.insert(kPrimaryKey, column.primaryKey || tablePrimaryKey);
    json.insert(kNotNull, column.notNull || column.primaryKey);
    json.insert(kAutoincrement, column.autoincrement);
    if (column.generated) {
        JsonValue generated = JsonValue::object();
        generated.insert(kAs, QLatin1Char('(') + column.generated->expression + QLatin1Char(')'));
        generated.insert(kType, model::generatedStorageName(column.generated->storage));
        json.insert(kGenerated, generated);
    }
    if (!column.defaultValue.isNone()) {
        const std::optional<JsonValue> value = defaultToJson(column, owner);
        if (!value) {
            return model::Result<JsonValue>::failure(QStringLiteral("column \"%1\": default %2 is not a finite number")
                                                         .arg(column.name, column.defaultValue.text()));
        }
        json.insert(kDefault, *value);
    }
    return json;
}

std::optional<Column> SnapshotColumn::fromJson(const JsonView &json, const QString &path, Owner owner,
                                               JsonFieldReader &reader)
{
    static const QStringList required{kName, kType, kPrimaryKey, kNotNull};
    static const QStringList optional{kAutoincrement, kGenerated, kDefault};
    if (!reader.checkObject(json, path, required, optional))
        return std::nullopt;
    Column column;
    const std::optional<QString> name = reader.string(json, path, kName);
    const std::optional<QString> type = reader.string(json, path, kType);
    const std::optional<bool> primaryKey = reader.boolean(json, path, kPrimaryKey);
    const std::optional<bool> notNull = reader.boolean(json, path, kNotNull);
    if (!name || !type || !primaryKey || !notNull)
        return std::nullopt;
    column.name = *name;
    column.primaryKey = *primaryKey;
    column.notNull = *notNull;
    if (!parseType(*type, column)) {
        reader.fail(JsonFieldReader::memberPath(path, kType),
                    QStringLiteral("unsupported column type %1 (integer, text, text(N), real, blob, numeric)")
                        .arg(JsonText::quote(*type)));
        return std::nullopt;
    }
    if (json.contains(kAutoincrement)) {
        const std::optional<bool> autoincrement = reader.boolean(json, path, kAutoincrement);
        if (!autoincrement)
            return std::nullopt;
        column.autoincrement = *autoincrement;
    }
    if (const std::optional<JsonView> generated = json.find(kGenerated)) {
        if (!readGenerated(*generated, JsonFieldReader::memberPath(path, kGenerated), column, reader))
            return std::nullopt;
    }
    if (const std::optional<JsonView> value = json.find(kDefault)) {
        const std::optional<ColumnDefault> parsed = defaultFromJson(*value, owner);
        if (!parsed) {
            reader.fail(JsonFieldReader::memberPath(path, kDefault),
                        QStringLiteral("%1 cannot be a column default (drizzle-kit writes null for NaN or Infinity)")
                            .arg(JsonFieldReader::typeName(value->type())));
            return std::nullopt;
        }
        column.defaultValue = *parsed;
        // Only a JSON value (`.default({...})`) is written with its `'` undoubled: the column was mode json.
        const bool unescaped = owner == Owner::Table && parsed->kind() == ColumnDefault::Kind::String &&
                               parsed->text().contains(QLatin1Char('\'')) &&
                               value->toString() == QLatin1Char('\'') + parsed->text() + QLatin1Char('\'');
        if (unescaped && (column.type == model::SqlType::Text || column.type == model::SqlType::Blob))
            column.mode = model::DrizzleMode::Json;
    }
    return column;
}

} // namespace tw::migrations
