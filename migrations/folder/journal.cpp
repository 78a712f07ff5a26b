// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/journal.h"

#include "migrations/json/jsontext.h"

#include <cmath>
#include <limits>

namespace tw::migrations {
namespace {

using model::Result;

QString typeError(const QString &path, const char *expected)
{
    return QStringLiteral("%1: expected %2").arg(path, QLatin1String(expected));
}

// A whole number in [low, high]: what converts to an integer without undefined behaviour (a `when` of 1e45 from a
// damaged journal must be an error, not an arbitrary time; found by tests/fuzz).
bool isWholeNumber(const JsonValue *value, double low, double high)
{
    return value && value->isNumber() && value->toDouble() == std::floor(value->toDouble()) &&
           value->toDouble() >= low && value->toDouble() <= high;
}

// JavaScript's Number.MAX_SAFE_INTEGER: the largest epoch-ms drizzle's migrator can compare exactly.
constexpr double kMaxSafeInteger = 9007199254740991.0;

Result<JournalEntry> parseEntry(const JsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Result<JournalEntry>::failure(typeError(path, "an object"));
    JournalEntry entry;
    const JsonValue *idx = value.find(QStringLiteral("idx"));
    const JsonValue *version = value.find(QStringLiteral("version"));
    const JsonValue *when = value.find(QStringLiteral("when"));
    const JsonValue *tag = value.find(QStringLiteral("tag"));
    const JsonValue *breakpoints = value.find(QStringLiteral("breakpoints"));
    if (!isWholeNumber(idx, 0, std::numeric_limits<int>::max()))
        return Result<JournalEntry>::failure(typeError(path + QStringLiteral(".idx"), "a whole number"));
    if (!isWholeNumber(when, -kMaxSafeInteger, kMaxSafeInteger))
        return Result<JournalEntry>::failure(typeError(path + QStringLiteral(".when"), "a whole number (epoch ms)"));
    if (!tag || !tag->isString() || tag->toString().isEmpty())
        return Result<JournalEntry>::failure(typeError(path + QStringLiteral(".tag"), "a non-empty string"));
    if (tag->toString().contains(u'/') || tag->toString().contains(u'\\') || tag->toString().startsWith(u'.'))
        return Result<JournalEntry>::failure(path +
                                             QStringLiteral(".tag: \"%1\" is not a file name").arg(tag->toString()));
    if (version && !version->isString())
        return Result<JournalEntry>::failure(typeError(path + QStringLiteral(".version"), "a string"));
    if (breakpoints && !breakpoints->isBool())
        return Result<JournalEntry>::failure(typeError(path + QStringLiteral(".breakpoints"), "true or false"));
    entry.idx = int(idx->toDouble());
    entry.when = qint64(when->toDouble());
    entry.tag = tag->toString();
    if (version)
        entry.version = version->toString();
    entry.breakpoints = breakpoints ? breakpoints->toBool() : true;
    return entry;
}

} // namespace

Result<Journal> Journal::parse(const QByteArray &text)
{
    auto parsed = JsonText::parse(text);
    if (!parsed)
        return Result<Journal>::failure(parsed.error());
    const JsonValue &root = parsed.value();
    if (!root.isObject())
        return Result<Journal>::failure(QStringLiteral("the journal is not a JSON object"));
    Journal journal;
    const JsonValue *dialect = root.find(QStringLiteral("dialect"));
    if (!dialect || !dialect->isString())
        return Result<Journal>::failure(typeError(QStringLiteral("dialect"), "a string"));
    journal.dialect = dialect->toString();
    if (const JsonValue *version = root.find(QStringLiteral("version")); version && version->isString())
        journal.version = version->toString();
    const JsonValue *entries = root.find(QStringLiteral("entries"));
    if (!entries || !entries->isArray())
        return Result<Journal>::failure(typeError(QStringLiteral("entries"), "an array"));
    for (qsizetype i = 0; i < entries->size(); ++i) {
        auto entry = parseEntry(entries->values()[size_t(i)], QStringLiteral("entries[%1]").arg(i));
        if (!entry)
            return Result<Journal>::failure(entry.error());
        journal.entries << entry.value();
    }
    return journal;
}

QByteArray Journal::toJson() const
{
    JsonValue root = JsonValue::object();
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("dialect"), dialect);
    JsonValue list = JsonValue::array();
    for (const JournalEntry &e : entries) {
        JsonValue entry = JsonValue::object();
        entry.insert(QStringLiteral("idx"), e.idx);
        entry.insert(QStringLiteral("version"), e.version);
        entry.insert(QStringLiteral("when"), double(e.when));
        entry.insert(QStringLiteral("tag"), e.tag);
        entry.insert(QStringLiteral("breakpoints"), e.breakpoints);
        list.append(std::move(entry));
    }
    root.insert(QStringLiteral("entries"), std::move(list));
    return JsonText::stringify(root);
}

} // namespace tw::migrations
