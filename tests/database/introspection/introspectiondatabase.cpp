// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/database/introspection/introspectiondatabase.h"

#include "database/sqltext/sqlstatementsplitter.h"
#include "tests/support/databases/sqlitefile.h"

#include <gtest/gtest.h>

namespace tw::test {

void createDatabase(const QString &path, const QString &sql)
{
    const SqliteFile file(path);
    for (const QString &statement : database::SqlStatementSplitter::split(sql))
        EXPECT_TRUE(file.exec(statement)) << statement.toStdString();
}

} // namespace tw::test
