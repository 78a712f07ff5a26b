// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace tw::model {

/// A JSON value whose objects behave like JavaScript objects: keys keep their insertion order, except that keys
/// which are array indices ("0", "7", "4294967294") come first in ascending numeric order, as ECMAScript's
/// OrdinaryOwnPropertyKeys orders them. Written with JsonText, it reproduces `JSON.stringify` output exactly.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    JsonValue(bool value);
    JsonValue(double value);
    JsonValue(int value);
    JsonValue(const QString &value);
    JsonValue(const char *) = delete; // say QStringLiteral; a char pointer would silently become a bool

    static JsonValue array();
    static JsonValue object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    const QString &toString() const { return m_string; }

    /// Array elements, or an object's values in key order.
    const std::vector<JsonValue> &values() const { return m_values; }
    /// An object's keys in property order; empty for anything else.
    const QStringList &keys() const { return m_keys; }
    qsizetype size() const { return qsizetype(m_values.size()); }

    /// Appends to an array.
    void append(JsonValue value);
    /// Sets an object property with JavaScript's semantics: an existing key keeps its position and takes the new
    /// value; a new array-index key goes among the leading index keys in numeric order; any other key goes last.
    void insert(const QString &key, JsonValue value);
    /// Makes room for @p count elements or properties (a reader that knows the size allocates once).
    void reserve(qsizetype count);
    /// The property @p key of an object, or nullptr.
    const JsonValue *find(const QString &key) const;
    /// The same for a key written in the program (`find("name")`), without making a QString of it.
    const JsonValue *find(QLatin1StringView key) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }

    /// Whether @p key is a canonical array index, which JavaScript orders before every other key.
    static bool isArrayIndexKey(const QString &key);

    friend bool operator==(const JsonValue &, const JsonValue &) = default;

private:
    /// Objects of up to this many keys are searched linearly: most objects of a file are small (a column, an index),
    /// and a hash for each would cost more to build than it saves.
    static constexpr qsizetype kLinearKeys = 8;

    qsizetype indexOf(const QString &key) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QStringList m_keys;
    std::vector<JsonValue> m_values;
    /// key -> index in m_keys, for objects of more than kLinearKeys keys: objects of thousands of tables stay linear
    QHash<QString, qsizetype> m_positions;
};

} // namespace tw::model
