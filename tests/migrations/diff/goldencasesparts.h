// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/migrations/diff/goldencases.h"
#include "tests/migrations/diff/schemadsl.h"

namespace tw::test {

/// Shared starting points of the golden cases.
dsl::TableSpec usersTable();
dsl::TableSpec postsTable();
dsl::TableSpec tagsTable();
extern const QString kUsersSeed;
extern const QString kPostsSeed;

QList<GoldenCase> rebuildCases();
QList<GoldenCase> indexAndViewCases();
QList<GoldenCase> drizzleBugCases();
/// Schema pairs of drizzle-kit's own SQLite test suite, re-expressed (goldencaseskit*.cpp).
QList<GoldenCase> drizzleKitKeyCases();
QList<GoldenCase> drizzleKitColumnCases();

} // namespace tw::test
