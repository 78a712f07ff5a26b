// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/model/io/projectfixtures.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace tw::model;

namespace tw::test {
namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

Column column(const char *columnId, const char *name, SqlType type)
{
    Column c;
    c.id = id(columnId);
    c.name = QString::fromLatin1(name);
    c.type = type;
    return c;
}

// Every column attribute, each kind of default and both generated storages.
QList<Column> richColumns()
{
    Column key = column("c.orders.id", "id", SqlType::Integer);
    key.primaryKey = true;
    key.autoincrement = true;
    key.notNull = true;
    Column code = column("c.orders.code", "code", SqlType::Text);
    code.length = 32;
    code.unique = true;
    code.notNull = true;
    code.tsName = QStringLiteral("orderCode");
    code.comment = QStringLiteral("Shown to customers: \"ORD-…\"\nnever reused");
    code.defaultValue = ColumnDefault::string(QStringLiteral("it's \\ new ✓"));
    Column status = column("c.orders.status", "status", SqlType::Text);
    status.enumValues = {QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("shipped")};
    status.defaultValue = ColumnDefault::string(QStringLiteral("open"));
    Column total = column("c.orders.total", "total", SqlType::Real);
    total.defaultValue = ColumnDefault::number(QStringLiteral("1e3"));
    Column paid = column("c.orders.paid", "paid", SqlType::Integer);
    paid.mode = DrizzleMode::Boolean;
    paid.defaultValue = ColumnDefault::boolean(false);
    Column placed = column("c.orders.placed_at", "placed_at", SqlType::Integer);
    placed.mode = DrizzleMode::Timestamp;
    placed.defaultValue = ColumnDefault::expression(QStringLiteral("(unixepoch())"));
    Column data = column("c.orders.data", "data", SqlType::Blob);
    data.mode = DrizzleMode::Json;
    Column big = column("c.orders.big", "big", SqlType::Numeric);
    big.mode = DrizzleMode::Bigint;
    Column taxed = column("c.orders.taxed", "taxed", SqlType::Real);
    taxed.generated = GeneratedColumn{QStringLiteral("total * 1.2"), GeneratedColumn::Storage::Stored};
    Column lower = column("c.orders.code_lower", "code_lower", SqlType::Text);
    lower.generated = GeneratedColumn{QStringLiteral("lower(code)"), GeneratedColumn::Storage::Virtual};
    Column customer = column("c.orders.customer_id", "customer_id", SqlType::Integer);
    Column region = column("c.orders.region", "region", SqlType::Text);
    return {key, code, status, total, paid, placed, data, big, taxed, lower, customer, region};
}

Table customers()
{
    Table t;
    t.id = id("t.customers");
    t.name = QStringLiteral("customers");
    Column key = column("c.customers.id", "id", SqlType::Integer);
    key.notNull = true;
    Column region = column("c.customers.region", "region", SqlType::Text);
    region.notNull = true;
    t.columns = {key, region};
    t.primaryKey = PrimaryKey{id("pk.customers"), QStringLiteral("customers_pk"), {key.id, region.id}};
    t.uniqueConstraints << UniqueConstraint{id("u.customers.region"), {}, {region.id, key.id}};
    return t;
}

Table orders()
{
    Table t;
    t.id = id("t.orders");
    t.name = QStringLiteral("orders");
    t.tsName = QStringLiteral("customerOrders");
    t.comment = QStringLiteral("Orders, one row per checkout");
    t.columns = richColumns();
    t.indexes << Index{
        id("i.orders.placed"),
        QStringLiteral("orders_placed_at_idx"),
        false,
        {IndexPart::ofColumn(id("c.orders.placed_at")), IndexPart::ofExpression(QStringLiteral("lower(code)"))},
        QStringLiteral("paid = 0")};
    t.indexes << Index{
        id("i.orders.code"), QStringLiteral("orders_code_uq"), true, {IndexPart::ofColumn(id("c.orders.code"))}, {}};
    t.foreignKeys << ForeignKey{id("fk.orders.customer"),
                                QStringLiteral("orders_customer_fk"),
                                {id("c.orders.customer_id"), id("c.orders.region")},
                                id("t.customers"),
                                {id("c.customers.id"), id("c.customers.region")},
                                ReferentialAction::Cascade,
                                ReferentialAction::SetNull};
    t.foreignKeys << ForeignKey{id("fk.orders.self"),         {},
                                {id("c.orders.customer_id")}, id("t.orders"),
                                {id("c.orders.id")},          ReferentialAction::Restrict,
                                ReferentialAction::SetDefault};
    t.uniqueConstraints << UniqueConstraint{id("u.orders.code_status"),
                                            QStringLiteral("orders_code_status_unique"),
                                            {id("c.orders.code"), id("c.orders.status")}};
    t.checkConstraints << CheckConstraint{id("ck.orders.total"), QStringLiteral("orders_total_check"),
                                          QStringLiteral("total >= 0")};
    return t;
}

QList<View> views()
{
    View open;
    open.id = id("v.open_orders");
    open.name = QStringLiteral("open_orders");
    open.tsName = QStringLiteral("openOrdersView");
    open.definition = QStringLiteral("SELECT id, code FROM orders WHERE status = 'open'");
    open.comment = QStringLiteral("for the dashboard\t(\x01 internal) 🙂");
    open.columns << column("vc.open_orders.id", "id", SqlType::Integer)
                 << column("vc.open_orders.code", "code", SqlType::Text);
    View legacy;
    legacy.id = id("v.legacy");
    legacy.name = QStringLiteral("legacy_report");
    legacy.definition = QStringLiteral("SELECT 1");
    legacy.isExisting = true;
    return {open, legacy};
}

} // namespace

