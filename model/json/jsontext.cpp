// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/json/jsontext.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace tw::model {
namespace {

void appendHexEscape(QString &out, char16_t unit)
{
    // JSON.stringify writes \u escapes with lowercase hex digits.
    out += QStringLiteral("\\u%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
}

void appendQuoted(QString &out, const QString &text)
{
    // Most strings (names, types, ids) need no escape: copied whole between the quotes.
    const auto plain = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u);
    };
    out += QLatin1Char('"');
    if (std::all_of(text.cbegin(), text.cend(), plain)) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            continue;
        case u'\\':
            out += QLatin1String("\\\\");
            continue;
        case u'\b':
            out += QLatin1String("\\b");
            continue;
        case u'\f':
            out += QLatin1String("\\f");
            continue;
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendHexEscape(out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
        } else if (QChar::isSurrogate(c)) {
            appendHexEscape(out, c); // well-formed JSON.stringify: a lone surrogate is escaped
        } else {
            out += text[i];
        }
    }
    out += QLatin1Char('"');
}

void writeValue(QString &out, const JsonValue &value, int depth)
{
    const auto newline = [&out](int level) {
        out += QLatin1Char('\n');
        for (int i = 0; i < level; ++i)
            out += QLatin1String("  ");
    };
    switch (value.type()) {
    case JsonValue::Type::Null:
        out += QLatin1String("null");
        return;
    case JsonValue::Type::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case JsonValue::Type::Number:
        out += std::isfinite(value.toDouble()) ? JsonText::numberToString(value.toDouble()) : QStringLiteral("null");
        return;
    case JsonValue::Type::String:
        appendQuoted(out, value.toString());
        return;
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        break;
    }
    const bool isObject = value.isObject();
    if (value.size() == 0) {
        out += isObject ? QLatin1String("{}") : QLatin1String("[]");
        return;
    }
    out += isObject ? QLatin1Char('{') : QLatin1Char('[');
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        newline(depth + 1);
        if (isObject) {
            appendQuoted(out, value.keys()[i]);
            out += QLatin1String(": ");
        }
        writeValue(out, value.values()[size_t(i)], depth + 1);
    }
    newline(depth);
    out += isObject ? QLatin1Char('}') : QLatin1Char(']');
}

constexpr size_t kMaxNesting = JsonText::kMaxNesting;

// Keys repeat throughout a file (every column has a `name` and a `type`): each distinct key is decoded once and then
// shared (QString is implicitly shared), which saves an allocation and a UTF-8 decoding per property. The views
// point into the parser's string buffer, which lives as long as the conversion. Being the one state the conversion
// carries, it also records whether an object gave a key twice (parse's `repeatedKeys`).
class KeyCache
{
public:
    bool repeatedKey = false; ///< an object of the document gave a key twice

    const QString &operator()(std::string_view key)
    {
        auto it = m_keys.find(key);
        if (it == m_keys.end())
            it = m_keys.emplace(key, QString::fromUtf8(key.data(), qsizetype(key.size()))).first;
        return it->second;
    }

private:
    std::unordered_map<std::string_view, QString> m_keys;
};

