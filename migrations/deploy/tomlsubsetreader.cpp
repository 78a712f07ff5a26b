// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/configentries.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tw::migrations::deploy {
namespace {

/// A cursor over the whole file: values (arrays, multi-line strings) may span lines.
class TomlParser
{
public:
    TomlParser(const QString &fileName, const QString &text)
        : m_fileName(fileName)
        , m_text(text)
    {
    }

    model::Result<ConfigEntries> parse();

private:
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool startsWith(const char *token) const { return QStringView(m_text).mid(m_pos).startsWith(QLatin1String(token)); }
    void advance(qsizetype count = 1)
    {
        for (qsizetype i = 0; i < count && !atEnd(); ++i, ++m_pos)
            if (m_text.at(m_pos) == u'\n')
                ++m_line;
    }
    void skipBlanks()
    {
        while (peek() == u' ' || peek() == u'\t')
            advance();
    }
    void skipComment()
    {
        if (peek() == u'#')
            while (!atEnd() && peek() != u'\n')
                advance();
    }
    /// Blanks, comments and newlines (inside arrays).
    void skipSpaceAndComments()
    {
        for (;;) {
            skipBlanks();
            skipComment();
            if (peek() == u'\n' || peek() == u'\r')
                advance();
            else
                return;
        }
    }
    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_line).arg(what);
    }

    bool header();
    bool keyValue();
    std::optional<QStringList> key();
    std::optional<QString> keyPart();
    std::optional<QJsonValue> value();
    std::optional<QString> string();
    std::optional<QJsonValue> array();
    std::optional<QJsonValue> inlineTable();
    std::optional<QJsonValue> bareValue();
    bool endOfLine();

    QString m_fileName;
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    QStringList m_table;                 ///< the current table's path
    QHash<QString, int> m_arrayOfTables; ///< `[[a.b]]` -> items so far
    ConfigEntries m_entries;
};

model::Result<ConfigEntries> TomlParser::parse()
{
    while (m_error.isEmpty()) {
        skipSpaceAndComments();
        if (atEnd())
            break;
        if (peek() == u'[' ? !header() : !keyValue())
            break;
    }
    if (!m_error.isEmpty())
        return model::Result<ConfigEntries>::failure(m_error);
    return m_entries;
}

bool TomlParser::header()
{
    const bool arrayOfTables = startsWith("[[");
    advance(arrayOfTables ? 2 : 1);
    skipBlanks();
    const auto path = key();
    if (!path)
        return false;
    skipBlanks();
    if (!startsWith(arrayOfTables ? "]]" : "]")) {
        fail(QStringLiteral("expected `%1` to close the table header").arg(arrayOfTables ? "]]" : "]"));
        return false;
    }
    advance(arrayOfTables ? 2 : 1);
    m_table = *path;
    if (arrayOfTables) {
        const QString joined = path->join(u'.');
        m_table << QStringLiteral("#%1").arg(m_arrayOfTables.value(joined, 0));
        m_arrayOfTables[joined] += 1;
    }
    return endOfLine();
}

bool TomlParser::keyValue()
{
    const int line = m_line;
    const auto path = key();
    if (!path)
        return false;
    skipBlanks();
    if (peek() != u'=') {
        fail(QStringLiteral("expected `=` after the key `%1`").arg(path->join(u'.')));
        return false;
    }
    advance();
    skipBlanks();
    const auto parsed = value();
    if (!parsed)
        return false;
    flattenConfigValue(m_table + *path, *parsed, line, m_entries);
    return endOfLine();
}

bool TomlParser::endOfLine()
{
    skipBlanks();
    skipComment();
    if (peek() == u'\r')
        advance();
    if (atEnd() || peek() == u'\n')
        return true;
    fail(QStringLiteral("unexpected `%1` after the value").arg(peek()));
    return false;
}

std::optional<QStringList> TomlParser::key()
{
    QStringList parts;
    for (;;) {
        const auto part = keyPart();
        if (!part)
            return std::nullopt;
        parts << *part;
        skipBlanks();
        if (peek() != u'.')
            return parts;
        advance();
        skipBlanks();
    }
}

std::optional<QString> TomlParser::keyPart()
{
    if (peek() == u'"' || peek() == u'\'')
        return string();
    QString bare;
    while (peek().isLetterOrNumber() || peek() == u'_' || peek() == u'-') {
        bare += peek();
        advance();
    }
    if (bare.isEmpty()) {
        fail(atEnd() ? QStringLiteral("expected a key") : QStringLiteral("expected a key, found `%1`").arg(peek()));
        return std::nullopt;
    }
    return bare;
}

