// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/tabledefinitionbuilder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace tw::migrations {
namespace {

using model::Column;
using model::ColumnDefault;
using model::Table;

bool isColumnPrimaryKey(const Table &table, const Column &column)
{
    // A one-column table-level key is exported as the column's `.primaryKey()` (DrizzleColumnWriter).
    if (table.primaryKey)
        return table.primaryKey->columns.size() == 1 && table.primaryKey->columns.first() == column.id;
    return column.primaryKey;
}

bool isInlineForeignKey(const model::ForeignKey &fk)
{
    return fk.name.isEmpty() && fk.columns.size() == 1 && fk.targetColumns.size() == 1;
}

ForeignKeyDefinition foreignKey(const TableDefinitionBuilder::TablesById &tables, const Table &table,
                                const model::ForeignKey &fk, SqlDialect dialect)
{
    ForeignKeyDefinition def;
    def.table = table.name;
    def.columns = table.columnNames(fk.columns);
    const Table *target = tables.value(fk.targetTable);
    def.targetTable = target ? target->name : QStringLiteral("?");
    def.targetColumns = target ? target->columnNames(fk.targetColumns) : QStringList{};
    def.onUpdate = fk.onUpdate;
    def.onDelete = fk.onDelete;
    def.nameExplicit = dialect == SqlDialect::V1 && !fk.name.isEmpty();
    def.name = !fk.name.isEmpty() ? fk.name
                                  : QStringList{def.table, def.columns.join(u'_'), def.targetTable,
                                                def.targetColumns.join(u'_'), QStringLiteral("fk")}
                                        .join(u'_');
    if (dialect == SqlDialect::V1 && fk.name.isEmpty())
        def.name.prepend(QStringLiteral("fk_"));
    return def;
}

QList<ForeignKeyDefinition> foreignKeys(const TableDefinitionBuilder::TablesById &tables, const Table &table,
                                        SqlDialect dialect)
{
    // drizzle-orm lists the column references (in column order) before the table-level foreign keys.
    QList<ForeignKeyDefinition> out;
    for (const Column &column : table.columns) {
        for (const model::ForeignKey &fk : table.foreignKeys) {
            if (isInlineForeignKey(fk) && fk.columns.first() == column.id)
                out << foreignKey(tables, table, fk, dialect);
        }
    }
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (!isInlineForeignKey(fk))
            out << foreignKey(tables, table, fk, dialect);
    }
    return out;
}

QList<IndexDefinition> indexes(const Table &table, SqlDialect dialect)
{
    QList<IndexDefinition> out;
    for (const Column &column : table.columns) {
        if (column.unique && dialect == SqlDialect::Classic)
            out << IndexDefinition{table.name + u'_' + column.name + QStringLiteral("_unique"),
                                   table.name,
                                   true,
                                   {IndexTerm{column.name, false}},
                                   {}};
    }
    for (const model::Index &index : table.indexes) {
        IndexDefinition def{index.name, table.name, index.unique, {}, index.where};
        for (const model::IndexPart &part : index.parts) {
            if (part.isExpression())
                def.terms << IndexTerm{part.expression, true};
            else
                def.terms << IndexTerm{table.columnNames({part.column}).first(), false};
        }
        out << def;
    }
    for (const model::UniqueConstraint &unique : table.uniqueConstraints) {
        if (dialect == SqlDialect::V1)
            break;
        const QStringList columns = table.columnNames(unique.columns);
        IndexDefinition def{unique.name, table.name, true, {}, {}};
        if (def.name.isEmpty())
            def.name = table.name + u'_' + columns.join(u'_') + QStringLiteral("_unique");
        for (const QString &c : columns)
            def.terms << IndexTerm{c, false};
        out << def;
    }
    return out;
}

/// drizzle-orm 1.0 skips a column's `.unique()` when a one-column unique index covers the column.
bool hasUniqueIndexOn(const Table &table, const Column &column)
{
    return std::any_of(table.indexes.cbegin(), table.indexes.cend(), [&column](const model::Index &index) {
        return index.unique && index.parts.size() == 1 && !index.parts.first().isExpression() &&
               index.parts.first().column == column.id;
    });
}

/// V1: table-level `unique()` first, then the columns' `.unique()` (drizzle-kit 1.0's order within a table).
QList<UniqueDefinition> uniques(const Table &table)
{
    QList<UniqueDefinition> out;
    for (const model::UniqueConstraint &unique : table.uniqueConstraints) {
        const QStringList columns = table.columnNames(unique.columns);
        const bool explicitName = !unique.name.isEmpty();
        out << UniqueDefinition{explicitName ? unique.name
                                             : table.name + u'_' + columns.join(u'_') + QStringLiteral("_unique"),
                                columns, explicitName};
    }
    for (const Column &column : table.columns) {
        if (column.unique && !hasUniqueIndexOn(table, column))
            out << UniqueDefinition{
                table.name + u'_' + column.name + QStringLiteral("_unique"), {column.name}, false, true};
    }
    return out;
}

template<typename T>
void sortByExportName(QList<T> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const T &a, const T &b) { return QString::compare(a.exportName, b.exportName) < 0; });
}

} // namespace

QList<TableDefinition> TableDefinitionBuilder::tables(const model::Schema &schema, SqlDialect dialect)
{
    const TablesById byId = schema.tablesById();
    QList<TableDefinition> out;
    out.reserve(schema.tables.size());
    for (const Table &t : schema.tables)
        out << table(byId, t, dialect);
    sortByExportName(out);
    return out;
}

