// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::migrations {

/// Names migrations as drizzle-kit does: `NNNN_<word>_<word>` (4-digit index), or `NNNN_<name>` for a user's name.
class MigrationNamer
{
public:
    /// The tag for migration @p index. With a @p customName it is that name folded to `[a-z0-9_]`; otherwise two
    /// words chosen from @p seed (the new snapshot's id), so the same migration always gets the same name.
    static QString tag(int index, const QString &customName, const QString &seed);
    /// `[a-z0-9_]+` form of @p name: lowercase, other characters become `_`, runs collapsed; empty if nothing is left.
    static QString sanitize(const QString &name);
};

} // namespace tw::migrations
