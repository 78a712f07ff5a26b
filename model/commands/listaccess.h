// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/commandid.h"
#include "model/document/schemadocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace tw::model {

/// How AddRemoveCommand and MoveCommand reach one ordered, id-keyed list of the document (writing with the
/// command's CommandKey). @c owner is the
/// table for the lists inside a table and a null id for the schema's tables and views.
struct TableListAccess
{
    using Value = Table;
    static constexpr CommandId addRemoveId = CommandId::AddRemoveTable;
    static constexpr CommandId moveId = CommandId::MoveTable;

    static QString noun() { return QStringLiteral("table"); }
    static const QList<Table> *list(const SchemaDocument &d, const Id &) { return &d.schema().tables; }
    static bool insert(SchemaDocument &d, CommandKey k, const Id &, int row, const Table &t)
    {
        return d.insertTable(k, row, t);
    }
    static std::optional<Table> remove(SchemaDocument &d, CommandKey k, const Id &, const Id &id)
    {
        return d.removeTable(k, id);
    }
    static bool move(SchemaDocument &d, CommandKey k, const Id &, int from, int to) { return d.moveTable(k, from, to); }
};

struct ViewListAccess
{
    using Value = View;
    static constexpr CommandId addRemoveId = CommandId::AddRemoveView;
    static constexpr CommandId moveId = CommandId::MoveView;

    static QString noun() { return QStringLiteral("view"); }
    static const QList<View> *list(const SchemaDocument &d, const Id &) { return &d.schema().views; }
    static bool insert(SchemaDocument &d, CommandKey k, const Id &, int row, const View &v)
    {
        return d.insertView(k, row, v);
    }
    static std::optional<View> remove(SchemaDocument &d, CommandKey k, const Id &, const Id &id)
    {
        return d.removeView(k, id);
    }
    static bool move(SchemaDocument &d, CommandKey k, const Id &, int from, int to) { return d.moveView(k, from, to); }
};

/// The command id of @p base's variant for @p collection (the CommandId enumerators follow TableCollection).
constexpr CommandId itemCommandId(CommandId base, TableCollection collection)
{
    return CommandId(int(base) + int(collection));
}
static_assert(itemCommandId(CommandId::AddRemoveColumn, TableCollection::CheckConstraints) ==
              CommandId::AddRemoveCheckConstraint);
static_assert(itemCommandId(CommandId::MoveColumn, TableCollection::CheckConstraints) ==
              CommandId::MoveCheckConstraint);
static_assert(itemCommandId(CommandId::ChangeColumn, TableCollection::CheckConstraints) ==
              CommandId::ChangeCheckConstraint);

template<TableItem T>
struct ItemListAccess
{
    using Value = T;
    static constexpr CommandId addRemoveId = itemCommandId(CommandId::AddRemoveColumn, tableCollectionOf<T>());
    static constexpr CommandId moveId = itemCommandId(CommandId::MoveColumn, tableCollectionOf<T>());

    static QString noun() { return tableCollectionNoun(tableCollectionOf<T>()); }
    static const QList<T> *list(const SchemaDocument &d, const Id &owner)
    {
        const Table *table = d.schema().table(owner);
        return table ? &itemsOf<T>(*table) : nullptr;
    }
    static bool insert(SchemaDocument &d, CommandKey k, const Id &owner, int row, const T &item)
    {
        return d.insertItem<T>(k, owner, row, item);
    }
    static std::optional<T> remove(SchemaDocument &d, CommandKey k, const Id &owner, const Id &id)
    {
        return d.removeItem<T>(k, owner, id);
    }
    static bool move(SchemaDocument &d, CommandKey k, const Id &owner, int from, int to)
    {
        return d.moveItem<T>(k, owner, from, to);
    }
};

} // namespace tw::model
