// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/model/commands/commandfixture.h"

namespace tw::test {
namespace {

using namespace tw::model;

Column column(const QString &table, const QString &name, SqlType type)
{
    Column c;
    c.id = Id(table + QLatin1Char('.') + name);
    c.name = name;
    c.type = type;
    return c;
}

Table table(const QString &name, const QList<Column> &columns)
{
    Table t;
    t.id = Id(name);
    t.name = name;
    t.columns = columns;
    return t;
}

} // namespace

Project shopProject()
{
    Project project;
    const QString c = QStringLiteral("categories");
    Table categories =
        table(c, {column(c, QStringLiteral("id"), SqlType::Integer), column(c, QStringLiteral("name"), SqlType::Text)});
    categories.columns[0].primaryKey = true;
    categories.columns[1].unique = true;
    const QString p = QStringLiteral("products");
    Table products =
        table(p, {column(p, QStringLiteral("id"), SqlType::Integer), column(p, QStringLiteral("name"), SqlType::Text),
                  column(p, QStringLiteral("category"), SqlType::Text)});
    products.columns[0].primaryKey = true;
    const QString t = QStringLiteral("tags");
    Table tags =
        table(t, {column(t, QStringLiteral("id"), SqlType::Text), column(t, QStringLiteral("label"), SqlType::Text)});
    tags.columns[0].primaryKey = true;
    const QString r = QStringLiteral("reviews");
    Table reviews = table(r, {column(r, QStringLiteral("id"), SqlType::Integer),
                              column(r, QStringLiteral("product_id"), SqlType::Integer)});
    reviews.columns[0].primaryKey = true;
    ForeignKey fk;
    fk.id = Id(QStringLiteral("reviews.product_fk"));
    fk.columns = {Id(QStringLiteral("reviews.product_id"))};
    fk.targetTable = products.id;
    fk.targetColumns = {Id(QStringLiteral("products.id"))};
    reviews.foreignKeys << fk;
    project.schema.tables << categories << products << tags << reviews;

    View view;
    view.id = Id(QStringLiteral("product_names"));
    view.name = QStringLiteral("product_names");
    view.definition = QStringLiteral("SELECT name FROM products");
    project.schema.views << view;

    double x = 0;
    for (const Table &each : std::as_const(project.schema.tables)) {
        project.layout.items.insert(each.id, TableLayout{QPointF(x, 0), 0, {}, {}});
        x += 300;
    }
    project.layout.items.insert(view.id, TableLayout{QPointF(x, 0), 0, {}, {}});
    return project;
}

} // namespace tw::test
