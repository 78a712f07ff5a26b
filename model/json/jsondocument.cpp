// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/json/jsondocument.h"

#include "model/json/jsontext.h"

#include <simdjson.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tw::model {
namespace {

bool isArrayIndexKey(std::string_view key)
{
    return !key.empty() && key.front() >= '0' && key.front() <= '9' &&
           JsonValue::isArrayIndexKey(QString::fromLatin1(key.data(), qsizetype(key.size())));
}

/// Objects of up to this many members are checked for repeated keys pair by pair (most are small: a column,
/// an index); bigger ones with a set.
constexpr size_t kPairwiseKeys = 16;

bool hasRepeatedKey(simdjson::dom::object object, std::vector<std::string_view> &keys)
{
    keys.clear();
    for (simdjson::dom::key_value_pair field : object)
        keys.push_back(field.key);
    if (keys.size() > kPairwiseKeys)
        return std::unordered_set<std::string_view>(keys.cbegin(), keys.cend()).size() != keys.size();
    for (auto key = keys.cbegin(); key != keys.cend(); ++key) {
        if (std::find(keys.cbegin(), key, *key) != key)
            return true;
    }
    return false;
}

/// Whether every object of @p element reads in simdjson's order the way JSON.parse reads it: each key once, and
/// no array-index key (which JavaScript moves to the front). @p keys is room to reuse.
bool readsAsJavaScript(simdjson::dom::element element, std::vector<std::string_view> &keys)
{
    if (element.is_array()) {
        for (simdjson::dom::element child : simdjson::dom::array(element)) {
            if (!readsAsJavaScript(child, keys))
                return false;
        }
        return true;
    }
    if (!element.is_object())
        return true;
    const simdjson::dom::object object(element);
    for (simdjson::dom::key_value_pair field : object) {
        if (isArrayIndexKey(field.key) || !readsAsJavaScript(field.value, keys))
            return false;
    }
    return !hasRepeatedKey(object, keys);
}

} // namespace

JsonDocument::JsonDocument() = default;
JsonDocument::JsonDocument(JsonDocument &&) noexcept = default;
JsonDocument &JsonDocument::operator=(JsonDocument &&) noexcept = default;
JsonDocument::~JsonDocument() = default;

Result<JsonDocument> JsonDocument::parse(const QByteArray &text)
{
    JsonDocument document;
    document.m_parser = std::make_unique<simdjson::dom::parser>();
    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    simdjson::dom::element root;
    simdjson::error_code error = document.m_parser->allocate(std::max<size_t>(padded.size(), 1), JsonText::kMaxNesting);
    if (!error)
        error = document.m_parser->parse(padded).get(root);
    std::vector<std::string_view> keys;
    if (!error && readsAsJavaScript(root, keys)) {
        document.m_root = JsonView::ofElement(&root);
        return document;
    }
    // JsonText::parse gives JSON.parse's reading, or the error with its line and column.
    Result<JsonValue> value = JsonText::parse(text);
    if (!value.ok())
        return Result<JsonDocument>::failure(value.error());
    document.m_parser.reset();
    document.m_value = std::make_unique<JsonValue>(std::move(value).value());
    document.m_root = JsonView(*document.m_value);
    return document;
}

} // namespace tw::model
