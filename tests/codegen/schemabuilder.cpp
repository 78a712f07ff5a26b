// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/codegen/schemabuilder.h"

namespace tw::test {
namespace {

using namespace tw::model;

const QString kNowMs = QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))");

/// Ids must be ASCII letters, digits, '_', '-' or '.': names with quotes or umlauts get '_' in their id.
Id cid(const QString &table, const QString &column)
{
    QString id = QStringLiteral("c.%1.%2").arg(table, column);
    for (QChar &c : id) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            c = u'_';
    }
    return Id(id);
}

Column col(const QString &table, const QString &name, SqlType type, bool notNull = false)
{
    Column c;
    c.id = cid(table, name);
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    return c;
}

Column idColumn(const QString &table)
{
    Column c = col(table, QStringLiteral("id"), SqlType::Integer, true);
    c.primaryKey = true;
    c.autoincrement = true;
    return c;
}

Column timestamp(const QString &table, const QString &name)
{
    Column c = col(table, name, SqlType::Integer, true);
    c.mode = DrizzleMode::TimestampMs;
    c.defaultValue = ColumnDefault::expression(kNowMs);
    return c;
}

Table table(const QString &name)
{
    Table t;
    t.id = Id(QStringLiteral("t.") + name);
    t.name = name;
    return t;
}

ForeignKey fk(const QString &from, const QString &column, const QString &to, const QString &target,
              ReferentialAction onDelete = ReferentialAction::NoAction)
{
    ForeignKey k;
    k.id = Id(QStringLiteral("fk.%1.%2").arg(from, column));
    k.columns = {cid(from, column)};
    k.targetTable = Id(QStringLiteral("t.") + to);
    k.targetColumns = {cid(to, target)};
    k.onDelete = onDelete;
    return k;
}

Index index(const QString &table, const QString &name, const QStringList &columns, bool unique = false)
{
    Index i;
    i.id = Id(QStringLiteral("i.") + name);
    i.name = name;
    i.unique = unique;
    for (const QString &c : columns)
        i.parts << IndexPart::ofColumn(cid(table, c));
    return i;
}

} // namespace

model::Schema guideSchema()
{
    Schema s;
    Table users = table(QStringLiteral("users"));
    Column email = col(QStringLiteral("users"), QStringLiteral("email"), SqlType::Text, true);
    email.unique = true;
    users.columns << idColumn(QStringLiteral("users")) << email
                  << col(QStringLiteral("users"), QStringLiteral("password"), SqlType::Text, true)
                  << col(QStringLiteral("users"), QStringLiteral("salt"), SqlType::Text, true)
                  << timestamp(QStringLiteral("users"), QStringLiteral("created_at"));

    Table categories = table(QStringLiteral("categories"));
    Column name = col(QStringLiteral("categories"), QStringLiteral("name"), SqlType::Text, true);
    name.unique = true;
    categories.columns << idColumn(QStringLiteral("categories")) << name
                       << col(QStringLiteral("categories"), QStringLiteral("description"), SqlType::Text)
                       << col(QStringLiteral("categories"), QStringLiteral("created_by_user_id"), SqlType::Integer,
                              true)
                       << timestamp(QStringLiteral("categories"), QStringLiteral("created_at"))
                       << timestamp(QStringLiteral("categories"), QStringLiteral("updated_at"));
    categories.foreignKeys << fk(QStringLiteral("categories"), QStringLiteral("created_by_user_id"),
                                 QStringLiteral("users"), QStringLiteral("id"));
    categories.indexes << index(QStringLiteral("categories"), QStringLiteral("categories_created_by_user_id_idx"),
                                {QStringLiteral("created_by_user_id")});

    Table products = table(QStringLiteral("products"));
    Column active = col(QStringLiteral("products"), QStringLiteral("is_active"), SqlType::Integer, true);
    active.mode = DrizzleMode::Boolean;
    active.defaultValue = ColumnDefault::boolean(true);
    products.columns << idColumn(QStringLiteral("products"))
                     << col(QStringLiteral("products"), QStringLiteral("name"), SqlType::Text, true)
                     << col(QStringLiteral("products"), QStringLiteral("price"), SqlType::Integer, true) << active
                     << col(QStringLiteral("products"), QStringLiteral("category_id"), SqlType::Integer, true);
    products.foreignKeys << fk(QStringLiteral("products"), QStringLiteral("category_id"), QStringLiteral("categories"),
                               QStringLiteral("id"));
    products.indexes << index(QStringLiteral("products"), QStringLiteral("products_category_id_idx"),
                              {QStringLiteral("category_id")});

    Table tags = table(QStringLiteral("tags"));
    Column tagName = col(QStringLiteral("tags"), QStringLiteral("name"), SqlType::Text, true);
    tagName.unique = true;
    tags.columns << idColumn(QStringLiteral("tags")) << tagName;

    Table productTags = table(QStringLiteral("product_tags"));
    productTags.columns << col(QStringLiteral("product_tags"), QStringLiteral("product_id"), SqlType::Integer, true)
                        << col(QStringLiteral("product_tags"), QStringLiteral("tag_id"), SqlType::Integer, true);
    productTags.primaryKey = PrimaryKey{Id(QStringLiteral("pk.product_tags")),
                                        {},
                                        {cid(QStringLiteral("product_tags"), QStringLiteral("product_id")),
                                         cid(QStringLiteral("product_tags"), QStringLiteral("tag_id"))}};
    productTags.foreignKeys << fk(QStringLiteral("product_tags"), QStringLiteral("product_id"),
                                  QStringLiteral("products"), QStringLiteral("id"), ReferentialAction::Cascade)
                            << fk(QStringLiteral("product_tags"), QStringLiteral("tag_id"), QStringLiteral("tags"),
                                  QStringLiteral("id"), ReferentialAction::Cascade);
    productTags.indexes << index(QStringLiteral("product_tags"), QStringLiteral("product_tags_tag_id_idx"),
                                 {QStringLiteral("tag_id")});

    s.tables << users << categories << products << tags << productTags;
    return s;
}

