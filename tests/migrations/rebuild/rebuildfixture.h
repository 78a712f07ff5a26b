// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"
#include "model/schema/schema.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <ostream>

namespace tw::test {

/// The d1-safe reference fixture (tests/data/folders/rebuild-cascade): parent `authors` (AUTOINCREMENT,
/// self-reference SET NULL) with NO ACTION, CASCADE, SET NULL and RESTRICT children, a grandchild and a view.
class RebuildFixture
{
public:
    static model::Schema schema();
    /// init.sql + seed.sql: the fixture's tables with rows (sqlite_sequence ahead of max(id)).
    static QString setupSql();
    /// Prints every row of every fixture table (`table|quote(col)|...` in rowid order) and sqlite_sequence.
    /// @p renamedTables maps old to new names; @p droppedColumns ("table.column", old names) are left out, and so
    /// are the sqlite_sequence entries of @p withoutSequence (tables that lose AUTOINCREMENT).
    static QString dumpSql(const QMap<QString, QString> &renamedTables = {}, const QStringList &droppedColumns = {},
                           const QStringList &withoutSequence = {});
};

/// One way the differ rebuilds a fixture table.
struct RebuildCase
{
    QString name;
    model::Schema after;
    QMap<QString, QString> renamedTables;
    QStringList droppedColumns;
    QStringList withoutSequence;

    QString dumpBefore() const { return RebuildFixture::dumpSql({}, droppedColumns, withoutSequence); }
    QString dumpAfter() const { return RebuildFixture::dumpSql(renamedTables, droppedColumns, withoutSequence); }
};

/// Every way the differ rebuilds the fixture's tables that keeps the rows valid: each has a golden under
/// tests/data/rebuild/<name>.d1.sql.
QList<RebuildCase> fixtureRebuildCases();
inline void PrintTo(const RebuildCase &c, std::ostream *os)
{
    *os << c.name.toStdString();
}

} // namespace tw::test
