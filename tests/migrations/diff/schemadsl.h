// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QStringList>

/// Terse builders for differ tests. Ids derive from names (`t.users`, `c.users.email`), so two schemas built
/// separately pair by id wherever names are equal; use withId() to model a rename by id.
namespace tw::test::dsl {

class ColumnSpec
{
public:
    ColumnSpec(const QString &name, model::SqlType type);
    ColumnSpec &notNull();
    ColumnSpec &primaryKey(bool autoincrement = false);
    ColumnSpec &unique();
    ColumnSpec &length(int n);
    ColumnSpec &mode(model::DrizzleMode mode);
    ColumnSpec &defaultValue(const model::ColumnDefault &value);
    ColumnSpec &generated(const QString &expression, bool stored = false);
    ColumnSpec &withId(const QString &id);
    const model::Column &column() const { return m_column; }

private:
    model::Column m_column;
};

ColumnSpec integer(const QString &name);
ColumnSpec text(const QString &name);
ColumnSpec real(const QString &name);
ColumnSpec numeric(const QString &name);
ColumnSpec blob(const QString &name);

class TableSpec
{
public:
    explicit TableSpec(const QString &name);
    TableSpec &operator<<(const ColumnSpec &column);
    TableSpec &withId(const QString &id);
    TableSpec &tsName(const QString &exportName);
    TableSpec &foreignKey(const QStringList &columns, const QString &target, const QStringList &targetColumns,
                          model::ReferentialAction onDelete = model::ReferentialAction::NoAction,
                          model::ReferentialAction onUpdate = model::ReferentialAction::NoAction,
                          const QString &name = {});
    TableSpec &index(const QString &name, const QStringList &columns, bool unique = false, const QString &where = {});
    TableSpec &expressionIndex(const QString &name, const QString &expression);
    /// An index over @p parts in order: `@name` is the column `name`, anything else an SQL expression.
    TableSpec &partsIndex(const QString &name, const QStringList &parts, bool unique = false,
                          const QString &where = {});
    TableSpec &uniqueOn(const QStringList &columns, const QString &name = {});
    TableSpec &primaryKey(const QStringList &columns, const QString &name = {});
    TableSpec &check(const QString &name, const QString &expression);
    /// Resolves column and foreign key names to ids.
    model::Table build() const;

private:
    struct PendingKey
    {
        QStringList columns;
        QString target;
        QStringList targetColumns;
        model::ReferentialAction onDelete;
        model::ReferentialAction onUpdate;
        QString name;
    };
    model::Table m_table;
    QList<PendingKey> m_keys;
};

model::Id columnId(const QString &table, const QString &column);
model::Id tableId(const QString &table);
model::Schema schema(const QList<TableSpec> &tables, const QList<model::View> &views = {});
model::View view(const QString &name, const QString &definition, bool existing = false);

} // namespace tw::test::dsl
