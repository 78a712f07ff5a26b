// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/namematcher.h"

#include <QHash>

namespace tw::migrations {
namespace {

/// The positions of a list's items by key (an id or a name), in list order, for finding the first one still free.
/// Short lists (a table's columns) are searched in place; long ones (a schema's tables) through a hash, so that
/// pairing thousands of tables costs no more than one pass.
template<typename Key>
class Positions
{
public:
    Positions(const QList<NameMatcher::Item> &items, Key NameMatcher::Item::*key)
        : m_items(items)
        , m_key(key)
    {
        if (items.size() <= kLinearItems)
            return;
        m_byKey.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i)
            m_byKey[items[i].*key].append(i);
    }

    /// The first position holding @p key for which @p isFree holds, or -1.
    template<typename IsFree>
    qsizetype first(const Key &key, IsFree isFree) const
    {
        if (m_items.size() <= kLinearItems) {
            for (qsizetype i = 0; i < m_items.size(); ++i) {
                if (isFree(i) && m_items[i].*m_key == key)
                    return i;
            }
            return -1;
        }
        for (const qsizetype i : m_byKey.value(key)) {
            if (isFree(i))
                return i;
        }
        return -1;
    }

private:
    static constexpr qsizetype kLinearItems = 32;
    const QList<NameMatcher::Item> &m_items;
    Key NameMatcher::Item::*m_key;
    QHash<Key, QList<qsizetype>> m_byKey;
};

} // namespace

QList<qsizetype> NameMatcher::match(const QList<Item> &before, const QList<Item> &after, bool useIds,
                                    const Renames &renames)
{
    QList<qsizetype> partner(after.size(), -1);
    QList<bool> used(before.size(), false);
    auto pair = [&](qsizetype b, qsizetype a) {
        partner[a] = b;
        used[b] = true;
    };
    auto freeBefore = [&](qsizetype i) {
        return !used[i];
    };
    auto freeAfter = [&](qsizetype i) {
        return partner[i] < 0;
    };
    if (useIds) {
        const Positions<model::Id> beforeIds(before, &Item::id);
        for (qsizetype a = 0; a < after.size(); ++a) {
            if (after[a].id.isNull())
                continue;
            if (const qsizetype b = beforeIds.first(after[a].id, freeBefore); b >= 0)
                pair(b, a);
        }
    }
    const Positions<QString> beforeNames(before, &Item::name);
    const Positions<QString> afterNames(after, &Item::name);
    for (const auto &rename : renames) {
        const qsizetype b = beforeNames.first(rename.from, freeBefore);
        const qsizetype a = afterNames.first(rename.to, freeAfter);
        if (a >= 0 && b >= 0)
            pair(b, a);
    }
    for (qsizetype a = 0; a < after.size(); ++a) {
        if (partner[a] >= 0)
            continue;
        if (const qsizetype b = beforeNames.first(after[a].name, freeBefore); b >= 0)
            pair(b, a);
    }
    return partner;
}

} // namespace tw::migrations
