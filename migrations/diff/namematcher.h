// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::migrations {

/// Pairs the objects of two lists (tables, columns or views): by id, then by an explicit rename, then by equal
/// name. Ids only count when both sides carry one.
class NameMatcher
{
public:
    struct Item
    {
        model::Id id;
        QString name;
    };
    using Renames = QList<RenameMap::TableRename>;

    /// The ids and names of @p list (tables, columns, indexes, views …), as match() takes them.
    template<typename T>
    static QList<Item> items(const QList<T> &list)
    {
        QList<Item> out;
        for (const T &item : list)
            out.append({item.id, item.name});
        return out;
    }

    /// For every item of @p after, the position of its partner in @p before, or -1 when it is new.
    static QList<qsizetype> match(const QList<Item> &before, const QList<Item> &after, bool useIds,
                                  const Renames &renames);
};

} // namespace tw::migrations
