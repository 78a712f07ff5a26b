// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/diagram/diagramfixture.h"

using namespace tw::model;

namespace tw::test {
namespace {

Column column(const QString &table, const QString &name, SqlType type, bool notNull)
{
    Column c;
    c.id = Id(table + QLatin1Char('.') + name);
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    return c;
}

Column key(const QString &table, SqlType type = SqlType::Integer)
{
    Column c = column(table, QStringLiteral("id"), type, true);
    c.primaryKey = true;
    return c;
}

ForeignKey foreignKey(const QString &id, const QString &column, const QString &target)
{
    ForeignKey fk;
    fk.id = Id(id);
    fk.columns = {Id(column)};
    fk.targetTable = Id(target);
    fk.targetColumns = {Id(target + QStringLiteral(".id"))};
    return fk;
}

Table table(const QString &name)
{
    Table t;
    t.id = Id(name);
    t.name = name;
    return t;
}

} // namespace

Project diagramProject()
{
    Table users = table(QStringLiteral("users"));
    Column email = column(QStringLiteral("users"), QStringLiteral("email"), SqlType::Text, true);
    email.unique = true;
    users.columns << key(QStringLiteral("users")) << email
                  << column(QStringLiteral("users"), QStringLiteral("manager_id"), SqlType::Integer, false);
    users.foreignKeys << foreignKey(QStringLiteral("fk.users.manager"), QStringLiteral("users.manager_id"),
                                    QStringLiteral("users"));

    Table posts = table(QStringLiteral("posts"));
    posts.columns << key(QStringLiteral("posts"))
                  << column(QStringLiteral("posts"), QStringLiteral("author_id"), SqlType::Integer, true)
                  << column(QStringLiteral("posts"), QStringLiteral("title"), SqlType::Text, true);
    posts.foreignKeys << foreignKey(QStringLiteral("fk.posts.author"), QStringLiteral("posts.author_id"),
                                    QStringLiteral("users"));

    Table profiles = table(QStringLiteral("profiles"));
    Column owner = column(QStringLiteral("profiles"), QStringLiteral("user_id"), SqlType::Integer, true);
    owner.unique = true;
    profiles.columns << key(QStringLiteral("profiles")) << owner;
    profiles.foreignKeys << foreignKey(QStringLiteral("fk.profiles.user"), QStringLiteral("profiles.user_id"),
                                       QStringLiteral("users"));

    Table tags = table(QStringLiteral("tags"));
    tags.columns << key(QStringLiteral("tags"), SqlType::Text)
                 << column(QStringLiteral("tags"), QStringLiteral("label"), SqlType::Text, true);

    Project project;
    project.schema.tables << users << posts << profiles << tags;
    const auto place = [&](const char *id, double x, double y) {
        TableLayout item;
        item.position = QPointF(x, y);
        project.layout.items.insert(Id(QString::fromLatin1(id)), item);
    };
    place("users", 0, 0);
    place("posts", 400, 0);
    place("profiles", 0, 300);
    place("tags", 400, 300);
    return project;
}

} // namespace tw::test
