// SPDX-License-Identifier: GPL-3.0-or-later
// The guide's schema (docs/aperto-workflow.md) as a project: the source of examples/aperto.twproj.
#include "tests/model/io/projectfixtures.h"

using namespace tw::model;

namespace tw::test {
namespace {

const QString kNowMs = QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))");

// Readable, stable ids: `t.users`, `c.users.email`, `fk.products.category_id`...
class TableBuilder
{
public:
    explicit TableBuilder(const QString &name)
    {
        m_table.id = Id(QStringLiteral("t.") + name);
        m_table.name = name;
    }

    TableBuilder &column(const QString &name, SqlType type, bool notNull)
    {
        Column c;
        c.id = columnId(name);
        c.name = name;
        c.type = type;
        c.notNull = notNull;
        m_table.columns << c;
        return *this;
    }
    TableBuilder &autoKey()
    {
        column(QStringLiteral("id"), SqlType::Integer, true);
        m_table.columns.last().primaryKey = true;
        m_table.columns.last().autoincrement = true;
        return *this;
    }
    TableBuilder &unique()
    {
        m_table.columns.last().unique = true;
        return *this;
    }
    TableBuilder &timestamps()
    {
        for (const QString &name : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
            column(name, SqlType::Integer, true);
            m_table.columns.last().mode = DrizzleMode::TimestampMs;
            m_table.columns.last().defaultValue = ColumnDefault::expression(kNowMs);
        }
        return *this;
    }
    TableBuilder &references(const QString &targetTable, ReferentialAction onDelete = ReferentialAction::NoAction)
    {
        const QString columnName = m_table.columns.last().name;
        ForeignKey fk;
        fk.id = Id(QStringLiteral("fk.%1.%2").arg(m_table.name, columnName));
        fk.columns = {columnId(columnName)};
        fk.targetTable = Id(QStringLiteral("t.") + targetTable);
        fk.targetColumns = {Id(QStringLiteral("c.%1.id").arg(targetTable))};
        fk.onDelete = onDelete;
        m_table.foreignKeys << fk;
        return *this;
    }
    TableBuilder &indexOn(const QString &columnName)
    {
        const QString name = QStringLiteral("%1_%2_idx").arg(m_table.name, columnName);
        m_table.indexes << Index{Id(QStringLiteral("i.%1.%2").arg(m_table.name, name)),
                                 name,
                                 false,
                                 {IndexPart::ofColumn(columnId(columnName))},
                                 {}};
        return *this;
    }
    TableBuilder &compositeKey(const QStringList &columnNames)
    {
        PrimaryKey pk{Id(QStringLiteral("pk.") + m_table.name), {}, {}};
        for (const QString &name : columnNames)
            pk.columns << columnId(name);
        m_table.primaryKey = pk;
        return *this;
    }
    Table build() const { return m_table; }

private:
    Id columnId(const QString &name) const { return Id(QStringLiteral("c.%1.%2").arg(m_table.name, name)); }

    Table m_table;
};

Table users()
{
    return TableBuilder(QStringLiteral("users"))
        .autoKey()
        .column(QStringLiteral("email"), SqlType::Text, true)
        .unique()
        .column(QStringLiteral("password"), SqlType::Text, true)
        .column(QStringLiteral("salt"), SqlType::Text, true)
        .column(QStringLiteral("name"), SqlType::Text, false)
        .timestamps()
        .build();
}

Table categories()
{
    return TableBuilder(QStringLiteral("categories"))
        .autoKey()
        .column(QStringLiteral("name"), SqlType::Text, true)
        .unique()
        .column(QStringLiteral("description"), SqlType::Text, false)
        .column(QStringLiteral("created_by_user_id"), SqlType::Integer, true)
        .references(QStringLiteral("users"))
        .timestamps()
        .indexOn(QStringLiteral("created_by_user_id"))
        .build();
}

Table products()
{
    Table t = TableBuilder(QStringLiteral("products"))
                  .autoKey()
                  .column(QStringLiteral("name"), SqlType::Text, true)
                  .column(QStringLiteral("description"), SqlType::Text, false)
                  .column(QStringLiteral("price"), SqlType::Integer, true)
                  .column(QStringLiteral("is_active"), SqlType::Integer, true)
                  .column(QStringLiteral("category_id"), SqlType::Integer, true)
                  .references(QStringLiteral("categories"))
                  .timestamps()
                  .indexOn(QStringLiteral("category_id"))
                  .build();
    t.columns[3].comment = QStringLiteral("in cents");
    t.columns[4].mode = DrizzleMode::Boolean;
    t.columns[4].defaultValue = ColumnDefault::boolean(true);
    return t;
}

Table tags()
{
    return TableBuilder(QStringLiteral("tags"))
        .autoKey()
        .column(QStringLiteral("name"), SqlType::Text, true)
        .unique()
        .build();
}

// The composite key covers product_id as its leading column, so only tag_id needs an index of its own.
Table productTags()
{
    return TableBuilder(QStringLiteral("product_tags"))
        .column(QStringLiteral("product_id"), SqlType::Integer, true)
        .references(QStringLiteral("products"), ReferentialAction::Cascade)
        .column(QStringLiteral("tag_id"), SqlType::Integer, true)
        .references(QStringLiteral("tags"), ReferentialAction::Cascade)
        .compositeKey({QStringLiteral("product_id"), QStringLiteral("tag_id")})
        .indexOn(QStringLiteral("tag_id"))
        .build();
}

// As Arrange > Auto-Layout places the cards in a 1440x900 window: left to right, parents left of their children.
void addLayout(Project &p)
{
    const QColor accounts(0x4e, 0x79, 0xa7);
    const QColor catalog(0x59, 0xa1, 0x4f);
    const auto place = [&](const char *table, double x, double y, const QColor &color, const char *group) {
        p.layout.items.insert(Id(QString::fromLatin1(table)),
                              TableLayout{QPointF(x, y), 220, color, QString::fromLatin1(group)});
    };
    place("t.users", 0, 71, accounts, "accounts");
    place("t.categories", 337, 82, catalog, "catalog");
    place("t.products", 674, 0, catalog, "catalog");
    place("t.tags", 674, 252, catalog, "catalog");
    place("t.product_tags", 1011, 126, catalog, "catalog");
}

} // namespace

Project apertoProject()
{
    Project p;
    p.schema.tables << users() << categories() << products() << tags() << productTags();
    addLayout(p);
    p.settings.target = ProjectSettings::Target::D1;
    p.settings.tracking = ProjectSettings::Tracking::D1;
    p.settings.migrationsFolder = QStringLiteral("drizzle");
    p.settings.schemaFile = QStringLiteral("src/db/schema.ts");
    p.settings.codeFolder = QStringLiteral("src");
    return p;
}

} // namespace tw::test
