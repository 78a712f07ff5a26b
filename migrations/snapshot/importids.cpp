// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/importids.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace tw::migrations {
namespace {

constexpr qsizetype kMaxIdLength = 64;
constexpr qsizetype kHashLength = 8;

/// '.' separates the parts of an id, so it is not kept inside one.
bool isPlainChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

} // namespace

model::Id ImportIds::make(QStringView kind, std::initializer_list<QStringView> names)
{
    qsizetype length = kind.size();
    for (const QStringView name : names)
        length += 1 + name.size();
    QString token(length, Qt::Uninitialized);
    QChar *out = token.data();
    out = std::copy(kind.cbegin(), kind.cend(), out);
    bool plain = true;
    for (const QStringView name : names) {
        *out++ = u'.';
        plain = plain && !name.isEmpty();
        for (const QChar c : name) {
            const bool kept = isPlainChar(c);
            plain = plain && kept;
            *out++ = kept ? c : QChar(u'_');
        }
    }
    if (plain && token.size() <= kMaxIdLength)
        return model::Id(token);
    // The hash covers the kind and the exact names, each ended by a NUL that no name contains.
    QByteArray exact = kind.toUtf8() + '\0';
    for (const QStringView name : names)
        exact += name.toUtf8() + '\0';
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(exact, QCryptographicHash::Sha1).toHex().left(kHashLength));
    return model::Id(token.left(kMaxIdLength - kHashLength - 1) + QLatin1Char('-') + hash);
}

model::Id ImportIds::table(const QString &table)
{
    return make(u"t", {table});
}
model::Id ImportIds::column(const QString &table, const QString &column)
{
    return make(u"c", {table, column});
}
model::Id ImportIds::index(const QString &table, const QString &index)
{
    return make(u"i", {table, index});
}
model::Id ImportIds::foreignKey(const QString &table, const QString &foreignKey)
{
    return make(u"fk", {table, foreignKey});
}
model::Id ImportIds::primaryKey(const QString &table)
{
    return make(u"pk", {table});
}
model::Id ImportIds::uniqueConstraint(const QString &table, const QString &constraint)
{
    return make(u"u", {table, constraint});
}
model::Id ImportIds::checkConstraint(const QString &table, const QString &check)
{
    return make(u"ck", {table, check});
}
model::Id ImportIds::view(const QString &view)
{
    return make(u"v", {view});
}
model::Id ImportIds::viewColumn(const QString &view, const QString &column)
{
    return make(u"vc", {view, column});
}

} // namespace tw::migrations
