// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/jsoncursor.h"

#include "model/io/jsonbytes.h"

#include <QJsonArray>
#include <QJsonObject>

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

} // namespace

JsonCursor::JsonCursor(QJsonValue value, QString path, QString *error)
    : m_value(std::move(value))
    , m_path(std::move(path))
    , m_error(error)
{
}

JsonCursor JsonCursor::operator[](const char *key) const
{
    return (*this)[QString::fromLatin1(key)];
}

JsonCursor JsonCursor::operator[](const QString &key) const
{
    return JsonCursor(m_value.toObject().value(key), jsonbytes::appendKey(m_path, key), m_error);
}

JsonCursor JsonCursor::at(qsizetype index) const
{
    return JsonCursor(m_value.toArray().at(index), m_path + QStringLiteral("[%1]").arg(index), m_error);
}

QList<JsonCursor> JsonCursor::elements() const
{
    QList<JsonCursor> list;
    const qsizetype count = m_value.toArray().size();
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list << at(i);
    return list;
}

QStringList JsonCursor::keys() const
{
    return m_value.toObject().keys();
}

bool JsonCursor::fail(const QString &message) const
{
    if (m_error->isEmpty())
        *m_error = m_path.isEmpty() ? message : m_path + QStringLiteral(": ") + message;
    return false;
}

bool JsonCursor::expectObject(std::initializer_list<const char *> required,
                              std::initializer_list<const char *> optional) const
{
    if (!expectMap())
        return false;
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (contains(required, it.key()) || contains(optional, it.key()))
            continue;
        QStringList allowed;
        for (const char *name : required)
            allowed << QString::fromLatin1(name);
        for (const char *name : optional)
            allowed << QString::fromLatin1(name);
        allowed.sort();
        return (*this)[it.key()].fail(
            QStringLiteral("unknown key; allowed here: %1").arg(allowed.join(QStringLiteral(", "))));
    }
    for (const char *name : required) {
        if (!object.contains(QLatin1String(name)))
            return (*this)[name].fail(QStringLiteral("required key is missing"));
    }
    return true;
}

bool JsonCursor::expectMap() const
{
    return m_value.isObject() || failType("an object");
}

bool JsonCursor::expectArray() const
{
    return m_value.isArray() || failType("an array");
}

bool JsonCursor::read(QString *out) const
{
    if (!m_value.isString())
        return failType("a string");
    *out = m_value.toString();
    return true;
}

bool JsonCursor::read(bool *out) const
{
    if (!m_value.isBool())
        return failType("true or false");
    *out = m_value.toBool();
    return true;
}

bool JsonCursor::read(int *out, int minimum, int maximum) const
{
    const double number = m_value.toDouble();
    if (!m_value.isDouble() || !std::isfinite(number) || number != std::trunc(number))
        return failType("an integer");
    if (number < minimum || number > maximum) {
        if (number < minimum && maximum == INT_MAX)
            return fail(
                QStringLiteral("expected an integer of at least %1, got %2").arg(minimum).arg(describe(m_value)));
        return fail(QStringLiteral("expected an integer from %1 to %2, got %3")
                        .arg(minimum)
                        .arg(maximum)
                        .arg(describe(m_value)));
    }
    *out = int(number);
    return true;
}

bool JsonCursor::read(double *out) const
{
    if (!m_value.isDouble() || !std::isfinite(m_value.toDouble()))
        return failType("a finite number");
    *out = m_value.toDouble();
    return true;
}

bool JsonCursor::read(Id *out) const
{
    QString token;
    if (!read(&token))
        return false;
    if (!Id::isValidToken(token)) {
        return fail(QStringLiteral("%1 is not a valid id (1 to 64 ASCII letters, digits, '_', '-' or '.')")
                        .arg(describe(m_value)));
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

QString JsonCursor::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonCursor::failType(const char *expected) const
{
    if (!isPresent())
        return fail(QStringLiteral("required key is missing"));
    return fail(QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), describe(m_value)));
}

bool JsonCursor::failEnum(const QStringList &names) const
{
    return fail(QStringLiteral("expected one of %1, got %2").arg(names.join(QStringLiteral(", ")), describe(m_value)));
}

} // namespace tw::model
