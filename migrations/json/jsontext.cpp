// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/json/jsontext.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace tw::migrations {
namespace {

void appendHexEscape(QString &out, char16_t unit)
{
    // JSON.stringify writes \u escapes with lowercase hex digits.
    out += QStringLiteral("\\u%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
}

void writeValue(QString &out, const JsonValue &value, int depth)
{
    const auto newline = [&out](int level) {
        out += QLatin1Char('\n');
        out += QString(level * 2, QLatin1Char(' '));
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
        out += JsonText::quote(value.toString());
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
            out += JsonText::quote(value.keys()[i]);
            out += QLatin1String(": ");
        }
        writeValue(out, value.values()[size_t(i)], depth + 1);
    }
    newline(depth);
    out += isObject ? QLatin1Char('}') : QLatin1Char(']');
}

using OrderedJson = nlohmann::ordered_json;

// Arrays and objects nested deeper than this are refused: converting, comparing, writing and destroying a value
// recurse once per level, and a hostile file of a hundred thousand `[` would overflow the stack (drizzle's files
// nest fewer than ten levels).
constexpr int kMaxNesting = 512;

// The value of @p j; sets @p tooDeep (and stops descending) at arrays or objects nested deeper than kMaxNesting.
JsonValue fromNlohmann(const OrderedJson &j, int depth, bool *tooDeep)
{
    if (j.is_structured() && depth >= kMaxNesting) {
        *tooDeep = true;
        return {};
    }
    switch (j.type()) {
    case OrderedJson::value_t::null:
    case OrderedJson::value_t::discarded:
        return {};
    case OrderedJson::value_t::boolean:
        return JsonValue(j.get<bool>());
    case OrderedJson::value_t::number_integer:
        // The nearest double to an exact integer is the nearest double to its decimal text, as JSON.parse reads it.
        return JsonValue(static_cast<double>(j.get<std::int64_t>()));
    case OrderedJson::value_t::number_unsigned:
        return JsonValue(static_cast<double>(j.get<std::uint64_t>()));
    case OrderedJson::value_t::number_float:
        return JsonValue(j.get<double>());
    case OrderedJson::value_t::string:
        return JsonValue(QString::fromStdString(j.get_ref<const std::string &>()));
    case OrderedJson::value_t::array: {
        JsonValue array = JsonValue::array();
        for (const OrderedJson &element : j)
            array.append(fromNlohmann(element, depth + 1, tooDeep));
        return array;
    }
    case OrderedJson::value_t::object: {
        JsonValue object = JsonValue::object();
        for (auto it = j.begin(); it != j.end(); ++it)
            object.insert(QString::fromStdString(it.key()), fromNlohmann(it.value(), depth + 1, tooDeep));
        return object;
    }
    case OrderedJson::value_t::binary:
        break;
    }
    return {};
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
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
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

model::Result<JsonValue> JsonText::parse(const QByteArray &text)
{
    // nlohmann reports errors by exception; it stays inside this function.
    try {
        const OrderedJson j = OrderedJson::parse(text.constBegin(), text.constEnd());
        bool tooDeep = false;
        JsonValue value = fromNlohmann(j, 0, &tooDeep);
        if (tooDeep)
            return model::Result<JsonValue>::failure(
                QStringLiteral("arrays and objects nested more than %1 levels deep").arg(kMaxNesting));
        return value;
    } catch (const OrderedJson::exception &error) {
        QString message = QString::fromUtf8(error.what());
        // "[json.exception.parse_error.101] parse error at line 1, ..." -> "parse error at line 1, ..."
        if (const qsizetype bracket = message.indexOf(QLatin1String("] "));
            message.startsWith(QLatin1Char('[')) && bracket > 0)
            message = message.mid(bracket + 2);
        return model::Result<JsonValue>::failure(message);
    }
}

} // namespace tw::migrations
