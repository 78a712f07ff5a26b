// SPDX-License-Identifier: GPL-3.0-or-later
// TsTokenizer::cook: the value of a string literal or template text, escapes resolved as JavaScript does.
#include "source/typescript/tstokenizer.h"

namespace tw::source::ts {
namespace {

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    const QChar l = c.toLower();
    if (l >= u'a' && l <= u'f')
        return l.unicode() - u'a' + 10;
    return -1;
}

/// Reads @p count hex digits (count < 0: up to `}`) at @p i; -1 when malformed.
qint64 readHex(QStringView raw, qsizetype &i, int count)
{
    qint64 value = 0;
    int read = 0;
    while (i < raw.size() && (count < 0 ? raw[i] != u'}' : read < count)) {
        const int digit = hexValue(raw[i]);
        if (digit < 0 || value > 0x10ffff)
            return -1;
        value = value * 16 + digit;
        ++i;
        ++read;
    }
    return (read == 0 || (count > 0 && read != count)) ? -1 : value;
}

} // namespace

QString TsTokenizer::cook(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != u'\\' || i + 1 >= raw.size()) {
            if (c == u'\r') { // template literals normalise CRLF and CR to LF
                out += u'\n';
                if (i + 1 < raw.size() && raw[i + 1] == u'\n')
                    ++i;
                continue;
            }
            out += c;
            continue;
        }
        const QChar e = raw[++i];
        switch (e.unicode()) {
        case u'n':
            out += u'\n';
            break;
        case u't':
            out += u'\t';
            break;
        case u'r':
            out += u'\r';
            break;
        case u'b':
            out += u'\b';
            break;
        case u'f':
            out += u'\f';
            break;
        case u'v':
            out += u'\v';
            break;
        case u'0':
            out += QChar(0);
            break;
        case u'\r':
            if (i + 1 < raw.size() && raw[i + 1] == u'\n')
                ++i;
            break;
        case u'\n':
        case 0x2028:
        case 0x2029:
            break;
        case u'x':
        case u'u': {
            qsizetype j = i + 1;
            qint64 code = -1;
            if (e == u'x')
                code = readHex(raw, j, 2);
            else if (j < raw.size() && raw[j] == u'{') {
                ++j;
                code = readHex(raw, j, -1);
                if (j < raw.size() && raw[j] == u'}')
                    ++j;
                else
                    code = -1;
            } else {
                code = readHex(raw, j, 4);
            }
            if (code < 0 || code > 0x10ffff) {
                out += e;
                break;
            }
            const char32_t point = char32_t(code);
            out += QString::fromUcs4(&point, 1);
            i = j - 1;
            break;
        }
        default:
            out += e;
        }
    }
    return out;
}

} // namespace tw::source::ts