// simdjson's DOM parser (runtime-dispatched to the machine's SIMD instructions) builds a tape in document order;
// JsonValue::insert gives duplicate keys JSON.parse's meaning (the last value, at the first key's place).
JsonValue fromElement(simdjson::dom::element element, KeyCache &keys)
{
    using Type = simdjson::dom::element_type;
    switch (element.type()) {
    case Type::ARRAY: {
        JsonValue array = JsonValue::array();
        const simdjson::dom::array elements(element);
        array.reserve(qsizetype(elements.size()));
        for (simdjson::dom::element child : elements)
            array.append(fromElement(child, keys));
        return array;
    }
    case Type::OBJECT: {
        JsonValue object = JsonValue::object();
        const simdjson::dom::object fields(element);
        object.reserve(qsizetype(fields.size()));
        for (simdjson::dom::key_value_pair field : fields) {
            const qsizetype size = object.size();
            object.insert(keys(field.key), fromElement(field.value, keys));
            keys.repeatedKey = keys.repeatedKey || object.size() == size;
        }
        return object;
    }
    // Every number a double, as JSON.parse reads it: an exact integer's nearest double is its decimal text's.
    case Type::INT64:
        return JsonValue(static_cast<double>(std::int64_t(element)));
    case Type::UINT64:
        return JsonValue(static_cast<double>(std::uint64_t(element)));
    case Type::DOUBLE:
        return JsonValue(double(element));
    case Type::STRING: {
        const std::string_view text(element);
        return JsonValue(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    case Type::BOOL:
        return JsonValue(bool(element));
    case Type::NULL_VALUE:
        break;
    }
    return {};
}

namespace ondemand = simdjson::ondemand;

// The on-demand iterator reads what the DOM parser refuses although JSON.parse accepts it: integers beyond 64 bits,
// which become the nearest double. It is also what says where a broken text stops being JSON.
// @p depth is the nesting level of the value's container (1 for the root's elements), bounded by kMaxNesting.
simdjson::error_code readValue(ondemand::value value, JsonValue &out, size_t depth);

simdjson::error_code readArray(ondemand::value value, JsonValue &out, size_t depth)
{
    out = JsonValue::array();
    ondemand::array array;
    if (auto error = value.get_array().get(array))
        return error;
    for (auto element : array) {
        ondemand::value child;
        JsonValue converted;
        if (auto error = element.get(child); error || (error = readValue(child, converted, depth + 1)))
            return error;
        out.append(std::move(converted));
    }
    return simdjson::SUCCESS;
}

simdjson::error_code readObject(ondemand::value value, JsonValue &out, size_t depth)
{
    out = JsonValue::object();
    ondemand::object object;
    if (auto error = value.get_object().get(object))
        return error;
    for (auto field : object) {
        std::string_view key;
        JsonValue converted;
        if (auto error = field.unescaped_key().get(key);
            error || (error = readValue(field.value(), converted, depth + 1)))
            return error;
        out.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), std::move(converted));
    }
    return simdjson::SUCCESS;
}

// Scalars read the same way from a value and from a document whose root is a scalar.
template<typename Source>
simdjson::error_code readScalar(Source &source, ondemand::json_type type, JsonValue &out)
{
    simdjson::error_code error = simdjson::SUCCESS;
    if (type == ondemand::json_type::number) {
        double number = 0;
        error = source.get_double().get(number);
        out = JsonValue(number);
    } else if (type == ondemand::json_type::string) {
        std::string_view text;
        error = source.get_string().get(text);
        out = JsonValue(QString::fromUtf8(text.data(), qsizetype(text.size())));
    } else if (type == ondemand::json_type::boolean) {
        bool flag = false;
        error = source.get_bool().get(flag);
        out = JsonValue(flag);
    } else {
        bool null = false;
        error = source.is_null().get(null);
        out = JsonValue();
        if (!error && !null)
            error = simdjson::INCORRECT_TYPE;
    }
    return error;
}

simdjson::error_code readValue(ondemand::value value, JsonValue &out, size_t depth)
{
    ondemand::json_type type;
    if (auto error = value.type().get(type))
        return error;
    const bool container = type == ondemand::json_type::array || type == ondemand::json_type::object;
    if (container && depth > kMaxNesting)
        return simdjson::DEPTH_ERROR;
    if (type == ondemand::json_type::array)
        return readArray(value, out, depth);
    if (type == ondemand::json_type::object)
        return readObject(value, out, depth);
    return readScalar(value, type, out);
}

// Reads the whole document; @p stop is where reading ended (null at the end of the text).
simdjson::error_code readDocument(const simdjson::padded_string &padded, JsonValue &out, const char **stop)
{
    ondemand::parser parser;
    ondemand::document document;
    if (auto error = parser.iterate(padded).get(document))
        return error;
    ondemand::json_type type;
    simdjson::error_code error = document.type().get(type);
    if (!error && (type == ondemand::json_type::array || type == ondemand::json_type::object)) {
        ondemand::value root;
        error = document.get_value().get(root);
        if (!error)
            error = readValue(root, out, 1);
    } else if (!error) {
        error = readScalar(document, type, out);
    }
    // Past the root value the iterator must be out of the text: anything else is content after the JSON.
    const bool located = document.current_location().get(*stop) == simdjson::SUCCESS;
    if (!located)
        *stop = nullptr;
    return error ? error : (located ? simdjson::TRAILING_CONTENT : simdjson::SUCCESS);
}

