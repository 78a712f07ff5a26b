// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/schemas/schemabuilder.h"

#include "model/validation/schemavalidator.h"

#include <ostream>

using namespace tw::model;

namespace tw::test {

TableBuilder::TableBuilder(QString name, int *counter)
    : m_counter(counter)
{
    m_table.name = std::move(name);
    m_table.id = nextId(QStringLiteral("t"));
}

Id TableBuilder::nextId(const QString &hint)
{
    return Id(QStringLiteral("%1-%2").arg(hint).arg(++*m_counter));
}

Column &TableBuilder::last()
{
    Q_ASSERT(!m_table.columns.isEmpty());
    return m_table.columns.last();
}

TableBuilder &TableBuilder::id()
{
    return integer(QStringLiteral("id")).primaryKey().autoincrement().notNull();
}

TableBuilder &TableBuilder::column(const QString &name, SqlType type)
{
    Column c;
    c.id = nextId(QStringLiteral("c"));
    c.name = name;
    c.type = type;
    m_table.columns << c;
    return *this;
}

TableBuilder &TableBuilder::notNull()
{
    last().notNull = true;
    return *this;
}
TableBuilder &TableBuilder::primaryKey()
{
    last().primaryKey = true;
    return *this;
}
TableBuilder &TableBuilder::autoincrement()
{
    last().autoincrement = true;
    return *this;
}
TableBuilder &TableBuilder::unique()
{
    last().unique = true;
    return *this;
}
TableBuilder &TableBuilder::defaultTo(const ColumnDefault &value)
{
    last().defaultValue = value;
    return *this;
}
TableBuilder &TableBuilder::mode(DrizzleMode mode)
{
    last().mode = mode;
    return *this;
}
TableBuilder &TableBuilder::length(int length)
{
    last().length = length;
    return *this;
}
TableBuilder &TableBuilder::enumValues(const QStringList &values)
{
    last().enumValues = values;
    return *this;
}
TableBuilder &TableBuilder::tsName(const QString &name)
{
    last().tsName = name;
    return *this;
}
TableBuilder &TableBuilder::tableTsName(const QString &name)
{
    m_table.tsName = name;
    return *this;
}

TableBuilder &TableBuilder::generated(const QString &expression)
{
    last().generated = GeneratedColumn{expression, GeneratedColumn::Storage::Stored};
    return *this;
}

TableBuilder &TableBuilder::references(const QString &table, const QString &column)
{
    return foreignKey({last().name}, table, {column});
}

TableBuilder &TableBuilder::foreignKey(const QStringList &columns, const QString &table,
                                       const QStringList &targetColumns, const QString &name)
{
    PendingKey key;
    key.id = nextId(QStringLiteral("fk"));
    key.name = name;
    key.columns = columns;
    key.table = table;
    key.targetColumns = targetColumns;
    m_keys << key;
    return *this;
}

TableBuilder &TableBuilder::onDelete(ReferentialAction action)
{
    m_keys.last().onDelete = action;
    return *this;
}
TableBuilder &TableBuilder::onUpdate(ReferentialAction action)
{
    m_keys.last().onUpdate = action;
    return *this;
}

TableBuilder &TableBuilder::primaryKeyOn(const QStringList &columns)
{
    m_table.primaryKey = PrimaryKey{nextId(QStringLiteral("pk")), {}, columnIds(columns)};
    return *this;
}

TableBuilder &TableBuilder::index(const QString &name, const QStringList &columns, bool unique)
{
    Index index;
    index.id = nextId(QStringLiteral("ix"));
    index.name = name;
    index.unique = unique;
    for (const Id &column : columnIds(columns))
        index.parts << IndexPart::ofColumn(column);
    m_table.indexes << index;
    return *this;
}

TableBuilder &TableBuilder::uniqueOn(const QStringList &columns, const QString &name)
{
    m_table.uniqueConstraints << UniqueConstraint{nextId(QStringLiteral("uq")), name, columnIds(columns)};
    return *this;
}

TableBuilder &TableBuilder::check(const QString &name, const QString &expression)
{
    m_table.checkConstraints << CheckConstraint{nextId(QStringLiteral("ck")), name, expression};
    return *this;
}

QList<Id> TableBuilder::columnIds(const QStringList &names) const
{
    QList<Id> ids;
    for (const QString &name : names) {
        const Column *c = m_table.columnNamed(name);
        ids << (c ? c->id : Id(QStringLiteral("missing-column-") + name));
    }
    return ids;
}

Table TableBuilder::build(const QList<Table> &tables) const
{
    Table table = m_table;
    for (const PendingKey &pending : m_keys) {
        ForeignKey key;
        key.id = pending.id;
        key.name = pending.name;
        key.columns = columnIds(pending.columns);
        key.onDelete = pending.onDelete;
        key.onUpdate = pending.onUpdate;
        const Table *target = nullptr;
        for (const Table &t : tables) {
            if (t.name == pending.table)
                target = &t;
        }
        key.targetTable = target ? target->id : Id(QStringLiteral("missing-table-") + pending.table);
        for (const QString &name : pending.targetColumns) {
            const Column *c = target ? target->columnNamed(name) : nullptr;
            key.targetColumns << (c ? c->id : Id(QStringLiteral("missing-column-") + name));
        }
        table.foreignKeys << key;
    }
    return table;
}

TableBuilder &SchemaBuilder::table(const QString &name)
{
    return m_tables.emplace_back(name, &m_counter);
}

SchemaBuilder &SchemaBuilder::view(const QString &name, const QString &definition)
{
    View v;
    v.id = Id(QStringLiteral("v-") + QString::number(++m_counter));
    v.name = name;
    v.definition = definition;
    m_views << v;
    return *this;
}

Schema SchemaBuilder::build() const
{
    // Two passes so that a foreign key may point at a table declared after it.
    Schema schema;
    for (const TableBuilder &t : m_tables)
        schema.tables << t.build({});
    QList<Table> resolved;
    for (const TableBuilder &t : m_tables)
        resolved << t.build(schema.tables);
    schema.tables = resolved;
    schema.views = m_views;
    return schema;
}

Id tableId(const Schema &schema, const QString &table)
{
    const Table *t = schema.tableNamed(table);
    return t ? t->id : Id();
}

Id columnId(const Schema &schema, const QString &table, const QString &column)
{
    const Table *t = schema.tableNamed(table);
    const Column *c = t ? t->columnNamed(column) : nullptr;
    return c ? c->id : Id();
}

Findings validate(const Schema &schema)
{
    return SchemaValidator::validate(schema);
}

std::vector<std::string> rules(const Findings &findings)
{
    std::vector<std::string> out;
    for (const Finding &f : findings)
        out.push_back(f.rule.toStdString());
    return out;
}

std::string describe(const Findings &findings)
{
    std::string out = "findings:";
    for (const Finding &f : findings)
        out += "\n  [" + f.rule.toStdString() + "] " + f.toString().toStdString();
    return out;
}

Findings withRule(const Findings &findings, const QString &rule)
{
    Findings out;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            out << f;
    }
    return out;
}

} // namespace tw::test

namespace tw::model {

void PrintTo(const Finding &finding, std::ostream *os)
{
    *os << '[' << finding.rule.toStdString() << "] " << finding.toString().toStdString();
}

} // namespace tw::model
