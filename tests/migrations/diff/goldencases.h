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
};

QList<GoldenCase> goldenCases();
inline void PrintTo(const GoldenCase &c, std::ostream *os) { *os << c.name.toStdString(); }
QString renameSpecs(const migrations::RenameMap &renames);

} // namespace tw::test
