// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/database/bigtable.h"

#include "database/connection/databaseconnection.h"

namespace tw::test {

bool writeBigTable(const QString &path, int rows)
{
    using database::DatabaseConnection;
    auto connection = DatabaseConnection::open(path, DatabaseConnection::Mode::ReadWriteCreate, 1000);
    if (!connection)
        return false;
    DatabaseConnection &db = *connection.value();
    return db.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score INTEGER)"))
               .isEmpty() &&
           db.exec(
                 QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                                "INSERT INTO big (id, name, score) SELECT x, 'row ' || x, (x * 7919) % 1000003 FROM n")
                     .arg(rows))
               .isEmpty();
}

} // namespace tw::test
