// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/diff/schemadsl.h"

namespace tw::test::dsl {

using namespace tw::model;

model::Id columnId(const QString &table, const QString &column)
{
    return Id(QStringLiteral("c.%1.%2").arg(table, column));
}
model::Id tableId(const QString &table)
{
    return Id(QStringLiteral("t.") + table);
}

ColumnSpec::ColumnSpec(const QString &name, SqlType type)
{
    m_column.name = name;
    m_column.type = type;
}

ColumnSpec &ColumnSpec::notNull()
{
    m_column.notNull = true;
    return *this;
}
ColumnSpec &ColumnSpec::primaryKey(bool autoincrement)
{
    m_column.primaryKey = true;
    m_column.notNull = true;
    m_column.autoincrement = autoincrement;
    return *this;
}
ColumnSpec &ColumnSpec::unique()
{
    m_column.unique = true;
    return *this;
}
ColumnSpec &ColumnSpec::length(int n)
{
    m_column.length = n;
    return *this;
}
ColumnSpec &ColumnSpec::mode(DrizzleMode mode)
{
    m_column.mode = mode;
    return *this;
}
ColumnSpec &ColumnSpec::defaultValue(const ColumnDefault &value)
{
    m_column.defaultValue = value;
    return *this;
}
ColumnSpec &ColumnSpec::generated(const QString &expression, bool stored)
{
    m_column.generated =
        GeneratedColumn{expression, stored ? GeneratedColumn::Storage::Stored : GeneratedColumn::Storage::Virtual};
    return *this;
}
ColumnSpec &ColumnSpec::withId(const QString &id)
{
    m_column.id = Id(id);
    return *this;
}

ColumnSpec integer(const QString &name)
{
    return ColumnSpec(name, SqlType::Integer);
}
ColumnSpec text(const QString &name)
{
    return ColumnSpec(name, SqlType::Text);
}
ColumnSpec real(const QString &name)
{
    return ColumnSpec(name, SqlType::Real);
}
ColumnSpec numeric(const QString &name)
{
    return ColumnSpec(name, SqlType::Numeric);
}
ColumnSpec blob(const QString &name)
{
    return ColumnSpec(name, SqlType::Blob);
}

TableSpec::TableSpec(const QString &name)
{
    m_table.id = tableId(name);
    m_table.name = name;
}

TableSpec &TableSpec::operator<<(const ColumnSpec &spec)
{
    Column c = spec.column();
    if (c.id.isNull())
        c.id = columnId(m_table.name, c.name);
    m_table.columns << c;
    return *this;
}

TableSpec &TableSpec::withId(const QString &id)
{
    m_table.id = Id(id);
    return *this;
}
TableSpec &TableSpec::tsName(const QString &exportName)
{
    m_table.tsName = exportName;
    return *this;
}

TableSpec &TableSpec::foreignKey(const QStringList &columns, const QString &target, const QStringList &targetColumns,
                                 ReferentialAction onDelete, ReferentialAction onUpdate, const QString &name)
{
    m_keys.append({columns, target, targetColumns, onDelete, onUpdate, name});
    return *this;
}

TableSpec &TableSpec::index(const QString &name, const QStringList &columns, bool unique, const QString &where)
{
    Index i;
    i.id = Id(QStringLiteral("i.") + name);
    i.name = name;
    i.unique = unique;
    i.where = where;
    for (const QString &c : columns)
        i.parts << IndexPart::ofColumn(Id(c)); // resolved in build()
    m_table.indexes << i;
    return *this;
}

TableSpec &TableSpec::expressionIndex(const QString &name, const QString &expression)
{
    Index i;
    i.id = Id(QStringLiteral("i.") + name);
    i.name = name;
    i.parts << IndexPart::ofExpression(expression);
    m_table.indexes << i;
    return *this;
}

TableSpec &TableSpec::partsIndex(const QString &name, const QStringList &parts, bool unique, const QString &where)
{
    Index i;
    i.id = Id(QStringLiteral("i.") + name);
    i.name = name;
    i.unique = unique;
    i.where = where;
    for (const QString &part : parts) {
        i.parts << (part.startsWith(u'@') ? IndexPart::ofColumn(Id(part.mid(1))) // resolved in build()
                                          : IndexPart::ofExpression(part));
    }
    m_table.indexes << i;
    return *this;
}

TableSpec &TableSpec::uniqueOn(const QStringList &columns, const QString &name)
{
    UniqueConstraint u;
    u.id = Id(QStringLiteral("u.") + m_table.name + u'.' + columns.join(u'.'));
    u.name = name;
    for (const QString &c : columns)
        u.columns << Id(c);
    m_table.uniqueConstraints << u;
    return *this;
}

TableSpec &TableSpec::primaryKey(const QStringList &columns, const QString &name)
{
    PrimaryKey pk;
    pk.id = Id(QStringLiteral("pk.") + m_table.name);
    pk.name = name;
    for (const QString &c : columns)
        pk.columns << Id(c);
    m_table.primaryKey = pk;
    return *this;
}

TableSpec &TableSpec::check(const QString &name, const QString &expression)
{
    m_table.checkConstraints << CheckConstraint{Id(QStringLiteral("ck.") + name), name, expression};
    return *this;
}

Table TableSpec::build() const
{
    Table t = m_table;
    // Parts hold column *names* until here; the columns' ids may have been set explicitly.
    auto resolve = [&t](const Id &nameToken) {
        const Column *c = t.columnNamed(nameToken.toString());
        return c ? c->id : nameToken;
    };
    for (Index &i : t.indexes) {
        for (IndexPart &p : i.parts) {
            if (!p.isExpression())
                p.column = resolve(p.column);
        }
    }
    for (UniqueConstraint &u : t.uniqueConstraints) {
        for (Id &id : u.columns)
            id = resolve(id);
    }
    if (t.primaryKey) {
        for (Id &id : t.primaryKey->columns)
            id = resolve(id);
    }
    for (const PendingKey &k : m_keys) {
        ForeignKey fk;
        fk.id = Id(QStringLiteral("fk.") + t.name + u'.' + k.columns.join(u'.'));
        fk.name = k.name;
        for (const QString &c : k.columns)
            fk.columns << resolve(Id(c));
        fk.targetTable = tableId(k.target);
        for (const QString &c : k.targetColumns)
            fk.targetColumns << columnId(k.target, c);
        fk.onDelete = k.onDelete;
        fk.onUpdate = k.onUpdate;
        t.foreignKeys << fk;
    }
    return t;
}

model::Schema schema(const QList<TableSpec> &tables, const QList<model::View> &views)
{
    Schema s;
    for (const TableSpec &t : tables)
        s.tables << t.build();
    s.views = views;
    return s;
}

model::View view(const QString &name, const QString &definition, bool existing)
{
    View v;
    v.id = Id(QStringLiteral("v.") + name);
    v.name = name;
    v.definition = definition;
    v.isExisting = existing;
    return v;
}

} // namespace tw::test::dsl
