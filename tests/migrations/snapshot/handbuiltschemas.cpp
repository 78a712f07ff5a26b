// SPDX-License-Identifier: GPL-3.0-or-later
// Schemas built by hand the way a Tablewright user would, mirroring the golden cases' schema.ts files.
#include "tests/migrations/snapshot/goldensnapshots.h"

#include "migrations/json/jsontext.h"

namespace tw::test {
namespace {

using namespace tw::model;
using migrations::Snapshot;

/// A column, configured by chained calls.
struct Col
{
    Column c;
    Col(const QString &name, SqlType type)
    {
        c.name = name;
        c.type = type;
    }
    Col &notNull()
    {
        c.notNull = true;
        return *this;
    }
    Col &primaryKey(bool autoincrement = false)
    {
        c.primaryKey = true;
        c.autoincrement = autoincrement;
        return *this;
    }
    Col &unique()
    {
        c.unique = true;
        return *this;
    }
    Col &defaultsTo(ColumnDefault value)
    {
        c.defaultValue = std::move(value);
        return *this;
    }
    Col &mode(DrizzleMode m)
    {
        c.mode = m;
        return *this;
    }
};

/// A table whose constraints name columns; ids are assigned in order, unrelated to names.
struct TableSpec
{
    Table t;
    TableSpec(const QString &name, const QString &tsName)
    {
        t.id = Id(QStringLiteral("tbl-") + name);
        t.name = name;
        t.tsName = tsName;
    }
    TableSpec &add(Col column)
    {
        column.c.id = Id(QStringLiteral("%1-c%2").arg(t.id.toString()).arg(t.columns.size()));
        t.columns << column.c;
        return *this;
    }
    QList<Id> ids(const QStringList &names) const
    {
        QList<Id> result;
        for (const QString &n : names)
            result << t.columnNamed(n)->id;
        return result;
    }
    TableSpec &index(const QString &name, bool unique, const QList<IndexPart> &parts, const QString &where = {})
    {
        t.indexes << Index{Id(t.id.toString() + QStringLiteral("-i") + QString::number(t.indexes.size())), name, unique,
                           parts, where};
        return *this;
    }
    IndexPart part(const QString &column) const { return IndexPart::ofColumn(t.columnNamed(column)->id); }
};

void addForeignKey(Schema &schema, const QString &from, const QStringList &fromColumns, const QString &to,
                   const QStringList &toColumns, ReferentialAction onDelete = ReferentialAction::NoAction,
                   ReferentialAction onUpdate = ReferentialAction::NoAction, const QString &name = {})
{
    Table *source = nullptr;
    for (Table &t : schema.tables)
        source = t.name == from ? &t : source;
    const Table *target = schema.tableNamed(to);
    ForeignKey fk;
    fk.id = Id(QStringLiteral("fk-%1-%2").arg(from).arg(source->foreignKeys.size()));
    fk.name = name;
    for (const QString &c : fromColumns)
        fk.columns << source->columnNamed(c)->id;
    fk.targetTable = target->id;
    for (const QString &c : toColumns)
        fk.targetColumns << target->columnNamed(c)->id;
    fk.onDelete = onDelete;
    fk.onUpdate = onUpdate;
    source->foreignKeys << fk;
}

Snapshot snapshotFor(const QString &goldenCase, Schema schema)
{
    const auto golden = migrations::JsonText::parse(goldenSnapshot(goldenCase));
    Snapshot snapshot;
    if (golden.ok()) {
        snapshot.id = golden.value().find(QStringLiteral("id"))->toString();
        snapshot.prevId = golden.value().find(QStringLiteral("prevId"))->toString();
    }
    snapshot.schema = std::move(schema);
    return snapshot;
}

Col idColumn()
{
    return std::move(Col(QStringLiteral("id"), SqlType::Integer).primaryKey(true));
}

} // namespace

Snapshot handBuiltGuideExample()
{
    Schema s;
    // Model order is the declaration order of schema.ts; the writer sorts by export name as drizzle-kit does.
    s.tables << TableSpec(QStringLiteral("users"), QStringLiteral("users"))
                    .add(idColumn())
                    .add(Col(QStringLiteral("email"), SqlType::Text).notNull().unique())
                    .add(Col(QStringLiteral("name"), SqlType::Text).notNull())
                    .add(Col(QStringLiteral("is_active"), SqlType::Integer)
                             .mode(DrizzleMode::Boolean)
                             .notNull()
                             .defaultsTo(ColumnDefault::boolean(true)))
                    .add(Col(QStringLiteral("created_at"), SqlType::Integer)
                             .notNull()
                             .defaultsTo(ColumnDefault::number(QStringLiteral("1.7e12"))))
                    .t;
    s.tables << TableSpec(QStringLiteral("categories"), {})
                    .add(idColumn())
                    .add(Col(QStringLiteral("name"), SqlType::Text).notNull().unique())
                    .add(Col(QStringLiteral("description"), SqlType::Text))
                    .add(Col(QStringLiteral("created_by_user_id"), SqlType::Integer).notNull())
                    .add(Col(QStringLiteral("created_at"), SqlType::Integer)
                             .defaultsTo(ColumnDefault::expression(
                                 QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))"))))
                    .t;
    TableSpec products(QStringLiteral("products"), {});
    products.add(idColumn())
        .add(Col(QStringLiteral("name"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("price"), SqlType::Integer).notNull())
        .add(Col(QStringLiteral("count"), SqlType::Integer)
                 .notNull()
                 .defaultsTo(ColumnDefault::number(QStringLiteral("0"))))
        .add(Col(QStringLiteral("category_id"), SqlType::Integer).notNull())
        .add(Col(QStringLiteral("owner_id"), SqlType::Integer));
    products.index(QStringLiteral("products_category_idx"), false, {products.part(QStringLiteral("category_id"))});
    products.index(QStringLiteral("products_owner_name_idx"), false,
                   {products.part(QStringLiteral("owner_id")), products.part(QStringLiteral("name"))});
    s.tables << products.t;
    s.tables << TableSpec(QStringLiteral("tags"), {})
                    .add(idColumn())
                    .add(Col(QStringLiteral("label"), SqlType::Text).notNull().unique())
                    .t;
    TableSpec productTags(QStringLiteral("product_tags"), {});
    productTags.add(Col(QStringLiteral("product_id"), SqlType::Integer).notNull())
        .add(Col(QStringLiteral("tag_id"), SqlType::Integer).notNull());
    productTags.t.primaryKey = PrimaryKey{Id(QStringLiteral("pk-product-tags")),
                                          {},
                                          productTags.ids({QStringLiteral("product_id"), QStringLiteral("tag_id")})};
    productTags.index(QStringLiteral("product_tags_tag_idx"), false, {productTags.part(QStringLiteral("tag_id"))});
    s.tables << productTags.t;

    addForeignKey(s, QStringLiteral("categories"), {QStringLiteral("created_by_user_id")}, QStringLiteral("users"),
                  {QStringLiteral("id")});
    addForeignKey(s, QStringLiteral("products"), {QStringLiteral("category_id")}, QStringLiteral("categories"),
                  {QStringLiteral("id")}, ReferentialAction::Cascade, ReferentialAction::Restrict);
    addForeignKey(s, QStringLiteral("products"), {QStringLiteral("owner_id")}, QStringLiteral("users"),
                  {QStringLiteral("id")}, ReferentialAction::SetNull);
    addForeignKey(s, QStringLiteral("product_tags"), {QStringLiteral("product_id")}, QStringLiteral("products"),
                  {QStringLiteral("id")}, ReferentialAction::Cascade);
    addForeignKey(s, QStringLiteral("product_tags"), {QStringLiteral("tag_id")}, QStringLiteral("tags"),
                  {QStringLiteral("id")}, ReferentialAction::SetDefault);
    return snapshotFor(QStringLiteral("guide_example"), s);
}

Snapshot handBuiltConstraints()
{
    Schema s;
    TableSpec regions(QStringLiteral("regions"), {});
    regions.add(Col(QStringLiteral("country"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("code"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("name"), SqlType::Text).notNull().unique());
    regions.t.primaryKey = PrimaryKey{
        Id(QStringLiteral("pk-regions")), {}, regions.ids({QStringLiteral("country"), QStringLiteral("code")})};
    regions.t.uniqueConstraints << UniqueConstraint{
        Id(QStringLiteral("u-regions")), {}, regions.ids({QStringLiteral("name"), QStringLiteral("country")})};
    s.tables << regions.t;

    TableSpec offices(QStringLiteral("offices"), {});
    offices.add(idColumn())
        .add(Col(QStringLiteral("country"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("region_code"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("label"), SqlType::Text))
        .add(Col(QStringLiteral("city"), SqlType::Text));
    offices.t.uniqueConstraints << UniqueConstraint{Id(QStringLiteral("u-offices-1")),
                                                    QStringLiteral("offices_label_city"),
                                                    offices.ids({QStringLiteral("label"), QStringLiteral("city")})}
                                << UniqueConstraint{
                                       Id(QStringLiteral("u-offices-2")), {}, offices.ids({QStringLiteral("city")})};
    s.tables << offices.t;

    s.tables << TableSpec(QStringLiteral("employees"), {})
                    .add(idColumn())
                    .add(Col(QStringLiteral("manager_id"), SqlType::Integer))
                    .add(Col(QStringLiteral("mentor_id"), SqlType::Integer))
                    .add(Col(QStringLiteral("office_id"), SqlType::Integer))
                    .t;
    TableSpec badges(QStringLiteral("badges"), {});
    badges.add(Col(QStringLiteral("slug"), SqlType::Text));
    badges.t.primaryKey = PrimaryKey{Id(QStringLiteral("pk-badges")), {}, badges.ids({QStringLiteral("slug")})};
    s.tables << badges.t;

    TableSpec assignments(QStringLiteral("assignments"), {});
    assignments.add(Col(QStringLiteral("employee_id"), SqlType::Integer).notNull())
        .add(Col(QStringLiteral("badge_slug"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("year"), SqlType::Integer).notNull());
    assignments.t.primaryKey = PrimaryKey{
        Id(QStringLiteral("pk-assignments")), QStringLiteral("assignment_key"),
        assignments.ids({QStringLiteral("employee_id"), QStringLiteral("badge_slug"), QStringLiteral("year")})};
    s.tables << assignments.t;

    const QString id = QStringLiteral("id");
    addForeignKey(s, QStringLiteral("offices"), {QStringLiteral("country"), QStringLiteral("region_code")},
                  QStringLiteral("regions"), {QStringLiteral("country"), QStringLiteral("code")},
                  ReferentialAction::Cascade, ReferentialAction::Cascade);
    addForeignKey(s, QStringLiteral("employees"), {QStringLiteral("manager_id")}, QStringLiteral("employees"), {id},
                  ReferentialAction::SetNull);
    addForeignKey(s, QStringLiteral("employees"), {QStringLiteral("mentor_id")}, QStringLiteral("employees"), {id},
                  ReferentialAction::Restrict, ReferentialAction::NoAction, QStringLiteral("employees_mentor_fk"));
    addForeignKey(s, QStringLiteral("employees"), {QStringLiteral("office_id")}, QStringLiteral("offices"), {id});
    addForeignKey(s, QStringLiteral("assignments"), {QStringLiteral("employee_id")}, QStringLiteral("employees"), {id});
    addForeignKey(s, QStringLiteral("assignments"), {QStringLiteral("badge_slug")}, QStringLiteral("badges"),
                  {QStringLiteral("slug")});
    return snapshotFor(QStringLiteral("constraints"), s);
}

Snapshot handBuiltIndexes()
{
    Schema s;
    TableSpec accounts(QStringLiteral("accounts"), {});
    accounts.add(idColumn())
        .add(Col(QStringLiteral("email"), SqlType::Text).notNull().unique())
        .add(Col(QStringLiteral("handle"), SqlType::Text).notNull())
        .add(Col(QStringLiteral("tenant"), SqlType::Integer).notNull())
        .add(Col(QStringLiteral("deleted_at"), SqlType::Integer))
        .add(Col(QStringLiteral("score"), SqlType::Integer));
    const auto col = [&accounts](const char *name) {
        return accounts.part(QString::fromLatin1(name));
    };
    const auto expr = [](const char *sql) {
        return IndexPart::ofExpression(QString::fromUtf8(sql));
    };
    accounts.index(QStringLiteral("accounts_tenant_idx"), false, {col("tenant")})
        .index(QStringLiteral("accounts_tenant_handle_uq"), true, {col("tenant"), col("handle")})
        .index(QStringLiteral("accounts_live_idx"), false, {col("handle")},
               QStringLiteral("\"accounts\".\"deleted_at\" is null"))
        .index(QStringLiteral("accounts_lower_email_uq"), true, {expr("lower(\"email\")")})
        .index(QStringLiteral("accounts_mixed_idx"), false,
               {col("tenant"), expr("lower(\"handle\")"), expr("coalesce(\"score\", 0)")})
        .index(QStringLiteral("accounts_partial_uq"), true, {col("handle"), col("tenant")},
               QStringLiteral("\"accounts\".\"deleted_at\" is null and \"accounts\".\"score\" > 0"))
        .index(QStringLiteral("accounts_desc_idx"), false, {expr("\"score\" desc")});
    s.tables << accounts.t;
    TableSpec notes(QStringLiteral("notes"), {});
    notes.add(Col(QStringLiteral("id"), SqlType::Integer).primaryKey()).add(Col(QStringLiteral("body"), SqlType::Text));
    notes.index(QStringLiteral("notes_body_len_idx"), false,
                {IndexPart::ofExpression(QStringLiteral("length(\"body\")"))});
    s.tables << notes.t;
    return snapshotFor(QStringLiteral("indexes"), s);
}

Snapshot handBuiltDefaults()
{
    TableSpec t(QStringLiteral("defaults"), {});
    const auto number = [&t](const char *name, SqlType type, const char *literal) {
        t.add(Col(QString::fromLatin1(name), type).defaultsTo(ColumnDefault::number(QString::fromLatin1(literal))));
    };
    const auto text = [&t](const char *name, const QString &value) {
        t.add(Col(QString::fromLatin1(name), SqlType::Text).defaultsTo(ColumnDefault::string(value)));
    };
    t.add(idColumn());
    number("zero", SqlType::Integer, "0");
    t.add(Col(QStringLiteral("answer"), SqlType::Integer)
              .notNull()
              .defaultsTo(ColumnDefault::number(QStringLiteral("42"))));
    number("negative", SqlType::Integer, "-5");
    number("fraction", SqlType::Real, "0.1");
    number("negative_fraction", SqlType::Real, "-2.50");
    number("tiny", SqlType::Real, "0.0000001");
    number("small", SqlType::Real, "1e-6");
    number("huge", SqlType::Real, "1000000000000000000000");
    number("large", SqlType::Real, "123456789012345678901");
    number("max_safe", SqlType::Integer, "9007199254740991");
    text("plain", QStringLiteral("hello"));
    text("empty", QString());
    t.add(Col(QStringLiteral("quoted"), SqlType::Text)
              .notNull()
              .defaultsTo(ColumnDefault::string(QStringLiteral("it's a 'quote'"))));
    text("double_quoted", QStringLiteral("say \"hi\""));
    text("backslash", QStringLiteral("C:\\path\\n"));
    text("multiline", QStringLiteral("line one\nline two\ttab"));
    text("unicode", QStringLiteral("héllo wörld ✓ 🎉"));
    text("enum_default", QStringLiteral("b"));
    t.add(Col(QStringLiteral("yes"), SqlType::Integer)
              .mode(DrizzleMode::Boolean)
              .defaultsTo(ColumnDefault::boolean(true)));
    t.add(Col(QStringLiteral("no"), SqlType::Integer)
              .mode(DrizzleMode::Boolean)
              .notNull()
              .defaultsTo(ColumnDefault::boolean(false)));
    const auto sql = [&t](const char *name, SqlType type, const char *expression) {
        t.add(Col(QString::fromLatin1(name), type)
                  .defaultsTo(ColumnDefault::expression(QString::fromLatin1(expression))));
    };
    sql("unix_now", SqlType::Integer, "(unixepoch())");
    sql("current_ts", SqlType::Text, "CURRENT_TIMESTAMP");
    sql("ms_now", SqlType::Integer, "(cast(unixepoch('subsecond') * 1000 as integer))");
    sql("lower_sql", SqlType::Text, "(lower('ABC'))");
    text("json_object", QStringLiteral(R"({"theme":"dark","size":12,"tags":["a","b"]})"));
    text("json_array", QStringLiteral("[1,2,3]"));
    // A JSON value with a quote: drizzle-kit writes it undoubled, and so does the snapshot writer for a json column.
    t.add(Col(QStringLiteral("json_quote"), SqlType::Text)
              .mode(DrizzleMode::Json)
              .defaultsTo(ColumnDefault::string(QStringLiteral(R"({"note":"it's"})"))));
    t.add(Col(QStringLiteral("blob_json"), SqlType::Blob)
              .defaultsTo(ColumnDefault::string(QStringLiteral(R"({"nested":{"deep":true}})"))));
    t.add(Col(QStringLiteral("numeric_text"), SqlType::Numeric)
              .defaultsTo(ColumnDefault::string(QStringLiteral("12.50"))));
    number("real_int", SqlType::Real, "3.0");
    Schema s;
    s.tables << t.t;
    return snapshotFor(QStringLiteral("defaults"), s);
}

} // namespace tw::test
