// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/introspection/ddlparser.h"
#include "model/schema/schema.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace tw::database {

class DatabaseConnection;

/// Reads one table of a live database, in two passes as SnapshotTableReader does: its columns first, then its
/// keys, indexes, foreign keys and checks, which may name columns of any table. Warnings name the object.
class TableIntrospector
{
public:
    /// Warnings (what the model cannot represent) are appended to @p warnings.
    TableIntrospector(DatabaseConnection &connection, QStringList *warnings);

    /// The table named @p name with its columns (and primary key); nullopt after an error in @p error.
    std::optional<model::Table> readColumns(const QString &name, const QString &createSql, QString *error);
    /// Adds indexes, unique constraints, foreign keys and checks to @p table (already in @p schema).
    /// @p indexes holds every index's name and CREATE INDEX statement, in sqlite_schema's (creation) order.
    bool readConstraints(model::Table &table, const model::Schema &schema,
                         const QList<std::pair<QString, QString>> &indexes, QString *error);

private:
    bool readIndexes(model::Table &table, const QList<std::pair<QString, QString>> &indexes, QString *error);
    bool readForeignKeys(model::Table &table, const model::Schema &schema, QString *error);
    void readChecks(model::Table &table);
    void addIndex(model::Table &table, const QString &name, bool unique, QList<model::IndexPart> parts,
                  const QString &where);
    void warn(const QString &table, const QString &message);

    DatabaseConnection &m_connection;
    QStringList *m_warnings;
    QHash<QString, TableDdl> m_ddl; ///< by table name
};

} // namespace tw::database
