// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonview.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::migrations {

/// Strict access to the members of parsed JSON objects (looked at in place: JsonView). The first problem met is
/// kept as `<path>: <message>`, with paths such as `tables["users"].columns["id"].type`; later calls keep the first
/// message. A reader of many entries reads each with paths relative to it and names the entry only when it failed
/// (failUnder): a valid file builds no path strings.
class JsonFieldReader
{
public:
    /// `path.key` for a fixed member name.
    static QString memberPath(const QString &path, const QString &key);
    /// `path["key"]` for a name that is data (a table or column name).
    static QString entryPath(const QString &path, const QString &key);

    bool failed() const { return !m_message.isEmpty(); }
    QString error() const;
    /// Records @p message for @p path (unless a problem was already recorded); always returns false.
    bool fail(const QString &path, const QString &message);
    /// After a read with paths relative to @p path failed: puts @p path in front of the problem's path. Always
    /// returns false.
    bool failUnder(const QString &path);

    /// Whether @p value is an object whose keys are all in @p allowed and which holds every key of @p required.
    bool checkObject(const JsonView &value, const QString &path, const QStringList &required,
                     const QStringList &allowed);
    /// The member @p key of @p object when it has type @p type; nullptr when absent (a failure if @p required)
    /// or of another type (always a failure).
    std::optional<JsonView> member(const JsonView &object, const QString &path, const QString &key,
                                   JsonValue::Type type, bool required = true);
    std::optional<QString> string(const JsonView &object, const QString &path, const QString &key);
    std::optional<bool> boolean(const JsonView &object, const QString &path, const QString &key);
    /// An array of strings.
    std::optional<QStringList> strings(const JsonView &object, const QString &path, const QString &key);
    /// Fails unless the member named @p key of an entry stored under @p entryKey equals the key.
    bool checkNameMatchesKey(const JsonView &entry, const QString &path, const QString &entryKey);

    static QString typeName(JsonValue::Type type);

private:
    QString m_path;
    QString m_message;
};

} // namespace tw::migrations
