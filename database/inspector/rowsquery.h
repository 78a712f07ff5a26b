// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace tw::database {

/// A window on one table's rows with sorting and filtering done by SQLite, so a browser of a 1,000,000-row table
/// only ever reads the rows on screen: `SELECT <key>, * FROM t WHERE <filter> ORDER BY <sort> LIMIT n OFFSET m`.
struct RowsQuery
{
    QString table;
    QString keyColumn;  ///< `rowid` (or an unshadowed alias) selected first for edits; empty: none
    QString sortColumn; ///< empty: the table's own order
    bool descending = false;
    QString filterText; ///< rows where any of filterColumns contains it (LIKE, case-insensitive for ASCII)
    QStringList filterColumns;

    QString countSql() const;
    QString pageSql() const; ///< two trailing placeholders: LIMIT ?, OFFSET ?
    QVariantList filterBinds() const;
};

} // namespace tw::database
