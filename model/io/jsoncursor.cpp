// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/jsoncursor.h"

#include "model/io/jsonbytes.h"

#include <QLocale>

#include <cmath>

namespace tw::model {
namespace {

bool contains(std::initializer_list<const char *> names, const QString &key)
{
    for (const char *name : names) {
        if (key == QLatin1String(name))
            return true;
    }
    return false;
}

QString quoted(QString text)
{
    constexpr qsizetype kMaxShown = 60;
    if (text.size() > kMaxShown)
        text = text.left(kMaxShown) + QStringLiteral("...");
    text.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'"', QLatin1String("\\\""))
        .replace(u'\n', QLatin1String("\\n"));
    return u'"' + text + u'"';
}

// @p path followed by @p steps (`name`, `["a b"]`, `[3]` …, as appendKey and array indices write them).
QString appendSteps(const QString &path, const QString &steps)
{
    if (steps.isEmpty())
        return path;
    if (path.isEmpty() || steps.front() == u'[')
        return path + steps;
    return path + u'.' + steps;
}

// Finds @p target below @p value (whose path is @p path) and sets @p out to its path. Only errors ask, so a walk
// over the document is affordable.
bool pathBelow(const JsonValue &value, const JsonValue *target, const QString &path, QString *out)
{
    if (&value == target) {
        *out = path;
        return true;
    }
    const std::vector<JsonValue> &children = value.values();
    for (size_t i = 0; i < children.size(); ++i) {
        const QString childPath = value.isObject() ? jsonbytes::appendKey(path, value.keys()[qsizetype(i)])
                                                   : path + QStringLiteral("[%1]").arg(i);
        if (pathBelow(children[i], target, childPath, out))
            return true;
    }
    return false;
}

} // namespace

JsonCursor::JsonCursor(const JsonValue *value, QString path, QString *error)
    : m_value(value)
    , m_root(value)
    , m_present(value)
    , m_rootPath(std::move(path))
    , m_error(error)
{
}

QString JsonCursor::path() const
{
    QString path = m_rootPath;
    if (m_present && m_present != m_root)
        pathBelow(*m_root, m_present, m_rootPath, &path); // a value always lies below the first cursor's
    return appendSteps(path, missingSteps());
}

QString JsonCursor::missingSteps() const
{
    if (!m_missingKey)
        return m_missingSteps;
    return appendSteps(m_missingSteps, jsonbytes::appendKey(QString(), QString::fromLatin1(m_missingKey)));
}

const JsonValue &JsonCursor::value() const
{
    static const JsonValue missing;
    return m_value ? *m_value : missing;
}

JsonCursor JsonCursor::child(const JsonValue *value, const QString &key, qsizetype index) const
{
    JsonCursor c = *this;
    c.m_value = value;
    if (value) {
        c.m_present = value;
        return c;
    }
    const QString step = index < 0 ? jsonbytes::appendKey(QString(), key) : QStringLiteral("[%1]").arg(index);
    c.m_missingSteps = appendSteps(missingSteps(), step);
    c.m_missingKey = nullptr;
    return c;
}

JsonCursor JsonCursor::operator[](const char *key) const
{
    const JsonValue *found = isPresent() && m_value->isObject() ? m_value->find(QLatin1StringView(key)) : nullptr;
    if (found)
        return child(found, {}, -1);
    // Most keys a reader finds missing are optional ones: the step is spelled out only if a path is asked for.
    JsonCursor c = *this;
    c.m_value = nullptr;
    if (m_missingKey)
        c.m_missingSteps = missingSteps();
    c.m_missingKey = key;
    return c;
}

JsonCursor JsonCursor::operator[](const QString &key) const
{
    return child(isPresent() && m_value->isObject() ? m_value->find(key) : nullptr, key, -1);
}

JsonCursor JsonCursor::at(qsizetype index) const
{
    const bool inside = isPresent() && m_value->isArray() && index >= 0 && index < m_value->size();
    return child(inside ? &m_value->values()[size_t(index)] : nullptr, {}, index);
}

QList<JsonCursor> JsonCursor::elements() const
{
    QList<JsonCursor> list;
    const qsizetype count = isPresent() && m_value->isArray() ? m_value->size() : 0;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list << at(i);
    return list;
}

