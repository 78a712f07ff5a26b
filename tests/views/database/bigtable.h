// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::test {

/// Writes a SQLite file at @p path with one table `big (id INTEGER PRIMARY KEY, name TEXT, score INTEGER)` of
/// @p rows rows: name `row N`, score a scrambled 0..999999 (no index on it, so sorting by it is real work).
bool writeBigTable(const QString &path, int rows);

} // namespace tw::test
