// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/orderedjson.h"

#include <QLocale>

#include <cmath>

namespace tw::model {

OrderedJson::OrderedJson(bool value)
    : m_kind(Kind::Bool)
    , m_bool(value)
{
}
OrderedJson::OrderedJson(int value)
    : m_kind(Kind::Number)
    , m_number(value)
{
}
OrderedJson::OrderedJson(double value)
    : m_kind(Kind::Number)
    , m_number(value)
{
    Q_ASSERT(std::isfinite(value));
}
OrderedJson::OrderedJson(const QString &value)
    : m_kind(Kind::String)
    , m_string(value)
{
}

OrderedJson OrderedJson::object()
{
    OrderedJson o;
    o.m_kind = Kind::Object;
    return o;
}

OrderedJson OrderedJson::array()
{
    OrderedJson a;
    a.m_kind = Kind::Array;
    return a;
}

OrderedJson &OrderedJson::insert(const QString &key, OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Object && !m_keys.contains(key));
    m_keys << key;
    m_items << std::move(value);
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_items << std::move(value);
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

void OrderedJson::write(QByteArray &out, int depth) const
{
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Kind::Number:
        writeNumber(out, m_number);
        return;
    case Kind::String:
        writeString(out, m_string);
        return;
    case Kind::Array:
    case Kind::Object:
        break;
    }
    const bool isObject = m_kind == Kind::Object;
    if (m_items.isEmpty()) {
        out += isObject ? "{}" : "[]";
        return;
    }
    out += isObject ? "{\n" : "[\n";
    const QByteArray indent(4 * (depth + 1), ' ');
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        out += indent;
        if (isObject) {
            writeString(out, m_keys[i]);
            out += ": ";
        }
        m_items[i].write(out, depth + 1);
        out += i + 1 < m_items.size() ? ",\n" : "\n";
    }
    out += QByteArray(4 * depth, ' ');
    out += isObject ? '}' : ']';
}

void OrderedJson::writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void OrderedJson::writeNumber(QByteArray &out, double value)
{
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    if (value == std::trunc(value) && std::abs(value) < kExactIntegers) {
        out += QByteArray::number(qint64(value)); // also turns -0 into 0
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace tw::model
