// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/json/jsonvalue.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace tw::model {

struct JsonMember;

/// A read-only look at a JSON value, with JsonValue's meaning: numbers are doubles, an object's keys come in
/// JavaScript's property order and each key once. It looks either straight into simdjson's parsed document
/// (JsonDocument, the fast path a reader of big files takes: nothing is copied until it is asked for) or at a
/// JsonValue. Copying a view is cheap; it lives no longer than what it looks at.
class JsonView
{
public:
    using Type = JsonValue::Type;

    /// A view of null.
    JsonView();
    /// A view of @p value (not a copy: the value must outlive the view).
    JsonView(const JsonValue &value);
    /// A view of an element of a simdjson document JsonDocument has checked (see there); @p element is a
    /// simdjson::dom::element, which this header keeps to itself.
    static JsonView ofElement(const void *element);

    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const;
    double toDouble() const;
    /// The string, decoded from UTF-8 at each call; empty for anything else.
    QString toString() const;

    /// Array elements, or object members; 0 for anything else.
    qsizetype size() const;
    /// The member @p key of an object; nullopt when absent or when this is no object.
    std::optional<JsonView> find(const QString &key) const;
    bool contains(const QString &key) const { return find(key).has_value(); }

    using Member = JsonMember;
    /// An object's members in property order; empty for anything else.
    std::vector<Member> members() const;
    /// An array's elements; empty for anything else.
    std::vector<JsonView> elements() const;
    /// The first key of an object that is in neither list, without decoding the keys that are. @p inFirst, when
    /// given, counts the keys met that are in @p first: an object's keys are distinct, so it reaches the size of
    /// @p first exactly when every name of it is a key.
    std::optional<QString> firstKeyOutside(const QStringList &first, const QStringList &second,
                                           qsizetype *inFirst = nullptr) const;

    /// A copy as a JsonValue.
    JsonValue toValue() const;

private:
    const JsonValue *m_value = nullptr; ///< set when looking at a JsonValue
    /// else the simdjson::dom::element looked at (a document pointer and a tape index, trivially copyable), kept
    /// as bytes so that simdjson's header stays out of every file that reads JSON
    alignas(std::max_align_t) unsigned char m_element[16] = {};
};

struct JsonMember
{
    QString key;
    JsonView value;
};

} // namespace tw::model
