// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/catalog/liveschema.h"

#include <QList>
#include <QString>

namespace tw::database {

class DatabaseConnection;

/// The one reader of a table's catalog pragmas (`table_xinfo`, `index_list` + `index_xinfo`, `foreign_key_list`),
/// row for row as SQLite reports them. The inspector (TableDescriber: what the Database panel and `db describe`
/// show) and introspection (TableIntrospector: the table read into the model) both build on it, so the two never
/// read the catalog differently. Each returns false with @p error set when SQLite refuses the pragma.
class CatalogReader
{
public:
    /// Every column in declaration (cid) order, hidden ones included.
    static bool columns(DatabaseConnection &connection, const QString &table, QList<LiveColumn> *out, QString *error);
    /// Every index in the order `index_list` reports them, automatic ones included, each with its key terms.
    static bool indexes(DatabaseConnection &connection, const QString &table, QList<LiveIndex> *out, QString *error);
    /// Every foreign key by its id (SQLite numbers them last-declared first), its column pairs gathered; a key
    /// naming no target columns has empty strings in `to` (it refers to the parent's primary key).
    static bool foreignKeys(DatabaseConnection &connection, const QString &table, QList<LiveForeignKey> *out,
                            QString *error);
};

} // namespace tw::database
