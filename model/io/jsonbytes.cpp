// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/jsonbytes.h"

#include <QList>
#include <QSet>

#include <string>

namespace tw::model::jsonbytes {
namespace {

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at @p i, or 0 (RFC 3629, table 3-7 of Unicode).
qsizetype sequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return k < bytes.size() ? uchar(bytes[k]) : uchar(0);
    };
    const uchar c = at(i);
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return isContinuation(at(i + 1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        const uchar hi = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
        const uchar c1 = at(i + 1);
        return c1 >= lo && c1 <= hi && isContinuation(at(i + 2)) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar lo = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
        const uchar hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        const uchar c1 = at(i + 1);
        return c1 >= lo && c1 <= hi && isContinuation(at(i + 2)) && isContinuation(at(i + 3)) ? 4 : 0;
    }
    return 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

// Decodes the JSON string literal whose opening quote is at @p i; leaves @p i on the closing quote.
QString readString(const QByteArray &bytes, qsizetype &i)
{
    QString out;
    qsizetype runStart = ++i;
    const auto flush = [&] {
        out += QString::fromUtf8(bytes.constData() + runStart, i - runStart);
    };
    while (i < bytes.size() && bytes[i] != '"') {
        if (bytes[i] != '\\') {
            ++i;
            continue;
        }
        flush();
        const char e = i + 1 < bytes.size() ? bytes[i + 1] : '\\';
        if (e == 'u' && i + 5 < bytes.size()) {
            char16_t unit = 0;
            for (int k = 2; k < 6; ++k)
                unit = char16_t(unit * 16 + hexValue(bytes[i + k]));
            out += QChar(unit);
            i += 6;
        } else {
            static constexpr char from[] = "bfnrt", to[] = "\b\f\n\r\t";
            const char *hit = std::char_traits<char>::find(from, 5, e);
            out += QLatin1Char(hit ? to[hit - from] : e);
            i += 2;
        }
        runStart = i;
    }
    flush();
    return out;
}

struct Frame
{
    bool isObject = false;
    QString path;
    QSet<QString> keys;
    QString key;         // object: the key whose value comes next
    qsizetype index = 0; // array: the element that comes next
    bool expectKey = true;

    QString childPath() const { return isObject ? appendKey(path, key) : path + QStringLiteral("[%1]").arg(index); }
};

} // namespace

TextPosition positionAt(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    TextPosition pos;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!isContinuation(uchar(bytes[i])))
            ++pos.column;
    }
    return pos;
}

std::optional<qsizetype> firstInvalidUtf8Byte(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = sequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<QString> firstDuplicateKey(const QByteArray &bytes)
{
    QList<Frame> stack;
    const auto childPath = [&] {
        return stack.isEmpty() ? QString() : stack.last().childPath();
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', childPath(), {}, {}, 0, true});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            stack.last().expectKey = true;
            ++stack.last().index;
        } else if (c == '"') {
            const QString text = readString(bytes, i);
            if (stack.isEmpty() || !stack.last().isObject || !stack.last().expectKey)
                continue;
            Frame &frame = stack.last();
            frame.key = text;
            frame.expectKey = false;
            if (frame.keys.contains(text))
                return frame.childPath();
            frame.keys.insert(text);
        }
    }
    return std::nullopt;
}

QString appendKey(const QString &path, const QString &key)
{
    bool plain = !key.isEmpty() && !(key[0] >= u'0' && key[0] <= u'9');
    for (const QChar c : key) {
        plain =
            plain && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_');
    }
    if (plain)
        return path.isEmpty() ? key : path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return path + QLatin1String("[\"") + quoted + QLatin1String("\"]");
}

} // namespace tw::model::jsonbytes