TableDefinition TableDefinitionBuilder::table(const TablesById &tables, const Table &table, SqlDialect dialect)
{
    const bool v1 = dialect == SqlDialect::V1;
    TableDefinition def;
    def.id = table.id;
    def.name = table.name;
    def.exportName = table.effectiveTsName();
    for (const Column &c : table.columns)
        def.columns << column(table, c, dialect);
    if (table.primaryKey && table.primaryKey->columns.size() > 1) {
        def.compositePrimaryKey = table.columnNames(table.primaryKey->columns);
        def.compositePrimaryKeyName =
            !table.primaryKey->name.isEmpty()
                ? table.primaryKey->name
                : table.name + u'_' + def.compositePrimaryKey.join(u'_') + QStringLiteral("_pk");
        if (v1 && table.primaryKey->name.isEmpty())
            def.compositePrimaryKeyName = table.name + QStringLiteral("_pk");
    }
    if (v1) {
        // A one-column key is exported as `.primaryKey()`, which drizzle-kit 1.0 names `<table>_pk` too.
        const bool anyKey =
            !def.compositePrimaryKey.isEmpty() || std::any_of(def.columns.cbegin(), def.columns.cend(),
                                                              [](const ColumnDefinition &c) { return c.primaryKey; });
        def.primaryKeyName =
            def.compositePrimaryKey.isEmpty() ? table.name + QStringLiteral("_pk") : def.compositePrimaryKeyName;
        def.primaryKeyNameExplicit = !def.compositePrimaryKey.isEmpty() && !table.primaryKey->name.isEmpty();
        // `primaryKey({ columns: [x] })`: the same SQL as `.primaryKey()`, but drizzle-kit 1.0 lists table-level keys
        // first in its snapshot (SnapshotV7Writer), and a name given there is the key's.
        def.primaryKeyOnTable = table.primaryKey.has_value();
        if (table.primaryKey && table.primaryKey->columns.size() == 1 && !table.primaryKey->name.isEmpty()) {
            def.primaryKeyName = table.primaryKey->name;
            def.primaryKeyNameExplicit = true;
        }
        if (!anyKey)
            def.primaryKeyName.clear();
        def.uniques = uniques(table);
    }
    def.foreignKeys = foreignKeys(tables, table, dialect);
    def.indexes = indexes(table, dialect);
    for (const model::CheckConstraint &check : table.checkConstraints)
        def.checks << CheckDefinition{check.name,
                                      v1 ? unqualifiedCheck(check.expression, table.name) : check.expression};
    return def;
}

QList<ViewDefinition> TableDefinitionBuilder::views(const model::Schema &schema)
{
    QList<ViewDefinition> out;
    for (const model::View &v : schema.views)
        out << ViewDefinition{v.id, v.name, v.effectiveTsName(), v.definition, v.isExisting};
    sortByExportName(out);
    return out;
}

ColumnDefinition TableDefinitionBuilder::column(const Table &table, const Column &column, SqlDialect dialect)
{
    ColumnDefinition def;
    def.id = column.id;
    def.name = column.name;
    def.type = column.sqlTypeText();
    def.primaryKey = isColumnPrimaryKey(table, column);
    // drizzle-kit 0.31 writes `.primaryKey()` as NOT NULL; 1.0 records a column's `.primaryKey()` as nullable (the key
    // decides) but keeps the `.notNull()` of a column a table's `primaryKey({ columns })` names.
    const bool columnKey = def.primaryKey && !table.primaryKey;
    def.notNull = dialect == SqlDialect::V1 ? column.notNull && !columnKey : column.notNull || def.primaryKey;
    def.autoincrement = def.primaryKey && column.autoincrement && column.type == model::SqlType::Integer;
    def.defaultSql = defaultSql(column);
    if (column.generated) {
        def.generatedExpression = u'(' + column.generated->expression + u')';
        def.generatedStored = column.generated->storage == model::GeneratedColumn::Storage::Stored;
    }
    return def;
}

std::optional<QString> TableDefinitionBuilder::defaultSql(const Column &column)
{
    const ColumnDefault &d = column.defaultValue;
    switch (d.kind()) {
    case ColumnDefault::Kind::None:
        return std::nullopt;
    case ColumnDefault::Kind::Number:
        // A JavaScript number is recorded as the value; elsewhere the literal goes through sql`n` verbatim.
        return column.acceptsNumberLiteral() ? javaScriptNumber(d.text()) : d.text();
    case ColumnDefault::Kind::String:
    case ColumnDefault::Kind::Boolean:
    case ColumnDefault::Kind::Expression:
        return d.toSql();
    }
    return std::nullopt;
}

QString TableDefinitionBuilder::javaScriptNumber(const QString &literal)
{
    bool ok = false;
    const double value = literal.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return literal;
    if (value == 0)
        return QStringLiteral("0");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const size_t e = text.find('e');
    std::string digits = text.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int k = int(digits.size());
    const int n = std::stoi(text.substr(e + 1)) + 1; // value = 0.digits * 10^n
    std::string out;
    if (k <= n && n <= 21) {
        out = digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out = digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out = "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out = digits.substr(0, 1) + (k > 1 ? "." + digits.substr(1) : std::string()) + 'e' + (n - 1 >= 0 ? '+' : '-') +
              std::to_string(std::abs(n - 1));
    }
    return QString::fromStdString((value < 0 ? "-" : "") + out);
}

QString TableDefinitionBuilder::unqualifiedCheck(QString expression, const QString &table)
{
    const QString qualifier = u'"' + table + QStringLiteral("\".");
    const qsizetype at = expression.indexOf(qualifier);
    if (at >= 0)
        expression.remove(at, qualifier.size());
    return expression;
}

} // namespace tw::migrations
