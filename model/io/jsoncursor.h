// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/json/jsonvalue.h"
#include "model/schema/id.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <climits>
#include <initializer_list>
#include <optional>
#include <type_traits>

namespace tw::model {

/// A JSON value together with its path in the document (`schema.tables[3].columns[1].type`) and the place where
/// the first error goes. The typed readers check the value, and on a mismatch record "path: message" and return
/// false, so reading code is a chain of `&&` and every error names where it happened. The cursor points into a
/// document read by JsonText::parse (the product's one JSON reader), which must outlive it.
///
/// The path is worked out when it is asked for (an error, a duplicate id), by finding the value below the first
/// cursor's: a valid file, whose reading never asks, builds no path strings.
class JsonCursor
{
public:
    JsonCursor() = default;
    /// @p value is nullptr for an object key that is not there; @p path is where it is.
    JsonCursor(const JsonValue *value, QString path, QString *error);

    QString path() const;
    /// The value, or null when it is not there.
    const JsonValue &value() const;
    /// False for an object key that is not there.
    bool isPresent() const { return m_value != nullptr; }

    /// The value under @p key of this object (undefined when missing). @p key is a string literal: a cursor to a
    /// missing key keeps the pointer until its path is asked for.
    JsonCursor operator[](const char *key) const;
    JsonCursor operator[](const QString &key) const;
    /// Element @p index of this array.
    JsonCursor at(qsizetype index) const;
    /// Elements of this array; call after expectArray().
    QList<JsonCursor> elements() const;
    /// Keys of this object in sorted order (not the file's, so that messages and maps do not depend on how a merge
    /// ordered the keys); call after expectObject().
    QStringList keys() const;

    /// Records "path: message" unless an error is already recorded. Always returns false.
    bool fail(const QString &message) const;

    /// An object whose keys are all in @p required or @p optional, with every required key present.
    bool expectObject(std::initializer_list<const char *> required,
                      std::initializer_list<const char *> optional = {}) const;
    /// An object with any keys (a map keyed by id).
    bool expectMap() const;
    bool expectArray() const;

    bool read(QString *out) const;
    bool read(bool *out) const;
    /// An integral number in [minimum, maximum].
    bool read(int *out, int minimum = INT_MIN, int maximum = INT_MAX) const;
    /// A finite number.
    bool read(double *out) const;
    /// A string that Id::isValidToken accepts.
    bool read(Id *out) const;
    bool read(QStringList *out) const;
    bool read(QList<Id> *out) const;
    /// @p names is the list of allowed names, or a function giving it (called only for the error message).
    template<typename Enum, typename Names>
    bool readEnum(Enum *out, std::optional<Enum> (*fromName)(const QString &), const Names &names) const
    {
        QString text;
        if (!read(&text))
            return false;
        const std::optional<Enum> value = fromName(text);
        if (!value) {
            if constexpr (std::is_invocable_v<const Names &>)
                return failEnum(names());
            else
                return failEnum(names);
        }
        *out = *value;
        return true;
    }

    /// When the key is missing, leaves @p out as it is (its default) and succeeds.
    template<typename T>
    bool readOptional(T *out) const
    {
        return !isPresent() || read(out);
    }
    template<typename Enum, typename Names>
    bool readOptionalEnum(Enum *out, std::optional<Enum> (*fromName)(const QString &), const Names &names) const
    {
        return !isPresent() || readEnum(out, fromName, names);
    }

    /// How a value is shown in messages: `"varchar"`, `42`, `null`, `an array`.
    static QString describe(const JsonValue &value);

private:
    /// m_missingSteps with m_missingKey spelled out after it.
    QString missingSteps() const;
    bool failType(const char *expected) const;
    bool failEnum(const QStringList &names) const;

    /// A cursor for @p value (nullptr when missing) reached from this one by the key @p key or, when @p index is not
    /// negative, by that array index. The step is written down only when the value is missing.
    JsonCursor child(const JsonValue *value, const QString &key, qsizetype index) const;

    const JsonValue *m_value = nullptr;
    const JsonValue *m_root = nullptr;    ///< the value the first cursor was made for; paths are found below it
    const JsonValue *m_present = nullptr; ///< m_value, or the nearest value above a missing one
    QString m_rootPath;                   ///< the first cursor's path
    QString m_missingSteps;               ///< from m_present down to a missing value; empty when present
    /// The last step to a missing value when it is an object key of the reader's own (a string literal): kept
    /// unspelled until a path is asked for (missingSteps()).
    const char *m_missingKey = nullptr;
    QString *m_error = nullptr;
};

} // namespace tw::model