// "line 3, column 7" of the byte at @p offset, both counted from 1 as editors count them.
QString positionOf(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2").arg(text.left(offset).count('\n') + 1).arg(offset - lineStart + 1);
}

} // namespace

QByteArray JsonText::stringify(const JsonValue &value)
{
    QString out;
    writeValue(out, value, 0);
    // Lone surrogates were escaped by quote(), so the UTF-16 -> UTF-8 conversion is lossless.
    return out.toUtf8();
}

QString JsonText::quote(const QString &text)
{
    QString out;
    appendQuoted(out, text);
    return out;
}

QString JsonText::numberToString(double x)
{
    if (std::isnan(x))
        return QStringLiteral("NaN");
    if (x == 0)
        return QStringLiteral("0");
    if (std::isinf(x))
        return x < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    const QString sign = x < 0 ? QStringLiteral("-") : QString();

    // std::to_chars gives the shortest round-trip digits, the closest to x among those (as ECMAScript asks),
    // in the form d[.ddd]e±XX. Split it into the digit string s and ECMAScript's exponent n (x = 0.s × 10^n).
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(x), std::chars_format::scientific);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const size_t e = text.find('e');
    QString digits = QString::fromLatin1(text.substr(0, e));
    digits.remove(QLatin1Char('.'));
    const int k = int(digits.size());
    const int n = std::atoi(std::string(text.substr(e + 1)).c_str()) + 1;

    if (k <= n && n <= 21)
        return sign + digits + QString(n - k, QLatin1Char('0'));
    if (0 < n && n <= 21)
        return sign + digits.left(n) + QLatin1Char('.') + digits.mid(n);
    if (-6 < n && n <= 0)
        return sign + QLatin1String("0.") + QString(-n, QLatin1Char('0')) + digits;
    const int exponent = n - 1;
    const QString exponentText =
        (exponent < 0 ? QStringLiteral("e-") : QStringLiteral("e+")) + QString::number(std::abs(exponent));
    if (k == 1)
        return sign + digits + exponentText;
    return sign + digits.left(1) + QLatin1Char('.') + digits.mid(1) + exponentText;
}

model::Result<JsonValue> JsonText::parse(const QByteArray &text, bool *repeatedKeys)
{
    if (repeatedKeys)
        *repeatedKeys = true; // until a reading that can tell says otherwise
    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::error_code error = parser.allocate(std::max<size_t>(padded.size(), 1), kMaxNesting);
    if (!error)
        error = parser.parse(padded).get(root);
    if (!error) {
        KeyCache keys;
        JsonValue value = fromElement(root, keys);
        if (repeatedKeys)
            *repeatedKeys = keys.repeatedKey;
        return value;
    }
    // Only texts the fast parser refuses pay for a second reading: it accepts big integers and locates the error.
    JsonValue value;
    const char *stop = nullptr;
    const simdjson::error_code exact = readDocument(padded, value, &stop);
    if (!exact && error == simdjson::NUMBER_ERROR)
        return value;
    if (error == simdjson::DEPTH_ERROR || exact == simdjson::DEPTH_ERROR) // both readers stop at kMaxNesting
        return model::Result<JsonValue>::failure(
            QStringLiteral("arrays and objects nested more than %1 levels deep").arg(kMaxNesting));
    // An unclosed object or an empty file stops at the end of the text.
    const qsizetype offset = stop ? qsizetype(stop - padded.data()) : text.size();
    return model::Result<JsonValue>::failure(
        QStringLiteral("parse error at %1: %2")
            .arg(positionOf(text, offset), QString::fromUtf8(simdjson::error_message(error))));
}

} // namespace tw::model