model::Schema awkwardSchema()
{
    const QString o = QStringLiteral("order");
    Table order = table(o);
    order.comment = QStringLiteral("Orders; a reserved word as a table name.\nSecond line with */ inside.");
    Column parent = col(o, QStringLiteral("parent_id"), SqlType::Integer);
    Column quoted = col(o, QStringLiteral("it's \"quoted\" `name`"), SqlType::Text);
    quoted.tsName = QStringLiteral("quotedName");
    quoted.defaultValue = ColumnDefault::string(QStringLiteral("it's ${not} a `template`\\n"));
    Column unicode = col(o, QStringLiteral("größe"), SqlType::Real);
    unicode.defaultValue = ColumnDefault::number(QStringLiteral("-1.5"));
    unicode.comment = QStringLiteral("Size in metres");
    Column status = col(o, QStringLiteral("status"), SqlType::Text, true);
    status.enumValues = {QStringLiteral("open"), QStringLiteral("it's closed")};
    status.length = 20;
    status.defaultValue = ColumnDefault::string(QStringLiteral("open"));
    Column meta = col(o, QStringLiteral("meta"), SqlType::Text);
    meta.mode = DrizzleMode::Json;
    meta.defaultValue = ColumnDefault::string(QStringLiteral("{\"note\":\"it's\"}"));
    Column big = col(o, QStringLiteral("big"), SqlType::Blob);
    big.mode = DrizzleMode::Bigint;
    Column seen = col(o, QStringLiteral("seen_at"), SqlType::Integer);
    seen.mode = DrizzleMode::Timestamp;
    seen.defaultValue = ColumnDefault::expression(QStringLiteral("(unixepoch())"));
    Column total = col(o, QStringLiteral("total_cents"), SqlType::Integer, true);
    total.defaultValue = ColumnDefault::number(QStringLiteral("0"));
    Column doubled = col(o, QStringLiteral("double_total"), SqlType::Integer);
    doubled.generated = GeneratedColumn{QStringLiteral("total_cents * 2"), GeneratedColumn::Storage::Stored};
    Column lower = col(o, QStringLiteral("lower_status"), SqlType::Text);
    lower.generated = GeneratedColumn{QStringLiteral("lower(status)"), GeneratedColumn::Storage::Virtual};
    order.columns << idColumn(o) << parent << quoted << unicode << status << meta << big << seen << total << doubled
                  << lower;
    order.foreignKeys << fk(o, QStringLiteral("parent_id"), o, QStringLiteral("id"), ReferentialAction::SetNull);
    order.checkConstraints << CheckConstraint{Id(QStringLiteral("ck.total")), QStringLiteral("total_not_negative"),
                                              QStringLiteral("total_cents >= 0")};
    Index partial = index(o, QStringLiteral("order_open_idx"), {QStringLiteral("status")});
    partial.where = QStringLiteral("status = 'open'");
    Index expression = index(o, QStringLiteral("order_lower_status_idx"), {}, true);
    // Unique over an expression: with the total in it, so that the generated tests' sample rows can satisfy it.
    expression.parts << IndexPart::ofExpression(QStringLiteral("lower(status) || total_cents"));
    order.indexes << partial << expression;

    const QString l = QStringLiteral("line");
    Table line = table(l);
    line.columns << col(l, QStringLiteral("order_id"), SqlType::Integer, true)
                 << col(l, QStringLiteral("line_no"), SqlType::Integer, true)
                 << col(l, QStringLiteral("sku"), SqlType::Text, true)
                 << col(l, QStringLiteral("amount"), SqlType::Numeric);
    line.primaryKey = PrimaryKey{Id(QStringLiteral("pk.line")),
                                 QStringLiteral("line_pk"),
                                 {cid(l, QStringLiteral("order_id")), cid(l, QStringLiteral("line_no"))}};
    ForeignKey named = fk(l, QStringLiteral("order_id"), o, QStringLiteral("id"), ReferentialAction::Cascade);
    named.name = QStringLiteral("line_order_fk");
    named.onUpdate = ReferentialAction::Restrict;
    line.foreignKeys << named;
    line.uniqueConstraints << UniqueConstraint{
        Id(QStringLiteral("u.sku")), {}, {cid(l, QStringLiteral("order_id")), cid(l, QStringLiteral("sku"))}};

    // No primary key at all: only create and the lists make sense.
    const QString e = QStringLiteral("event_log");
    Table events = table(e);
    Column flag = col(e, QStringLiteral("flagged"), SqlType::Integer, true);
    flag.mode = DrizzleMode::Boolean;
    Column happened = col(e, QStringLiteral("happened_at"), SqlType::Integer, true);
    happened.mode = DrizzleMode::Timestamp;
    events.columns << col(e, QStringLiteral("order_id"), SqlType::Integer, true)
                   << col(e, QStringLiteral("note"), SqlType::Text) << flag << happened;
    events.foreignKeys << fk(e, QStringLiteral("order_id"), o, QStringLiteral("id"), ReferentialAction::Cascade);

    // A text key named like a keyword, and an updated_at kept as ISO text.
    const QString st = QStringLiteral("settings");
    Table settings = table(st);
    Column key = col(st, QStringLiteral("key"), SqlType::Text, true);
    key.primaryKey = true;
    Column value = col(st, QStringLiteral("value"), SqlType::Text);
    value.mode = DrizzleMode::Json;
    settings.columns << key << value << col(st, QStringLiteral("updated_at"), SqlType::Text, true);

    View open;
    open.id = Id(QStringLiteral("v.open_orders"));
    open.name = QStringLiteral("open_orders");
    open.definition = QStringLiteral("select `id` from `order` where status = 'open'");
    View legacy;
    legacy.id = Id(QStringLiteral("v.legacy"));
    legacy.name = QStringLiteral("legacy_report");
    legacy.isExisting = true;

    Schema s;
    s.tables << order << line << events << settings;
    s.views << open << legacy;
    return s;
}

QList<model::Table> unsampleableTables()
{
    const QString f = QStringLiteral("files");
    Table files = table(f);
    Column orderId = col(f, QStringLiteral("order_id"), SqlType::Integer, true);
    files.columns << idColumn(f) << col(f, QStringLiteral("name"), SqlType::Text, true)
                  << col(f, QStringLiteral("data"), SqlType::Blob, true) << orderId;
    files.foreignKeys << fk(f, QStringLiteral("order_id"), QStringLiteral("order"), QStringLiteral("id"));

    const QString c = QStringLiteral("chickens");
    const QString e = QStringLiteral("eggs");
    Table chickens = table(c);
    chickens.columns << idColumn(c) << col(c, QStringLiteral("egg_id"), SqlType::Integer, true);
    chickens.foreignKeys << fk(c, QStringLiteral("egg_id"), e, QStringLiteral("id"));
    Table eggs = table(e);
    eggs.columns << idColumn(e) << col(e, QStringLiteral("chicken_id"), SqlType::Integer, true);
    eggs.foreignKeys << fk(e, QStringLiteral("chicken_id"), c, QStringLiteral("id"));
    return {files, chickens, eggs};
}

} // namespace tw::test
