// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/snapshot/snapshotv7schemareader.h"

#include "migrations/snapshot/importids.h"
#include "migrations/snapshot/snapshotcolumn.h"

#include <QRegularExpression>

namespace tw::migrations {
namespace {

using model::Column;
using model::ColumnDefault;
using model::Id;
using SchemaResult = model::Result<model::Schema>;

/// A number as JavaScript writes it (`42`, `-2.5`, `1e-7`, `1e+21`): what rc.5 records for `.default(n)`.
bool isJavaScriptNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^-?[0-9]+(\.[0-9]+)?(e[+-][0-9]+)?$)"));
    return number.match(text).hasMatch();
}

/// The model's default for the SQL text rc.5 records (every default is a string in a v7 snapshot).
ColumnDefault defaultFromSql(const QString &sql, const Column &column)
{
    if (sql == QLatin1String("true") || sql == QLatin1String("false"))
        return ColumnDefault::boolean(sql == QLatin1String("true"));
    if (isJavaScriptNumber(sql))
        return column.acceptsNumberLiteral() ? ColumnDefault::number(sql) : ColumnDefault::expression(sql);
    // A quoted literal is a string (a JSON value's `'` are doubled in v7 too); anything else is SQL kept verbatim.
    return SnapshotColumn::defaultFromJson(JsonValue(sql), SnapshotColumn::Owner::Table)
        .value_or(ColumnDefault::expression(sql));
}

QString tablePrefix(const TableDefinition &table)
{
    return QStringLiteral("table \"%1\": ").arg(table.name);
}

/// A key the model must hold on the table: declared there, or named (a column's `.primaryKey()` has no name).
bool keyBelongsToTable(const TableDefinition &def)
{
    return !def.compositePrimaryKey.isEmpty() || def.primaryKeyOnTable || def.primaryKeyNameExplicit;
}

model::Result<Column> columnFrom(const TableDefinition &table, const ColumnDefinition &def)
{
    Column column;
    column.id = ImportIds::column(table.name, def.name);
    column.name = def.name;
    if (!SnapshotColumn::parseType(def.type, column)) {
        return model::Result<Column>::failure(
            tablePrefix(table) + QStringLiteral("column \"%1\": unsupported type \"%2\" (integer, text, text(N), real, "
                                                "blob, numeric)")
                                     .arg(def.name, def.type));
    }
    column.primaryKey = def.primaryKey && !keyBelongsToTable(table);
    // rc.5 records a column key as nullable (the key decides); the model says NOT NULL, as the v6 reader does.
    column.notNull = def.notNull || column.primaryKey;
    column.autoincrement = def.autoincrement;
    if (def.defaultSql)
        column.defaultValue = defaultFromSql(*def.defaultSql, column);
    if (def.generatedExpression) {
        const QString &as = *def.generatedExpression;
        const bool wrapped = as.size() >= 2 && as.startsWith(u'(') && as.endsWith(u')');
        column.generated = model::GeneratedColumn{wrapped ? as.mid(1, as.size() - 2) : as,
                                                  def.generatedStored ? model::GeneratedColumn::Storage::Stored
                                                                      : model::GeneratedColumn::Storage::Virtual};
    }
    return column;
}

std::optional<QList<Id>> columnIds(const TableDefinition &table, const QStringList &names)
{
    QList<Id> ids;
    for (const QString &name : names) {
        if (!table.column(name))
            return std::nullopt;
        ids << ImportIds::column(table.name, name);
    }
    return ids;
}

QString missingColumns(const TableDefinition &table, const QString &what, const QStringList &names)
{
    return tablePrefix(table) +
           QStringLiteral("%1 names a column the table does not have (%2)").arg(what, names.join(QStringLiteral(", ")));
}

