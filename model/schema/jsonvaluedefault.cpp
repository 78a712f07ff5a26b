// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/jsonvaluedefault.h"

#include "model/schema/column.h"

#include <QRegularExpression>
#include <QSet>

namespace tw::model {
namespace {

/// Reads JSON.stringify's compact output and nothing else (see isStringifiedJsonValue).
class StringifiedJsonScanner
{
public:
    explicit StringifiedJsonScanner(const QString &text)
        : m_text(text)
    {
    }

    bool wholeObjectOrArray()
    {
        if (m_text.startsWith(u'{') ? !object() : !m_text.startsWith(u'[') || !array())
            return false;
        return m_at == m_text.size();
    }

private:
    static constexpr int kMaxDepth = 64;

    QRegularExpressionMatch matchesAt(const QRegularExpression &pattern, qsizetype at) const
    {
        return pattern.match(m_text, at, QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
    }

    bool peek(char16_t c) const { return m_at < m_text.size() && m_text[m_at] == c; }
    bool take(char16_t c)
    {
        if (!peek(c))
            return false;
        ++m_at;
        return true;
    }

    bool value()
    {
        if (peek(u'{'))
            return object();
        if (peek(u'['))
            return array();
        if (peek(u'"'))
            return string(nullptr);
        for (const QLatin1StringView word :
             {QLatin1StringView("true"), QLatin1StringView("false"), QLatin1StringView("null")}) {
            if (QStringView(m_text).mid(m_at).startsWith(word)) {
                m_at += word.size();
                return true;
            }
        }
        return number();
    }

    bool object()
    {
        if (++m_depth > kMaxDepth || !take(u'{'))
            return false;
        QSet<QString> keys;
        for (bool first = true; !take(u'}'); first = false) {
            QString key;
            if ((!first && !take(u',')) || !string(&key) || !take(u':') || !value())
                return false;
            if (!acceptableKey(key) || keys.contains(key))
                return false;
            keys.insert(key);
        }
        --m_depth;
        return true;
    }

    bool array()
    {
        if (++m_depth > kMaxDepth || !take(u'['))
            return false;
        for (bool first = true; !take(u']'); first = false) {
            if ((!first && !take(u',')) || !value())
                return false;
        }
        --m_depth;
        return true;
    }

    /// JavaScript puts integer-like keys first and takes `__proto__` as the prototype: neither comes back as written.
    static bool acceptableKey(const QString &raw)
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        return raw != QLatin1String("__proto__") && !digits.match(raw).hasMatch();
    }

    /// A string with JSON.stringify's escapes; @p raw (if given) receives its text between the quotes, undecoded.
    bool string(QString *raw)
    {
        if (!take(u'"'))
            return false;
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text[m_at] != u'"') {
            const QChar c = m_text[m_at++];
            if (c.unicode() < 0x20 || c.isLowSurrogate())
                return false;
            if (c.isHighSurrogate() && (m_at >= m_text.size() || !m_text[m_at++].isLowSurrogate()))
                return false;
            if (c == u'\\' && !escape())
                return false;
        }
        if (raw)
            *raw = m_text.mid(start, m_at - start);
        return take(u'"');
    }

    /// After a backslash: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, or `\u00xx` (lowercase) for other controls.
    bool escape()
    {
        if (m_at >= m_text.size())
            return false;
        const QChar c = m_text[m_at++];
        if (QStringLiteral("\"\\bfnrt").contains(c))
            return true;
        static const QRegularExpression control(QStringLiteral("u00(0[0-7]|0b|0e|0f|1[0-9a-f])"));
        if (c != u'u' || !matchesAt(control, m_at - 1).hasMatch())
            return false;
        m_at += 4;
        return true;
    }

    /// Plain notation, no trailing zeros, at most 15 significant digits, not below 1e-6 unless 0, no -0.
    bool number()
    {
        static const QRegularExpression plain(QStringLiteral(R"(-?(0|[1-9][0-9]{0,14})(\.([0-9]*[1-9]))?)"));
        const QRegularExpressionMatch m = matchesAt(plain, m_at);
        if (!m.hasMatch())
            return false;
        const QString integer = m.captured(1);
        const QString fraction = m.captured(3);
        if (m.captured(0) == QLatin1String("-0"))
            return false;
        const QString digits = integer == QLatin1String("0") ? fraction : integer + fraction;
        qsizetype zeros = 0;
        while (zeros < digits.size() && digits[zeros] == u'0')
            ++zeros;
        if (zeros > 5 || digits.size() - zeros > 15)
            return false;
        m_at += m.capturedLength(0);
        return true;
    }

    const QString &m_text;
    qsizetype m_at = 0;
    int m_depth = 0;
};

} // namespace

bool isStringifiedJsonValue(const QString &text)
{
    return StringifiedJsonScanner(text).wholeObjectOrArray();
}

bool isJsonValueDefault(const Column &column)
{
    return column.mode == DrizzleMode::Json && column.defaultValue.kind() == ColumnDefault::Kind::String &&
           column.defaultValue.text().contains(u'\'') && isStringifiedJsonValue(column.defaultValue.text());
}

} // namespace tw::model
