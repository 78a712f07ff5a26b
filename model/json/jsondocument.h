// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/json/jsonvalue.h"
#include "model/json/jsonview.h"

#include <QByteArray>

#include <memory>

namespace simdjson::dom {
class parser;
}

namespace tw::model {

/// Parsed JSON text to read (not to edit): what a reader of big files, such as drizzle's snapshots, walks with
/// JsonView instead of building a JsonValue of it. It reads as JsonText::parse reads, with the same errors; the
/// values are simdjson's own, looked at in place. A text whose reading needs JSON.parse's rules where simdjson's
/// differ (a key given twice in an object, array-index keys JavaScript puts first, an integer beyond 64 bits) is
/// read into a JsonValue instead, which the views then look at: rare, and slower only for those texts.
class JsonDocument
{
public:
    static Result<JsonDocument> parse(const QByteArray &text);

    JsonDocument(JsonDocument &&) noexcept;
    JsonDocument &operator=(JsonDocument &&) noexcept;
    ~JsonDocument();

    /// The document's value; views of it live as long as the document.
    JsonView root() const { return m_root; }

private:
    JsonDocument();

    std::unique_ptr<simdjson::dom::parser> m_parser; ///< owns simdjson's document, when m_root looks into it
    std::unique_ptr<JsonValue> m_value; ///< the text as JSON.parse reads it, when simdjson's reading differs
    JsonView m_root;
};

} // namespace tw::model
