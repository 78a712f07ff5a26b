// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/output/packagescripts.h"

#include "model/json/jsontext.h"

#include <optional>

namespace tw::codegen {
namespace {

using Failure = model::Result<QByteArray>;

/// Positions in the JSON text of one object: its braces and the indentation of its members.
struct ObjectSpan
{
    qsizetype open = -1;
    qsizetype close = -1;
};

qsizetype skipString(const QByteArray &text, qsizetype quote)
{
    for (qsizetype i = quote + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i;
    }
    return text.size();
}

/// The matching closing bracket of the one at @p open.
qsizetype matching(const QByteArray &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"')
            i = skipString(text, i);
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i;
    }
    return -1;
}

/// The value of the top-level key @p key when it is an object.
std::optional<ObjectSpan> topLevelObject(const QByteArray &text, const ObjectSpan &root, const QByteArray &key)
{
    for (qsizetype i = root.open + 1; i < root.close; ++i) {
        const char c = text[i];
        if (c == '{' || c == '[') {
            i = matching(text, i);
        } else if (c == '"') {
            const qsizetype end = skipString(text, i);
            const QByteArray name = text.mid(i + 1, end - i - 1);
            i = end;
            qsizetype j = end + 1;
            while (j < root.close && QChar::isSpace(uchar(text[j])))
                ++j;
            if (j >= root.close || text[j] != ':')
                continue; // a string value, not a key
            do
                ++j;
            while (j < root.close && QChar::isSpace(uchar(text[j])));
            if (name == key && text[j] == '{')
                return ObjectSpan{j, matching(text, j)};
        }
    }
    return std::nullopt;
}

/// The whitespace at the start of the line holding @p position.
QByteArray lineIndent(const QByteArray &text, qsizetype position)
{
    const qsizetype start = text.lastIndexOf('\n', position) + 1;
    qsizetype end = start;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.mid(start, end - start);
}

/// The indentation of the first member of @p object, or @p fallback when it has none on its own line.
QByteArray memberIndent(const QByteArray &text, const ObjectSpan &object, const QByteArray &fallback)
{
    const qsizetype quote = text.indexOf('"', object.open);
    if (quote < 0 || quote > object.close || text.lastIndexOf('\n', quote) < object.open)
        return fallback;
    return lineIndent(text, quote);
}

// The string quoted as npm writes package.json (JSON.stringify).
QByteArray jsonString(const QString &value)
{
    return model::JsonText::quote(value).toUtf8();
}

/// Inserts @p members (already `"k": v` text) as the last members of @p object.
QByteArray insertMembers(QByteArray text, const ObjectSpan &object, const QList<QByteArray> &members,
                         const QByteArray &indent, const QByteArray &closingIndent, const QByteArray &newline)
{
    qsizetype last = object.close - 1;
    while (last > object.open && QChar::isSpace(uchar(text[last])))
        --last;
    QByteArray insertion;
    for (const QByteArray &member : members)
        insertion +=
            (insertion.isEmpty() && last == object.open ? QByteArray() : QByteArray(",")) + newline + indent + member;
    if (last == object.open) // an empty object: its closing brace goes on its own line
        return text.replace(object.open + 1, object.close - object.open - 1, insertion + newline + closingIndent);
    return text.insert(last + 1, insertion);
}

} // namespace

QList<PackageScripts::Script> PackageScripts::forBinding(const QString &binding)
{
    return {
        {QStringLiteral("dev:query"), QStringLiteral("wrangler d1 execute %1 --local").arg(binding)},
        {QStringLiteral("db:tables"),
         QStringLiteral("npm run dev:query -- --command='SELECT name FROM sqlite_master WHERE type=\"table\" ORDER BY "
                        "name;'")},
        {QStringLiteral("db:describe"),
         QStringLiteral("npm run dev:query -- --command='PRAGMA table_info($TABLE_NAME);'")},
        {QStringLiteral("db:count"),
         QStringLiteral("npm run dev:query -- --command='SELECT COUNT(*) as count FROM $TABLE_NAME;'")},
        {QStringLiteral("predeploy"), QStringLiteral("wrangler d1 migrations apply %1 --remote").arg(binding)},
        {QStringLiteral("dev:setup"), QStringLiteral("wrangler d1 migrations apply %1 --local").arg(binding)},
        {QStringLiteral("dev:reset"),
         QStringLiteral("rm -rf .wrangler/state/v3/d1 && wrangler d1 migrations apply %1 --local").arg(binding)},
    };
}

model::Result<QByteArray> PackageScripts::merge(const QByteArray &packageJson, const QList<Script> &scripts)
{
    // npm reads package.json with a byte order mark; JSON.parse (and so the reader) would refuse it.
    const QByteArray bom("\xEF\xBB\xBF");
    const auto document =
        model::JsonText::parse(packageJson.startsWith(bom) ? packageJson.mid(bom.size()) : packageJson);
    if (!document.ok() || !document.value().isObject())
        return Failure::failure(
            QStringLiteral("package.json is not a JSON object (%1)")
                .arg(document.ok() ? QStringLiteral("the top level is not an object") : document.error()));
    const model::JsonValue *existingScripts = document.value().find(QStringLiteral("scripts"));
    if (existingScripts && !existingScripts->isObject())
        return Failure::failure(QStringLiteral("package.json: `scripts` is not an object"));
    QList<QByteArray> members;
    for (const Script &script : scripts) {
        if (const model::JsonValue *existing = existingScripts ? existingScripts->find(script.first) : nullptr) {
            if (existing->toString() != script.second && script.first != QLatin1String("dev:query"))
                return Failure::failure(QStringLiteral("package.json already has a script `%1` that runs something "
                                                       "else (`%2`); it was left alone and nothing was added")
                                            .arg(script.first, existing->toString()));
            continue;
        }
        members << jsonString(script.first) + ": " + jsonString(script.second);
    }
    if (members.isEmpty())
        return packageJson;
    const QByteArray newline = packageJson.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    const ObjectSpan root{packageJson.indexOf('{'), matching(packageJson, packageJson.indexOf('{'))};
    const QByteArray keyIndent = memberIndent(packageJson, root, QByteArrayLiteral("  "));
    if (const auto object = topLevelObject(packageJson, root, "scripts"))
        return insertMembers(packageJson, *object, members,
                             memberIndent(packageJson, *object, lineIndent(packageJson, object->open) + keyIndent),
                             lineIndent(packageJson, object->open), newline);
    QByteArray scriptsObject = "\"scripts\": {";
    for (qsizetype i = 0; i < members.size(); ++i)
        scriptsObject += (i ? "," : "") + newline + keyIndent + keyIndent + members[i];
    scriptsObject += newline + keyIndent + '}';
    return insertMembers(packageJson, root, {scriptsObject}, keyIndent, QByteArray(), newline);
}

} // namespace tw::codegen
