// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/jsonfieldreader.h"

#include "migrations/json/jsontext.h"

namespace tw::migrations {

QString JsonFieldReader::memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::entryPath(const QString &path, const QString &key)
{
    return path + QLatin1Char('[') + JsonText::quote(key) + QLatin1Char(']');
}

bool JsonFieldReader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty())
        m_error = (path.isEmpty() ? QStringLiteral("(top level)") : path) + QLatin1String(": ") + message;
    return false;
}

QString JsonFieldReader::typeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Bool:
        return QStringLiteral("a boolean");
    case JsonValue::Type::Number:
        return QStringLiteral("a number");
    case JsonValue::Type::String:
        return QStringLiteral("a string");
    case JsonValue::Type::Array:
        return QStringLiteral("an array");
    case JsonValue::Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

bool JsonFieldReader::checkObject(const JsonValue &value, const QString &path, const QStringList &required,
                                  const QStringList &allowed)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("expected an object, found %1").arg(typeName(value.type())));
    for (const QString &key : value.keys()) {
        if (!allowed.contains(key) && !required.contains(key))
            return fail(memberPath(path, key), QStringLiteral("unknown key (drizzle-kit rejects the snapshot)"));
    }
    for (const QString &key : required) {
        if (!value.contains(key))
            return fail(memberPath(path, key), QStringLiteral("missing"));
    }
    return true;
}

const JsonValue *JsonFieldReader::member(const JsonValue &object, const QString &path, const QString &key,
                                         JsonValue::Type type, bool required)
{
    const JsonValue *value = object.find(key);
    if (!value) {
        if (required)
            fail(memberPath(path, key), QStringLiteral("missing"));
        return nullptr;
    }
    if (value->type() != type) {
        fail(memberPath(path, key),
             QStringLiteral("expected %1, found %2").arg(typeName(type), typeName(value->type())));
        return nullptr;
    }
    return value;
}

std::optional<QString> JsonFieldReader::string(const JsonValue &object, const QString &path, const QString &key)
{
    const JsonValue *value = member(object, path, key, JsonValue::Type::String);
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(const JsonValue &object, const QString &path, const QString &key)
{
    const JsonValue *value = member(object, path, key, JsonValue::Type::Bool);
    return value ? std::optional<bool>(value->toBool()) : std::nullopt;
}

std::optional<QStringList> JsonFieldReader::strings(const JsonValue &object, const QString &path, const QString &key)
{
    const JsonValue *array = member(object, path, key, JsonValue::Type::Array);
    if (!array)
        return std::nullopt;
    QStringList result;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const JsonValue &item = array->values()[size_t(i)];
        if (!item.isString()) {
            fail(QStringLiteral("%1[%2]").arg(memberPath(path, key)).arg(i),
                 QStringLiteral("expected a string, found %1").arg(typeName(item.type())));
            return std::nullopt;
        }
        result << item.toString();
    }
    return result;
}

bool JsonFieldReader::checkNameMatchesKey(const JsonValue &entry, const QString &path, const QString &entryKey)
{
    const std::optional<QString> name = string(entry, path, QStringLiteral("name"));
    if (!name)
        return false;
    if (*name != entryKey) {
        return fail(
            memberPath(path, QStringLiteral("name")),
            QStringLiteral("%1 differs from its key %2").arg(JsonText::quote(*name), JsonText::quote(entryKey)));
    }
    return true;
}

} // namespace tw::migrations
