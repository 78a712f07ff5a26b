// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/json/jsonvalue.h"

namespace tw::model {

JsonValue::JsonValue(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{
}
JsonValue::JsonValue(double value)
    : m_type(Type::Number)
    , m_number(value)
{
}
JsonValue::JsonValue(int value)
    : m_type(Type::Number)
    , m_number(value)
{
}
JsonValue::JsonValue(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = Type::Array;
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

void JsonValue::append(JsonValue value)
{
    Q_ASSERT(m_type == Type::Array);
    m_values.push_back(std::move(value));
}

bool JsonValue::isArrayIndexKey(const QString &key)
{
    // ECMAScript: an array index is a canonical numeric string for an integer in [0, 2^32 - 2].
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.front() == u'0'))
        return false;
    quint64 n = 0;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
        n = n * 10 + quint64(c.unicode() - u'0');
    }
    return n <= 4294967294ULL;
}

qsizetype JsonValue::indexOf(const QString &key) const
{
    if (m_positions.isEmpty())
        return m_keys.indexOf(key);
    return m_positions.value(key, -1);
}

void JsonValue::insert(const QString &key, JsonValue value)
{
    Q_ASSERT(m_type == Type::Object);
    if (const qsizetype existing = indexOf(key); existing >= 0) {
        m_values[size_t(existing)] = std::move(value);
        return;
    }
    qsizetype at = m_keys.size();
    if (isArrayIndexKey(key)) {
        const quint64 n = key.toULongLong();
        at = 0;
        while (at < m_keys.size() && isArrayIndexKey(m_keys[at]) && m_keys[at].toULongLong() < n)
            ++at;
    }
    m_keys.insert(at, key);
    m_values.insert(m_values.begin() + at, std::move(value));
    if (m_keys.size() <= kLinearKeys)
        return;
    // Keys after an inserted array index shift by one (rare); appending, the common case, touches one entry.
    for (qsizetype i = m_keys.size() == kLinearKeys + 1 ? 0 : at; i < m_keys.size(); ++i)
        m_positions.insert(m_keys[i], i);
}

void JsonValue::reserve(qsizetype count)
{
    m_values.reserve(size_t(count));
    if (m_type == Type::Object)
        m_keys.reserve(count);
}

const JsonValue *JsonValue::find(const QString &key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? nullptr : &m_values[size_t(index)];
}

const JsonValue *JsonValue::find(QLatin1StringView key) const
{
    if (!m_positions.isEmpty())
        return find(QString(key));
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return &m_values[size_t(i)];
    }
    return nullptr;
}

} // namespace tw::model
