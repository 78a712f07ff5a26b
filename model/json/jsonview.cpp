// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/json/jsonview.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace tw::model {
namespace {

using Element = simdjson::dom::element;
static_assert(std::is_trivially_copyable_v<Element> && sizeof(Element) <= 16);

Element elementOf(const unsigned char *bytes)
{
    Element element;
    std::memcpy(static_cast<void *>(&element), bytes, sizeof element);
    return element;
}

JsonView viewOf(Element element)
{
    return JsonView::ofElement(&element);
}

const JsonValue &nullValue()
{
    static const JsonValue null;
    return null;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Whether @p key reads @p text, without decoding @p text. UTF-8 takes as many bytes as UTF-16 takes units for
/// ASCII and more for anything else: at equal lengths the two are equal only byte for unit, and a longer text can
/// only be a key that is not all ASCII. Readers compare each key with several names: most differ at once.
bool equalsUtf8(const QString &key, std::string_view text)
{
    const size_t units = size_t(key.size());
    if (units == 0 || text.empty())
        return units == text.size();
    const auto sameUnit = [](char byte, QChar unit) {
        return char16_t(static_cast<unsigned char>(byte)) == unit.unicode();
    };
    const bool asciiStart = static_cast<unsigned char>(text.front()) < 0x80;
    if ((asciiStart && !sameUnit(text.front(), key.front())) || text.size() < units)
        return false;
    if (text.size() == units)
        return std::equal(text.cbegin(), text.cend(), key.cbegin(), sameUnit);
    const bool ascii = std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return !ascii && key == fromUtf8(text);
}

} // namespace

JsonView::JsonView()
    : m_value(&nullValue())
{
}

JsonView::JsonView(const JsonValue &value)
    : m_value(&value)
{
}

JsonView JsonView::ofElement(const void *element)
{
    JsonView view;
    view.m_value = nullptr;
    std::memcpy(view.m_element, element, sizeof(Element));
    return view;
}

JsonView::Type JsonView::type() const
{
    if (m_value)
        return m_value->type();
    using ElementType = simdjson::dom::element_type;
    switch (elementOf(m_element).type()) {
    case ElementType::ARRAY:
        return Type::Array;
    case ElementType::OBJECT:
        return Type::Object;
    case ElementType::INT64:
    case ElementType::UINT64:
    case ElementType::DOUBLE:
        return Type::Number;
    case ElementType::STRING:
        return Type::String;
    case ElementType::BOOL:
        return Type::Bool;
    case ElementType::NULL_VALUE:
        break;
    }
    return Type::Null;
}

bool JsonView::toBool() const
{
    if (m_value)
        return m_value->toBool();
    const Element element = elementOf(m_element);
    return element.is_bool() && bool(element);
}

double JsonView::toDouble() const
{
    if (m_value)
        return m_value->toDouble();
    // Every number a double, as JSON.parse reads it (JsonText::parse reads them alike).
    using ElementType = simdjson::dom::element_type;
    const Element element = elementOf(m_element);
    switch (element.type()) {
    case ElementType::INT64:
        return static_cast<double>(std::int64_t(element));
    case ElementType::UINT64:
        return static_cast<double>(std::uint64_t(element));
    case ElementType::DOUBLE:
        return double(element);
    default:
        return 0;
    }
}

QString JsonView::toString() const
{
    if (m_value)
        return m_value->toString();
    const Element element = elementOf(m_element);
    return element.is_string() ? fromUtf8(std::string_view(element)) : QString();
}

qsizetype JsonView::size() const
{
    if (m_value)
        return m_value->size();
    const Element element = elementOf(m_element);
    if (element.is_array())
        return qsizetype(simdjson::dom::array(element).size());
    if (element.is_object())
        return qsizetype(simdjson::dom::object(element).size());
    return 0;
}

std::optional<JsonView> JsonView::find(const QString &key) const
{
    if (m_value) {
        const JsonValue *found = m_value->isObject() ? m_value->find(key) : nullptr;
        return found ? std::optional<JsonView>(JsonView(*found)) : std::nullopt;
    }
    const Element element = elementOf(m_element);
    if (!element.is_object())
        return std::nullopt;
    for (simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
        if (equalsUtf8(key, field.key))
            return viewOf(field.value);
    }
    return std::nullopt;
}

std::vector<JsonView::Member> JsonView::members() const
{
    std::vector<Member> members;
    if (m_value) {
        if (!m_value->isObject())
            return members;
        members.reserve(size_t(m_value->size()));
        for (qsizetype i = 0; i < m_value->size(); ++i)
            members.push_back({m_value->keys()[i], JsonView(m_value->values()[size_t(i)])});
        return members;
    }
    const Element element = elementOf(m_element);
    if (!element.is_object())
        return members;
    const simdjson::dom::object object(element);
    members.reserve(object.size());
    for (simdjson::dom::key_value_pair field : object)
        members.push_back({fromUtf8(field.key), viewOf(field.value)});
    return members;
}

std::vector<JsonView> JsonView::elements() const
{
    std::vector<JsonView> elements;
    if (m_value) {
        if (m_value->isArray())
            elements.assign(m_value->values().cbegin(), m_value->values().cend());
        return elements;
    }
    const Element element = elementOf(m_element);
    if (!element.is_array())
        return elements;
    const simdjson::dom::array array(element);
    elements.reserve(array.size());
    for (Element child : array)
        elements.push_back(viewOf(child));
    return elements;
}

std::optional<QString> JsonView::firstKeyOutside(const QStringList &first, const QStringList &second,
                                                 qsizetype *inFirst) const
{
    qsizetype found = 0;
    std::optional<QString> outside;
    if (m_value) {
        for (const QString &key : m_value->keys()) {
            if (first.contains(key))
                ++found;
            else if (!second.contains(key) && !outside)
                outside = key;
        }
    } else if (const Element element = elementOf(m_element); element.is_object()) {
        const auto named = [](const QStringList &names, std::string_view key) {
            return std::any_of(names.cbegin(), names.cend(), [key](const QString &n) { return equalsUtf8(n, key); });
        };
        for (simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
            if (named(first, field.key))
                ++found;
            else if (!named(second, field.key) && !outside)
                outside = fromUtf8(field.key);
        }
    }
    if (inFirst)
        *inFirst = found;
    return outside;
}

JsonValue JsonView::toValue() const
{
    if (m_value)
        return *m_value;
    switch (type()) {
    case Type::Null:
        return {};
    case Type::Bool:
        return JsonValue(toBool());
    case Type::Number:
        return JsonValue(toDouble());
    case Type::String:
        return JsonValue(toString());
    case Type::Array: {
        JsonValue array = JsonValue::array();
        for (const JsonView &element : elements())
            array.append(element.toValue());
        return array;
    }
    case Type::Object:
        break;
    }
    JsonValue object = JsonValue::object();
    for (const Member &member : members())
        object.insert(member.key, member.value.toValue());
    return object;
}

} // namespace tw::model
