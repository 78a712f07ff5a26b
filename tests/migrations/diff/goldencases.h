// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "model/schema/schema.h"

#include <QList>
#include <QString>

#include <ostream>

namespace tw::test {

/// One folder under tests/data/migrations-golden: the two schemas (exported to before/after.schema.ts for
/// drizzle-kit), the renames drizzle-kit is told about, and whether drizzle-kit's SQL is wrong for it (then
/// expected.tablewright.sql holds the correct SQL and a test runs it on a database with rows).
struct GoldenCase
{
    QString name;
    model::Schema before;
    model::Schema after;
    migrations::RenameMap renames;
    bool drizzleIsWrong = false;
    bool handwrittenSchemaTs = false; ///< the .schema.ts files use a form Tablewright never exports
    QString seedSql;                  ///< rows inserted after `before` is created, for the sqlite3 run
    /// A query run on the migrated database and its output when the migration is right, for what the schema
    /// comparison cannot see (a generated column's expression shows only in the values it computes).
    QString probeSql = {};
    QString probeOutput = {};
};

/// A folder under tests/data/migrations-golden-v1: a GoldenCase and drizzle-kit 1.0.0-rc.5's verdict on it.
struct V1GoldenCase
{
    GoldenCase golden;
    /// Why rc.5's SQL is wrong here (then expected.tablewright.sql holds the correct SQL beside rc.5's
    /// expected.sql, and a test shows rc.5's fails or loses rows); empty when rc.5 is right.
    QString rc5IsWrong;
    bool v1Only = false; ///< its schema.ts files live in migrations-golden-v1 (the 0.31 set does not have it)
};

QList<GoldenCase> goldenCases();
/// Every case of goldenCases() (with rc.5's verdict on each) plus the cases only the V1 dialect has.
QList<V1GoldenCase> v1GoldenCases();
inline void PrintTo(const GoldenCase &c, std::ostream *os)
{
    *os << c.name.toStdString();
}
inline void PrintTo(const V1GoldenCase &c, std::ostream *os)
{
    *os << c.golden.name.toStdString();
}
QString renameSpecs(const migrations::RenameMap &renames);

} // namespace tw::test
