// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/finding.h"

#include <QStringList>

#include <gmock/gmock.h>

#include <deque>
#include <string>
#include <vector>

namespace tw::test {

// Builds schemas for validation tests by name:
// `b.table("products").id().integer("category_id").references("categories")`. Column modifiers apply to the last column
// added, key actions to the last foreign key. Names that do not resolve (a column or table that is not there) become
// ids that resolve to nothing, which is how tests build dangling references. Ids are deterministic.
class TableBuilder
{
public:
    TableBuilder(QString name, int *counter);

    TableBuilder &id(); ///< `id integer primary key autoincrement not null`
    TableBuilder &column(const QString &name, model::SqlType type);
    TableBuilder &integer(const QString &name) { return column(name, model::SqlType::Integer); }
    TableBuilder &text(const QString &name) { return column(name, model::SqlType::Text); }
    TableBuilder &real(const QString &name) { return column(name, model::SqlType::Real); }
    TableBuilder &blob(const QString &name) { return column(name, model::SqlType::Blob); }

    TableBuilder &notNull();
    TableBuilder &primaryKey();
    TableBuilder &autoincrement();
    TableBuilder &unique();
    TableBuilder &defaultTo(const model::ColumnDefault &value);
    TableBuilder &mode(model::DrizzleMode mode);
    TableBuilder &length(int length);
    TableBuilder &enumValues(const QStringList &values);
    TableBuilder &tsName(const QString &name);
    TableBuilder &generated(const QString &expression);

    /// A foreign key from the last column to @p table (@p column).
    TableBuilder &references(const QString &table, const QString &column = QStringLiteral("id"));
    TableBuilder &foreignKey(const QStringList &columns, const QString &table, const QStringList &targetColumns,
                             const QString &name = {});
    TableBuilder &onDelete(model::ReferentialAction action);
    TableBuilder &onUpdate(model::ReferentialAction action);

    TableBuilder &primaryKeyOn(const QStringList &columns);
    TableBuilder &index(const QString &name, const QStringList &columns, bool unique = false);
    TableBuilder &uniqueOn(const QStringList &columns, const QString &name = {});
    TableBuilder &check(const QString &name, const QString &expression);
    TableBuilder &tableTsName(const QString &name);

    /// The table with every reference resolved against @p schema's tables.
    model::Table build(const QList<model::Table> &tables) const;
    const QString &name() const { return m_table.name; }

private:
    struct PendingKey
    {
        model::Id id;
        QString name;
        QStringList columns;
        QString table;
        QStringList targetColumns;
        model::ReferentialAction onDelete = model::ReferentialAction::NoAction;
        model::ReferentialAction onUpdate = model::ReferentialAction::NoAction;
    };

    model::Id nextId(const QString &hint);
    model::Column &last();
    QList<model::Id> columnIds(const QStringList &names) const;

    model::Table m_table;
    QList<PendingKey> m_keys;
    int *m_counter;
};

class SchemaBuilder
{
public:
    TableBuilder &table(const QString &name);
    SchemaBuilder &view(const QString &name, const QString &definition);
    model::Schema build() const;

private:
    std::deque<TableBuilder> m_tables;
    QList<model::View> m_views;
    int m_counter = 0;
};

/// Ids of the named table/column in @p schema (null when absent).
model::Id tableId(const model::Schema &schema, const QString &table);
model::Id columnId(const model::Schema &schema, const QString &table, const QString &column);

model::Findings validate(const model::Schema &schema);
/// The rule ids of @p findings, in order: compact to compare with ElementsAre.
std::vector<std::string> rules(const model::Findings &findings);
/// Every finding on its own line, for failure messages.
std::string describe(const model::Findings &findings);
/// The findings of one rule.
model::Findings withRule(const model::Findings &findings, const QString &rule);

} // namespace tw::test

// The rule ids of FINDINGS are exactly the listed ones, in order; prints every finding when not.
#define EXPECT_RULES(findings, ...)                                                                                    \
    EXPECT_THAT(::tw::test::rules(findings), ::testing::ElementsAre(__VA_ARGS__)) << ::tw::test::describe(findings)
#define EXPECT_NO_FINDINGS(findings) EXPECT_TRUE((findings).isEmpty()) << ::tw::test::describe(findings)

namespace tw::model {
void PrintTo(const Finding &finding, std::ostream *os);
} // namespace tw::model