/// The key, uniques and checks: the parts of a table that stay inside it.
std::optional<QString> addKeyAndUniques(const TableDefinition &def, model::Table &table)
{
    const QStringList keyColumns = def.keyColumns();
    if (!keyColumns.isEmpty() && keyBelongsToTable(def)) {
        const auto ids = columnIds(def, keyColumns);
        if (!ids)
            return missingColumns(def, QStringLiteral("the primary key"), keyColumns);
        table.primaryKey = model::PrimaryKey{ImportIds::primaryKey(def.name),
                                             def.primaryKeyNameExplicit ? def.primaryKeyName : QString(), *ids};
    }
    for (const UniqueDefinition &unique : def.uniques) {
        const auto ids = columnIds(def, unique.columns);
        if (!ids)
            return missingColumns(def, QStringLiteral("unique \"%1\"").arg(unique.name), unique.columns);
        if (unique.fromColumn && !unique.nameExplicit && ids->size() == 1) {
            table.column(ids->first())->unique = true;
            continue;
        }
        table.uniqueConstraints << model::UniqueConstraint{ImportIds::uniqueConstraint(def.name, unique.name),
                                                           unique.nameExplicit ? unique.name : QString(), *ids};
    }
    for (const CheckDefinition &check : def.checks)
        table.checkConstraints << model::CheckConstraint{ImportIds::checkConstraint(def.name, check.name), check.name,
                                                         check.expression};
    return std::nullopt;
}

std::optional<QString> addIndexes(const TableDefinition &def, model::Table &table)
{
    for (const IndexDefinition &index : def.indexes) {
        model::Index out{ImportIds::index(def.name, index.name), index.name, index.unique, {}, index.where};
        for (const IndexTerm &term : index.terms) {
            if (term.isExpression) {
                out.parts << model::IndexPart::ofExpression(term.text);
                continue;
            }
            if (!def.column(term.text))
                return missingColumns(def, QStringLiteral("index \"%1\"").arg(index.name), {term.text});
            out.parts << model::IndexPart::ofColumn(ImportIds::column(def.name, term.text));
        }
        table.indexes << out;
    }
    return std::nullopt;
}

const TableDefinition *tableNamed(const SchemaDefinition &ddl, const QString &name)
{
    for (const TableDefinition &table : ddl.tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

std::optional<QString> addForeignKeys(const SchemaDefinition &ddl, const TableDefinition &def, model::Table &table)
{
    for (const ForeignKeyDefinition &fk : def.foreignKeys) {
        const QString what = QStringLiteral("foreign key \"%1\"").arg(fk.name);
        const TableDefinition *target = tableNamed(ddl, fk.targetTable);
        if (!target) {
            return tablePrefix(def) + QStringLiteral("%1 refers to table \"%2\", which the snapshot does not hold")
                                          .arg(what, fk.targetTable);
        }
        const auto columns = columnIds(def, fk.columns);
        const auto targetColumns = columnIds(*target, fk.targetColumns);
        if (!columns)
            return missingColumns(def, what, fk.columns);
        if (!targetColumns)
            return missingColumns(*target, QStringLiteral("the target of ") + what, fk.targetColumns);
        table.foreignKeys << model::ForeignKey{ImportIds::foreignKey(def.name, fk.name),
                                               fk.nameExplicit ? fk.name : QString(),
                                               *columns,
                                               ImportIds::table(target->name),
                                               *targetColumns,
                                               fk.onDelete,
                                               fk.onUpdate};
    }
    return std::nullopt;
}

model::Result<model::Table> tableFrom(const SchemaDefinition &ddl, const TableDefinition &def)
{
    using Failure = model::Result<model::Table>;
    model::Table table;
    table.id = ImportIds::table(def.name);
    table.name = def.name;
    for (const ColumnDefinition &columnDef : def.columns) {
        auto read = columnFrom(def, columnDef);
        if (!read)
            return Failure::failure(read.error());
        table.columns << std::move(read).value();
    }
    if (auto error = addKeyAndUniques(def, table))
        return Failure::failure(*error);
    if (auto error = addIndexes(def, table))
        return Failure::failure(*error);
    if (auto error = addForeignKeys(ddl, def, table))
        return Failure::failure(*error);
    return table;
}

} // namespace

SchemaResult SnapshotV7SchemaReader::toSchema(const SchemaDefinition &ddl)
{
    model::Schema schema;
    for (const TableDefinition &def : ddl.tables) {
        auto read = tableFrom(ddl, def);
        if (!read)
            return SchemaResult::failure(read.error());
        schema.tables << std::move(read).value();
    }
    for (const ViewDefinition &def : ddl.views) {
        model::View view;
        view.id = ImportIds::view(def.name);
        view.name = def.name;
        view.definition = def.definition;
        view.isExisting = def.isExisting;
        schema.views << view;
    }
    return schema;
}

} // namespace tw::migrations
