// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/app/windowfixture.h"

#include "model/io/projectwriter.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace tw::model;

namespace tw::test {
namespace {

Column column(const QString &table, const QString &name, SqlType type, bool primaryKey = false)
{
    Column c;
    c.id = Id(QStringLiteral("c.%1.%2").arg(table, name));
    c.name = name;
    c.type = type;
    c.primaryKey = primaryKey;
    c.notNull = true;
    return c;
}

Table table(const QString &name, QList<Column> columns)
{
    Table t;
    t.id = Id(QStringLiteral("t.") + name);
    t.name = name;
    t.columns = std::move(columns);
    return t;
}

} // namespace

Project shopProject()
{
    Project project;
    Table customers = table(QStringLiteral("customers"),
                            {column(QStringLiteral("customers"), QStringLiteral("id"), SqlType::Integer, true),
                             column(QStringLiteral("customers"), QStringLiteral("email"), SqlType::Text)});
    Table orders = table(QStringLiteral("orders"),
                         {column(QStringLiteral("orders"), QStringLiteral("id"), SqlType::Integer, true),
                          column(QStringLiteral("orders"), QStringLiteral("customer_id"), SqlType::Integer),
                          column(QStringLiteral("orders"), QStringLiteral("total"), SqlType::Integer)});
    ForeignKey key;
    key.id = Id(QStringLiteral("fk.orders.customer_id"));
    key.columns = {Id(QStringLiteral("c.orders.customer_id"))};
    key.targetTable = customers.id;
    key.targetColumns = {Id(QStringLiteral("c.customers.id"))};
    orders.foreignKeys << key;
    orders.indexes << Index{Id(QStringLiteral("i.orders.customer_id")),
                            QStringLiteral("orders_customer_id_idx"),
                            false,
                            {IndexPart::ofColumn(Id(QStringLiteral("c.orders.customer_id")))},
                            {}};
    Table products = table(QStringLiteral("products"),
                           {column(QStringLiteral("products"), QStringLiteral("id"), SqlType::Integer, true),
                            column(QStringLiteral("products"), QStringLiteral("name"), SqlType::Text)});
    project.schema.tables = {customers, orders, products};
    project.layout.items.insert(customers.id, TableLayout{QPointF(0, 0), 0, {}, {}});
    project.layout.items.insert(orders.id, TableLayout{QPointF(320, 0), 0, {}, {}});
    project.layout.items.insert(products.id, TableLayout{QPointF(640, 0), 0, {}, {}});
    return project;
}

void writeProject(const Project &project, const QString &filePath)
{
    QString error;
    ASSERT_TRUE(ProjectWriter::writeFile(project, filePath, &error)) << error.toStdString();
}

ShopWindowTest::ShopWindowTest()
{
    QSettings().clear();
    projectPath = dir.filePath(QStringLiteral("shop.twproj"));
    writeProject(shopProject(), projectPath);
    window = std::make_unique<app::MainWindow>(std::make_unique<ScriptedPrompts>(&script));
}

ShopWindowTest::~ShopWindowTest()
{
    // Nothing left to ask about when the window goes.
    script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Discard;
    window->close();
}

} // namespace tw::test
