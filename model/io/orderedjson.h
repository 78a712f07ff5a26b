// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::model {

/// A JSON value built for writing, whose objects keep their keys in insertion order. QJsonObject sorts keys,
/// which would put a table's `columns` before its `id` and `name`, and `baseline` before `formatVersion`; the
/// project file reads better, and its first key stays `formatVersion`, when the writer chooses the order.
class OrderedJson
{
public:
    OrderedJson() = default; ///< null
    OrderedJson(bool value);
    OrderedJson(int value);
    /// Must be finite: JSON has no NaN or infinity.
    OrderedJson(double value);
    OrderedJson(const QString &value);
    /// Would otherwise silently become a bool.
    OrderedJson(const char *) = delete;

    static OrderedJson object();
    static OrderedJson array();

    /// Appends @p key to this object; keys are written in the order they were inserted.
    OrderedJson &insert(const QString &key, OrderedJson value);
    OrderedJson &insert(const char *key, OrderedJson value)
    {
        return insert(QString::fromLatin1(key), std::move(value));
    }
    /// Appends @p value to this array.
    OrderedJson &append(OrderedJson value);
    /// An object without keys or an array without elements.
    bool isEmpty() const { return m_items.isEmpty(); }

    /// The canonical text: 4-space indentation, `"key": value`, `{}`/`[]` when empty, only `"`, `\` and control
    /// characters escaped, integers below 2^53 without exponent, other numbers as the shortest text that reads
    /// back as the same double, and a final newline.
    QByteArray toJson() const;

private:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    void write(QByteArray &out, int depth) const;
    static void writeString(QByteArray &out, const QString &text);
    static void writeNumber(QByteArray &out, double value);

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QList<QString> m_keys;      ///< object keys, parallel to m_items
    QList<OrderedJson> m_items; ///< object values or array elements
};

} // namespace tw::model
