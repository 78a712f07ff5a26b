// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/configentries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace tw::migrations::deploy {
namespace {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

/// Blanks a trailing comma: the last `,` before a closing bracket with only blanks (already blanked comments) between.
void blankTrailingComma(QByteArray &json, qsizetype closing)
{
    qsizetype i = closing - 1;
    while (i >= 0 && QChar::isSpace(uchar(json[i])))
        --i;
    if (i >= 0 && json[i] == ',')
        json[i] = ' ';
}

} // namespace

void flattenConfigValue(const QStringList &path, const QJsonValue &value, int line, ConfigEntries &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenConfigValue(path + QStringList{it.key()}, it.value(), line, out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenConfigValue(path + QStringList{QStringLiteral("#%1").arg(i)}, array.at(i), line, out);
    } else {
        out.append({path, value, line});
    }
}

QByteArray JsoncReader::strictJson(const QByteArray &text)
{
    QByteArray json = text;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '/' && i + 1 < json.size() && json[i + 1] == '/') {
            for (; i < json.size() && json[i] != '\n'; ++i)
                json[i] = ' ';
        } else if (c == '/' && i + 1 < json.size() && json[i + 1] == '*') {
            const qsizetype end = json.indexOf("*/", i + 2);
            const qsizetype stop = end < 0 ? json.size() : end + 2;
            for (; i < stop; ++i)
                if (json[i] != '\n')
                    json[i] = ' ';
            --i;
        } else if (c == '}' || c == ']') {
            blankTrailingComma(json, i);
        }
    }
    return json;
}

model::Result<ConfigEntries> JsoncReader::read(const QString &fileName, const QByteArray &text)
{
    const QByteArray json = strictJson(text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return model::Result<ConfigEntries>::failure(
            QStringLiteral("%1:%2: %3").arg(fileName).arg(lineAt(json, error.offset)).arg(error.errorString()));
    if (!document.isObject())
        return model::Result<ConfigEntries>::failure(
            QStringLiteral("%1:1: the config must be one JSON object").arg(fileName));
    ConfigEntries entries;
    flattenConfigValue({}, document.object(), 0, entries);
    return entries;
}

} // namespace tw::migrations::deploy
