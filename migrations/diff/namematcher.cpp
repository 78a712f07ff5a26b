// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/namematcher.h"

namespace tw::migrations {

QList<qsizetype> NameMatcher::match(const QList<Item> &before, const QList<Item> &after, bool useIds,
                                    const Renames &renames)
{
    QList<qsizetype> partner(after.size(), -1);
    QList<bool> used(before.size(), false);
    auto pair = [&](qsizetype b, qsizetype a) {
        partner[a] = b;
        used[b] = true;
    };
    if (useIds) {
        for (qsizetype a = 0; a < after.size(); ++a) {
            if (after[a].id.isNull())
                continue;
            for (qsizetype b = 0; b < before.size(); ++b) {
                if (!used[b] && before[b].id == after[a].id) {
                    pair(b, a);
                    break;
                }
            }
        }
    }
    auto find = [](const QList<Item> &items, const QString &name, auto isFree) -> qsizetype {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (isFree(i) && items[i].name == name)
                return i;
        }
        return -1;
    };
    auto freeBefore = [&](qsizetype i) {
        return !used[i];
    };
    auto freeAfter = [&](qsizetype i) {
        return partner[i] < 0;
    };
    for (const auto &rename : renames) {
        const qsizetype b = find(before, rename.from, freeBefore);
        const qsizetype a = find(after, rename.to, freeAfter);
        if (a >= 0 && b >= 0)
            pair(b, a);
    }
    for (qsizetype a = 0; a < after.size(); ++a) {
        if (partner[a] >= 0)
            continue;
        const qsizetype b = find(before, after[a].name, freeBefore);
        if (b >= 0)
            pair(b, a);
    }
    return partner;
}

} // namespace tw::migrations
