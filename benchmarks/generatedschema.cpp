// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/generatedschema.h"

namespace tw::bench {
namespace {

using namespace tw::model;

Column column(const QString &table, const QString &name, SqlType type, bool notNull = false)
{
    Column c;
    c.id = Id(QStringLiteral("c.%1.%2").arg(table, name));
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    return c;
}

Table table(int i)
{
    const QString name = QStringLiteral("table_%1").arg(i, 4, 10, QLatin1Char('0'));
    Table t;
    t.id = Id(QStringLiteral("t.") + name);
    t.name = name;
    Column id = column(name, QStringLiteral("id"), SqlType::Integer, true);
    id.primaryKey = true;
    id.autoincrement = true;
    Column code = column(name, QStringLiteral("code"), SqlType::Text, true);
    code.unique = true;
    Column created = column(name, QStringLiteral("created_at"), SqlType::Integer, true);
    created.mode = DrizzleMode::TimestampMs;
    created.defaultValue = ColumnDefault::expression(QStringLiteral("(unixepoch() * 1000)"));
    Column active = column(name, QStringLiteral("is_active"), SqlType::Integer, true);
    active.mode = DrizzleMode::Boolean;
    active.defaultValue = ColumnDefault::boolean(true);
    t.columns << id << code << column(name, QStringLiteral("title"), SqlType::Text, true)
              << column(name, QStringLiteral("body"), SqlType::Text)
              << column(name, QStringLiteral("score"), SqlType::Real)
              << column(name, QStringLiteral("amount_cents"), SqlType::Integer, true) << active << created
              << column(name, QStringLiteral("updated_at"), SqlType::Integer)
              << column(name, QStringLiteral("payload"), SqlType::Blob)
              << column(name, QStringLiteral("note"), SqlType::Text);
    Column parent = column(name, QStringLiteral("parent_id"), SqlType::Integer);
    t.columns << parent;
    if (i > 0) {
        const QString target = QStringLiteral("table_%1").arg(i / 2, 4, 10, QLatin1Char('0'));
        ForeignKey fk;
        fk.id = Id(QStringLiteral("fk.") + name);
        fk.columns = {parent.id};
        fk.targetTable = Id(QStringLiteral("t.") + target);
        fk.targetColumns = {Id(QStringLiteral("c.%1.id").arg(target))};
        fk.onDelete = ReferentialAction::Cascade;
        t.foreignKeys << fk;
        Index index;
        index.id = Id(QStringLiteral("i.") + name);
        index.name = name + QStringLiteral("_parent_id_idx");
        index.parts << IndexPart::ofColumn(parent.id);
        t.indexes << index;
    }
    return t;
}

} // namespace

model::Schema generatedSchema(int tableCount)
{
    Schema schema;
    for (int i = 0; i < tableCount; ++i)
        schema.tables << table(i);
    return schema;
}

model::Schema changedSchema(model::Schema schema)
{
    for (qsizetype i = 0; i < schema.tables.size(); i += 10) {
        Table &t = schema.tables[i];
        switch ((i / 10) % 4) {
        case 0:
            t.columns[3].name = QStringLiteral("summary");
            break;
        case 1:
            t.columns << column(t.name, QStringLiteral("extra"), SqlType::Text);
            break;
        case 2:
            t.columns.removeAt(10);
            break;
        default: {
            Index index;
            index.id = Id(QStringLiteral("i.title.") + t.name);
            index.name = t.name + QStringLiteral("_title_idx");
            index.parts << IndexPart::ofColumn(t.columns[2].id);
            t.indexes << index;
        }
        }
    }
    return schema;
}

} // namespace tw::bench
