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
    if (!failed()) {
        m_path = path;
        m_message = message;
    }
    return false;
}

bool JsonFieldReader::failUnder(const QString &path)
{
    Q_ASSERT(failed());
    if (m_path.isEmpty() || m_path.startsWith(QLatin1Char('[')))
        m_path = path + m_path;
    else
        m_path = memberPath(path, m_path);
    return false;
}

QString JsonFieldReader::error() const
{
    return failed() ? (m_path.isEmpty() ? QStringLiteral("(top level)") : m_path) + QLatin1String(": ") + m_message
                    : QString();
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

bool JsonFieldReader::checkObject(const JsonView &value, const QString &path, const QStringList &required,
                                  const QStringList &allowed)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("expected an object, found %1").arg(typeName(value.type())));
    qsizetype requiredKeys = 0;
    if (const std::optional<QString> key = value.firstKeyOutside(required, allowed, &requiredKeys))
        return fail(memberPath(path, *key), QStringLiteral("unknown key (drizzle-kit rejects the snapshot)"));
    if (requiredKeys == required.size())
        return true;
    for (const QString &key : required) {
        if (!value.contains(key))
            return fail(memberPath(path, key), QStringLiteral("missing"));
    }
    return true;
}

std::optional<JsonView> JsonFieldReader::member(const JsonView &object, const QString &path, const QString &key,
                                                JsonValue::Type type, bool required)
{
    const std::optional<JsonView> value = object.find(key);
    if (!value) {
        if (required)
            fail(memberPath(path, key), QStringLiteral("missing"));
        return std::nullopt;
    }
    if (value->type() != type) {
        fail(memberPath(path, key),
             QStringLiteral("expected %1, found %2").arg(typeName(type), typeName(value->type())));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> JsonFieldReader::string(const JsonView &object, const QString &path, const QString &key)
{
    const std::optional<JsonView> value = member(object, path, key, JsonValue::Type::String);
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(const JsonView &object, const QString &path, const QString &key)
{
    const std::optional<JsonView> value = member(object, path, key, JsonValue::Type::Bool);
    return value ? std::optional<bool>(value->toBool()) : std::nullopt;
}

std::optional<QStringList> JsonFieldReader::strings(const JsonView &object, const QString &path, const QString &key)
{
    const std::optional<JsonView> array = member(object, path, key, JsonValue::Type::Array);
    if (!array)
        return std::nullopt;
    const std::vector<JsonView> items = array->elements();
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
        const JsonView &item = items[size_t(i)];
        if (!item.isString()) {
            fail(QStringLiteral("%1[%2]").arg(memberPath(path, key)).arg(i),
                 QStringLiteral("expected a string, found %1").arg(typeName(item.type())));
            return std::nullopt;
        }
        result << item.toString();
    }
    return result;
}

bool JsonFieldReader::checkNameMatchesKey(const JsonView &entry, const QString &path, const QString &entryKey)
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
