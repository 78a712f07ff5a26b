// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace tw::migrations {

/// `CREATE TABLE`; the table's indexes follow as separate CreateIndex operations.
struct CreateTable
{
    TableDefinition table;
    friend bool operator==(const CreateTable &, const CreateTable &) = default;
};

struct DropTable
{
    QString table;
    friend bool operator==(const DropTable &, const DropTable &) = default;
};

struct RenameTable
{
    QString from;
    QString to;
    friend bool operator==(const RenameTable &, const RenameTable &) = default;
};

struct RenameColumn
{
    QString table;
    QString from;
    QString to;
    friend bool operator==(const RenameColumn &, const RenameColumn &) = default;
};

/// `ALTER TABLE .. ADD`, with the column's single-column foreign key written inline when it has one; with a
/// fill (model::ColumnFill) an `UPDATE .. SET column = fill` follows, so existing rows start from other columns.
struct AddColumn
{
    QString table;
    ColumnDefinition column;
    std::optional<ForeignKeyDefinition> reference;
    QString fill; ///< SQL over the row; empty: the new column takes its default
    friend bool operator==(const AddColumn &, const AddColumn &) = default;
};

struct DropColumn
{
    QString table;
    QString column;
    friend bool operator==(const DropColumn &, const DropColumn &) = default;
};

/// How one column of the rebuilt table is filled: from @p source of the table as it stands when the rebuild runs,
/// or, when @p expression is set (a data migration, model::ColumnFill), from that SQL over the old row.
struct ColumnCopy
{
    QString target;
    QString source;
    QString expression;
    friend bool operator==(const ColumnCopy &, const ColumnCopy &) = default;
};

/// SQLite's twelve-step table rebuild: create `__new_T` with the new definition, copy the rows, drop the old
/// table, rename the new one. Columns without a copy (new or generated ones) take their default. The table's
/// indexes follow as separate CreateIndex operations.
struct RebuildTable
{
    TableDefinition table;
    QList<ColumnCopy> copies;
    friend bool operator==(const RebuildTable &, const RebuildTable &) = default;
};

struct CreateIndex
{
    IndexDefinition index;
    friend bool operator==(const CreateIndex &, const CreateIndex &) = default;
};

struct DropIndex
{
    QString table; ///< the table the index belongs to (not part of the SQL)
    QString name;
    friend bool operator==(const DropIndex &, const DropIndex &) = default;
};

struct CreateView
{
    QString name;
    QString definition;
    friend bool operator==(const CreateView &, const CreateView &) = default;
};

struct DropView
{
    QString name;
    friend bool operator==(const DropView &, const DropView &) = default;
};

/// One step of a migration, in the order it runs.
using Operation = std::variant<CreateTable, DropTable, RenameTable, RenameColumn, AddColumn, DropColumn, RebuildTable,
                               CreateIndex, DropIndex, CreateView, DropView>;

/// "create table", "rebuild table", ...: for messages and test output.
QString operationKindName(const Operation &operation);

} // namespace tw::migrations
