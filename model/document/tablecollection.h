// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/table.h"

#include <QList>
#include <QString>

#include <concepts>

namespace tw::model {

/// The id-carrying lists inside a Table. Signals and commands name the list with this instead of having one
/// signal and one command class per list.
enum class TableCollection { Columns, Indexes, ForeignKeys, UniqueConstraints, CheckConstraints };

/// "column", "index", "foreign key", "unique constraint", "check constraint": for undo texts.
QString tableCollectionNoun(TableCollection collection);

/// Maps an item type to its list inside Table; specialised for the five item types only.
template<typename T>
struct TableCollectionTraits;

template<>
struct TableCollectionTraits<Column>
{
    static constexpr TableCollection kind = TableCollection::Columns;
    static QList<Column> &list(Table &t) { return t.columns; }
    static const QList<Column> &list(const Table &t) { return t.columns; }
};

template<>
struct TableCollectionTraits<Index>
{
    static constexpr TableCollection kind = TableCollection::Indexes;
    static QList<Index> &list(Table &t) { return t.indexes; }
    static const QList<Index> &list(const Table &t) { return t.indexes; }
};

template<>
struct TableCollectionTraits<ForeignKey>
{
    static constexpr TableCollection kind = TableCollection::ForeignKeys;
    static QList<ForeignKey> &list(Table &t) { return t.foreignKeys; }
    static const QList<ForeignKey> &list(const Table &t) { return t.foreignKeys; }
};

template<>
struct TableCollectionTraits<UniqueConstraint>
{
    static constexpr TableCollection kind = TableCollection::UniqueConstraints;
    static QList<UniqueConstraint> &list(Table &t) { return t.uniqueConstraints; }
    static const QList<UniqueConstraint> &list(const Table &t) { return t.uniqueConstraints; }
};

template<>
struct TableCollectionTraits<CheckConstraint>
{
    static constexpr TableCollection kind = TableCollection::CheckConstraints;
    static QList<CheckConstraint> &list(Table &t) { return t.checkConstraints; }
    static const QList<CheckConstraint> &list(const Table &t) { return t.checkConstraints; }
};

/// Column, Index, ForeignKey, UniqueConstraint or CheckConstraint.
template<typename T>
concept TableItem = requires(Table &t, const Table &ct)
{
    {
        TableCollectionTraits<T>::kind
        } -> std::convertible_to<TableCollection>;
    {
        TableCollectionTraits<T>::list(t)
        } -> std::same_as<QList<T> &>;
    {
        TableCollectionTraits<T>::list(ct)
        } -> std::same_as<const QList<T> &>;
};

template<TableItem T>
constexpr TableCollection tableCollectionOf()
{
    return TableCollectionTraits<T>::kind;
}

template<TableItem T>
QList<T> &itemsOf(Table &table)
{
    return TableCollectionTraits<T>::list(table);
}

template<TableItem T>
const QList<T> &itemsOf(const Table &table)
{
    return TableCollectionTraits<T>::list(table);
}

} // namespace tw::model
