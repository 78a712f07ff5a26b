// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/drizzlecasing.h"

#include <QRegularExpression>
#include <QStringList>

namespace tw::source {
namespace {

/// drizzle-orm's casing.js: input.replace(/['\u2019]/g, "").match(/[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g)
QStringList drizzleWords(QString input)
{
    input.remove(QLatin1Char('\'')).remove(QChar(0x2019));
    static const QRegularExpression word(QStringLiteral("[0-9a-z]+|[A-Z]+(?![a-z])|[A-Z][0-9a-z]+"));
    QStringList words;
    for (auto it = word.globalMatch(input); it.hasNext();)
        words << it.next().captured();
    return words;
}

} // namespace

QString drizzleSnakeCase(const QString &input)
{
    QStringList words = drizzleWords(input);
    for (QString &w : words)
        w = w.toLower();
    return words.join(QLatin1Char('_'));
}

QString drizzleCamelCase(const QString &input)
{
    const QStringList words = drizzleWords(input);
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i)
        out += i == 0 ? words[i].toLower() : words[i].left(1).toUpper() + words[i].mid(1);
    return out;
}

QString drizzleCasedConstraintName(QString name, const QStringList &originalColumns, const QStringList &casedColumns)
{
    for (qsizetype i = 0; i < originalColumns.size() && i < casedColumns.size(); ++i) {
        const qsizetype at = name.indexOf(originalColumns[i]);
        if (at >= 0)
            name.replace(at, originalColumns[i].size(), casedColumns[i]);
    }
    return name;
}

QString drizzleColumnName(const QString &key, model::Casing casing)
{
    switch (casing) {
    case model::Casing::SnakeCase:
        return drizzleSnakeCase(key);
    case model::Casing::CamelCase:
        return drizzleCamelCase(key);
    case model::Casing::None:
        break;
    }
    return key;
}

} // namespace tw::source