std::optional<QJsonValue> TomlParser::value()
{
    if (peek() == u'"' || peek() == u'\'') {
        const auto text = string();
        return text ? std::optional<QJsonValue>(*text) : std::nullopt;
    }
    if (peek() == u'[')
        return array();
    if (peek() == u'{')
        return inlineTable();
    return bareValue();
}

std::optional<QString> TomlParser::string()
{
    const QChar quote = peek();
    const bool literal = quote == u'\'';
    const bool multiLine = startsWith(literal ? "'''" : "\"\"\"");
    advance(multiLine ? 3 : 1);
    if (multiLine && peek() == u'\n')
        advance(); // a newline right after the opening quotes is not part of the string
    QString text;
    for (;;) {
        if (atEnd() || (!multiLine && peek() == u'\n')) {
            fail(QStringLiteral("unterminated string"));
            return std::nullopt;
        }
        if (multiLine ? startsWith(literal ? "'''" : "\"\"\"") : peek() == quote) {
            advance(multiLine ? 3 : 1);
            return text;
        }
        if (!literal && peek() == u'\\') {
            advance();
            const QChar escaped = peek();
            advance();
            switch (escaped.unicode()) {
            case 'n':
                text += u'\n';
                break;
            case 't':
                text += u'\t';
                break;
            case 'r':
                text += u'\r';
                break;
            case '"':
                text += u'"';
                break;
            case '\\':
                text += u'\\';
                break;
            case 'u': {
                text += QChar(m_text.mid(m_pos, 4).toUShort(nullptr, 16));
                advance(4);
                break;
            }
            default:
                fail(QStringLiteral("unknown escape `\\%1` in a string").arg(escaped));
                return std::nullopt;
            }
            continue;
        }
        text += peek();
        advance();
    }
}

std::optional<QJsonValue> TomlParser::array()
{
    advance();
    QJsonArray items;
    for (;;) {
        skipSpaceAndComments();
        if (peek() == u']') {
            advance();
            return items;
        }
        const auto item = value();
        if (!item)
            return std::nullopt;
        items.append(*item);
        skipSpaceAndComments();
        if (peek() == u',') {
            advance();
        } else if (peek() != u']') {
            fail(QStringLiteral("expected `,` or `]` in an array"));
            return std::nullopt;
        }
    }
}

std::optional<QJsonValue> TomlParser::inlineTable()
{
    advance();
    QJsonObject table;
    skipBlanks();
    if (peek() == u'}') {
        advance();
        return table;
    }
    for (;;) {
        skipBlanks();
        const auto path = key();
        if (!path)
            return std::nullopt;
        skipBlanks();
        if (peek() != u'=') {
            fail(QStringLiteral("expected `=` after the key `%1`").arg(path->join(u'.')));
            return std::nullopt;
        }
        advance();
        skipBlanks();
        const auto item = value();
        if (!item)
            return std::nullopt;
        table.insert(path->join(u'.'), *item);
        skipBlanks();
        if (peek() == u'}') {
            advance();
            return table;
        }
        if (peek() != u',') {
            fail(QStringLiteral("expected `,` or `}` in an inline table"));
            return std::nullopt;
        }
        advance();
    }
}

std::optional<QJsonValue> TomlParser::bareValue()
{
    QString word;
    while (peek().isLetterOrNumber() || QStringLiteral("_:+-.").contains(peek()) ||
           (peek() == u' ' && word.size() == 10 && word.count(u'-') == 2)) { // `1979-05-27 07:32:00`
        word += peek();
        advance();
    }
    if (word == QLatin1String("true") || word == QLatin1String("false"))
        return QJsonValue(word == QLatin1String("true"));
    bool isNumber = false;
    const qlonglong integer = QString(word).remove(u'_').toLongLong(&isNumber, 0);
    if (isNumber)
        return QJsonValue(integer);
    const double real = QString(word).remove(u'_').toDouble(&isNumber);
    if (isNumber)
        return QJsonValue(real);
    if (!word.isEmpty() && word.front().isDigit())
        return QJsonValue(word.trimmed()); // a date or time: kept as written
    fail(word.isEmpty() ? QStringLiteral("expected a value") : QStringLiteral("`%1` is not a TOML value").arg(word));
    return std::nullopt;
}

} // namespace

model::Result<ConfigEntries> TomlSubsetReader::read(const QString &fileName, const QString &text)
{
    return TomlParser(fileName, text).parse();
}

} // namespace tw::migrations::deploy
