// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/introspect/introspectiondatabase.h"

#include "migrations/runner/sqlstatementsplitter.h"
#include "tests/migrations/runner/sqlitefile.h"

#include <gtest/gtest.h>

namespace tw::test {

void createDatabase(const QString &path, const QString &sql)
{
    const SqliteFile file(path);
    for (const QString &statement : migrations::SqlStatementSplitter::split(sql))
        EXPECT_TRUE(file.exec(statement)) << statement.toStdString();
}

} // namespace tw::test
