// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/namematcher.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <algorithm>

using namespace tw;
using namespace tw::migrations;

namespace {

using Items = QList<NameMatcher::Item>;

// The pairing rules written as plainly as possible (a scan of `before` per question): what match() must answer,
// whether it searches a short list in place or a long one through its hash.
QList<qsizetype> plainMatch(const Items &before, const Items &after, bool useIds, const NameMatcher::Renames &renames)
{
    QList<qsizetype> partner(after.size(), -1);
    QList<bool> used(before.size(), false);
    const auto freeBefore = [&](const auto &same) {
        for (qsizetype b = 0; b < before.size(); ++b) {
            if (!used[b] && same(before[b]))
                return b;
        }
        return qsizetype(-1);
    };
    for (qsizetype a = 0; useIds && a < after.size(); ++a) {
        if (after[a].id.isNull())
            continue;
        if (const qsizetype b = freeBefore([&](const NameMatcher::Item &i) { return i.id == after[a].id; }); b >= 0) {
            partner[a] = b;
            used[b] = true;
        }
    }
    for (const auto &rename : renames) {
        const qsizetype b = freeBefore([&](const NameMatcher::Item &i) { return i.name == rename.from; });
        qsizetype a = 0;
        while (a < after.size() && (partner[a] >= 0 || after[a].name != rename.to))
            ++a;
        if (b >= 0 && a < after.size()) {
            partner[a] = b;
            used[b] = true;
        }
    }
    for (qsizetype a = 0; a < after.size(); ++a) {
        if (partner[a] >= 0)
            continue;
        if (const qsizetype b = freeBefore([&](const NameMatcher::Item &i) { return i.name == after[a].name; });
            b >= 0) {
            partner[a] = b;
            used[b] = true;
        }
    }
    return partner;
}

// @p count items named from a small pool (so names repeat), some without an id, some ids shared.
Items randomItems(QRandomGenerator &random, qsizetype count)
{
    Items items;
    for (qsizetype i = 0; i < count; ++i) {
        const auto name = QStringLiteral("n%1").arg(random.bounded(int(count / 2 + 1)));
        const int id = random.bounded(int(count + 3));
        items.append({id % 5 == 0 ? model::Id() : model::Id(QStringLiteral("id%1").arg(id)), name});
    }
    return items;
}

} // namespace

TEST(NameMatcher, PairsByIdThenRenameThenNameOnShortAndLongLists)
{
    QRandomGenerator random(18);
    // Short lists are searched in place, long ones (more than 32 items) through a hash: both must pair alike.
    for (const qsizetype size : {0, 1, 7, 31, 33, 120, 700}) {
        for (int round = 0; round < 20; ++round) {
            const Items before = randomItems(random, size);
            const Items after = randomItems(random, std::max<qsizetype>(0, size + random.bounded(5) - 2));
            NameMatcher::Renames renames;
            for (int r = 0; r < 3 && !before.isEmpty() && !after.isEmpty(); ++r)
                renames.append(
                    {before[random.bounded(int(before.size()))].name, after[random.bounded(int(after.size()))].name});
            for (const bool ids : {false, true}) {
                EXPECT_EQ(NameMatcher::match(before, after, ids, renames), plainMatch(before, after, ids, renames))
                    << "size " << size << ", round " << round << ", ids " << ids;
            }
        }
    }
}

TEST(NameMatcher, RepeatedNamesPairInListOrder)
{
    Items before;
    Items after;
    for (int i = 0; i < 40; ++i) { // long enough for the hashed search
        before.append({{}, QStringLiteral("same")});
        after.append({{}, QStringLiteral("same")});
    }
    const QList<qsizetype> partner = NameMatcher::match(before, after, false, {});
    for (qsizetype a = 0; a < after.size(); ++a)
        EXPECT_EQ(partner[a], a);
}