Project richProject()
{
    Project p;
    p.schema.tables << customers() << orders();
    p.schema.views = views();
    p.layout.items.insert(id("t.customers"), TableLayout{QPointF(0, 0), 0, QColor(), {}});
    p.layout.items.insert(id("t.orders"),
                          TableLayout{QPointF(-40.5, 312.25), 260, QColor(0x4e, 0x79, 0xa7), QStringLiteral("sales")});
    p.layout.items.insert(id("v.open_orders"), TableLayout{QPointF(600, 1e6), 0, QColor(0xff, 0x00, 0x7f), {}});
    p.settings.migrationsFolder = QStringLiteral("db/migrations");
    p.settings.schemaFile = QStringLiteral("app/schema.ts");
    p.settings.codeFolder = QStringLiteral("app");
    p.settings.database = QStringLiteral("local/dev.sqlite");
    p.settings.target = ProjectSettings::Target::Sqlite;
    p.settings.tracking = ProjectSettings::Tracking::Drizzle;
    p.settings.backupsToKeep = 0;
    p.baseline.snapshotId = QStringLiteral("5f1f4a3e-9d1c-4a55-a0f1-3c1f2b7e9a10");
    p.baseline.tables.insert(id("t.orders"), Baseline::TableNames{QStringLiteral("order"),
                                                                  {{id("c.orders.id"), QStringLiteral("id")},
                                                                   {id("c.orders.code"), QStringLiteral("ref")}}});
    // Dropped since the last migration: baseline entries may outlive the schema objects.
    p.baseline.tables.insert(id("t.gone"), Baseline::TableNames{QStringLiteral("gone"), {}});
    p.baseline.views.insert(id("v.open_orders"), QStringLiteral("open_orders_v1"));
    return p;
}

Project minimalProject()
{
    Project p;
    Table t;
    t.id = id("t.notes");
    t.name = QStringLiteral("notes");
    t.columns << column("c.notes.body", "body", SqlType::Text);
    p.schema.tables << t;
    return p;
}

void expectMatchesGolden(const QString &path, const QByteArray &bytes)
{
    if (qEnvironmentVariableIntValue("TW_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly)) << path.toStdString();
        ASSERT_EQ(out.write(bytes), bytes.size());
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly))
        << "missing golden file " << path.toStdString() << " (run with TW_UPDATE_GOLDEN=1 to create it)";
    EXPECT_EQ(in.readAll(), bytes) << "differs from " << path.toStdString();
}

} // namespace tw::test
