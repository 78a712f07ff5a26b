// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonvalue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::migrations {

/// Strict access to the members of parsed JSON objects. The first problem met is kept as
/// `<path>: <message>`, with paths such as `tables["users"].columns["id"].type`; later calls
/// keep the first message.
class JsonFieldReader
{
public:
    /// `path.key` for a fixed member name.
    static QString memberPath(const QString &path, const QString &key);
    /// `path["key"]` for a name that is data (a table or column name).
    static QString entryPath(const QString &path, const QString &key);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    /// Records @p message for @p path (unless a problem was already recorded); always returns false.
    bool fail(const QString &path, const QString &message);

    /// Whether @p value is an object whose keys are all in @p allowed and which holds every key of @p required.
    bool checkObject(const JsonValue &value, const QString &path, const QStringList &required,
                     const QStringList &allowed);
    /// The member @p key of @p object when it has type @p type; nullptr when absent (a failure if @p required)
    /// or of another type (always a failure).
    const JsonValue *member(const JsonValue &object, const QString &path, const QString &key, JsonValue::Type type,
                            bool required = true);
    std::optional<QString> string(const JsonValue &object, const QString &path, const QString &key);
    std::optional<bool> boolean(const JsonValue &object, const QString &path, const QString &key);
    /// An array of strings.
    std::optional<QStringList> strings(const JsonValue &object, const QString &path, const QString &key);
    /// Fails unless the member named @p key of an entry stored under @p entryKey equals the key.
    bool checkNameMatchesKey(const JsonValue &entry, const QString &path, const QString &entryKey);

    static QString typeName(JsonValue::Type type);

private:
    QString m_error;
};

} // namespace tw::migrations