QStringList JsonCursor::keys() const
{
    if (!isPresent() || !m_value->isObject())
        return {};
    QStringList sorted = m_value->keys();
    sorted.sort();
    return sorted;
}

bool JsonCursor::fail(const QString &message) const
{
    if (m_error->isEmpty()) {
        const QString where = path();
        *m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
    return false;
}

bool JsonCursor::expectObject(std::initializer_list<const char *> required,
                              std::initializer_list<const char *> optional) const
{
    if (!expectMap())
        return false;
    // The first unknown key in sorted order, as messages have always named it, without sorting every object.
    const QString *unknown = nullptr;
    for (const QString &key : m_value->keys()) {
        if (!contains(required, key) && !contains(optional, key) && (!unknown || key < *unknown))
            unknown = &key;
    }
    if (unknown) {
        QStringList allowed;
        for (const char *name : required)
            allowed << QString::fromLatin1(name);
        for (const char *name : optional)
            allowed << QString::fromLatin1(name);
        allowed.sort();
        return (*this)[*unknown].fail(
            QStringLiteral("unknown key; allowed here: %1").arg(allowed.join(QStringLiteral(", "))));
    }
    for (const char *name : required) {
        if (!m_value->contains(QString::fromLatin1(name)))
            return (*this)[name].fail(QStringLiteral("required key is missing"));
    }
    return true;
}

bool JsonCursor::expectMap() const
{
    return (isPresent() && m_value->isObject()) || failType("an object");
}

bool JsonCursor::expectArray() const
{
    return (isPresent() && m_value->isArray()) || failType("an array");
}

bool JsonCursor::read(QString *out) const
{
    if (!isPresent() || !m_value->isString())
        return failType("a string");
    *out = m_value->toString();
    return true;
}

bool JsonCursor::read(bool *out) const
{
    if (!isPresent() || !m_value->isBool())
        return failType("true or false");
    *out = m_value->toBool();
    return true;
}

bool JsonCursor::read(int *out, int minimum, int maximum) const
{
    const double number = value().toDouble();
    if (!value().isNumber() || !std::isfinite(number) || number != std::trunc(number))
        return failType("an integer");
    if (number < minimum || number > maximum) {
        if (number < minimum && maximum == INT_MAX)
            return fail(
                QStringLiteral("expected an integer of at least %1, got %2").arg(minimum).arg(describe(value())));
        return fail(QStringLiteral("expected an integer from %1 to %2, got %3")
                        .arg(minimum)
                        .arg(maximum)
                        .arg(describe(value())));
    }
    *out = int(number);
    return true;
}

bool JsonCursor::read(double *out) const
{
    if (!value().isNumber() || !std::isfinite(value().toDouble()))
        return failType("a finite number");
    *out = value().toDouble();
    return true;
}

bool JsonCursor::read(Id *out) const
{
    QString token;
    if (!read(&token))
        return false;
    if (!Id::isValidToken(token)) {
        return fail(QStringLiteral("%1 is not a valid id (1 to 64 ASCII letters, digits, '_', '-' or '.')")
                        .arg(describe(value())));
    }
    *out = Id(token);
    return true;
}

bool JsonCursor::read(QStringList *out) const
{
    if (!expectArray())
        return false;
    QStringList list;
    for (const JsonCursor &element : elements()) {
        QString text;
        if (!element.read(&text))
            return false;
        list << text;
    }
    *out = list;
    return true;
}

bool JsonCursor::read(QList<Id> *out) const
{
    if (!expectArray())
        return false;
    QList<Id> list;
    for (const JsonCursor &element : elements()) {
        Id id;
        if (!element.read(&id))
            return false;
        list << id;
    }
    *out = list;
    return true;
}

QString JsonCursor::describe(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Number: {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case JsonValue::Type::String:
        return quoted(value.toString());
    case JsonValue::Type::Array:
        return QStringLiteral("an array");
    case JsonValue::Type::Object:
        return QStringLiteral("an object");
    }
    return QStringLiteral("nothing");
}

bool JsonCursor::failType(const char *expected) const
{
    if (!isPresent())
        return fail(QStringLiteral("required key is missing"));
    return fail(QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), describe(value())));
}

bool JsonCursor::failEnum(const QStringList &names) const
{
    return fail(QStringLiteral("expected one of %1, got %2").arg(names.join(QStringLiteral(", ")), describe(value())));
}

} // namespace tw::model
