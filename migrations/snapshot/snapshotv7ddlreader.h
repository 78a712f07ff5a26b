// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"
#include "migrations/snapshot/jsonfieldreader.h"

#include <QHash>

#include <vector>

namespace tw::migrations {

/// Reads a v7 snapshot's flat `ddl` list into a SchemaDefinition (SnapshotV7Reader's part). Entities may come in
/// any order; tables keep the order of the `tables` entries, and a table's columns, indexes, keys and checks the
/// order of theirs. Every entity must hold exactly drizzle-kit's keys (nullable ones as null); every name a
/// constraint uses must exist. Errors name the entity: `ddl[12] (columns users.id).type: …`.
class SnapshotV7DdlReader
{
public:
    explicit SnapshotV7DdlReader(JsonFieldReader &reader)
        : m_reader(reader)
    {
    }

    /// False when the list is malformed; the reader holds the message.
    bool read(const JsonView &ddl, SchemaDefinition &schema);

private:
    /// Where a pks or uniques entry sits in its group: the order tells table-level declarations from column ones.
    struct GroupEntry
    {
        qsizetype table = 0;
        qsizetype index = 0; ///< in the table's uniques (unused for pks)
        bool tableLevelOnly = false;
    };

    bool readTableOrView(const JsonView &entity, const QString &path, const QString &type, SchemaDefinition &schema);
    bool readColumn(const JsonView &entity, const QString &path, TableDefinition &table);
    bool readIndex(const JsonView &entity, const QString &path, TableDefinition &table);
    bool readForeignKey(const JsonView &entity, const QString &path, TableDefinition &table,
                        const SchemaDefinition &schema);
    bool readPrimaryKey(const JsonView &entity, const QString &path, qsizetype tableIndex, TableDefinition &table);
    bool readUnique(const JsonView &entity, const QString &path, qsizetype tableIndex, TableDefinition &table);
    bool readCheck(const JsonView &entity, const QString &path, TableDefinition &table);
    bool checkColumns(const TableDefinition &table, const QStringList &columns, const QString &path,
                      const QString &key);
    std::optional<QString> nullableString(const JsonView &entity, const QString &path, const QString &key);
    void markTableLevel(SchemaDefinition &schema);

    JsonFieldReader &m_reader;
    QHash<QString, qsizetype> m_tables; ///< name -> index in the schema's tables
    std::vector<GroupEntry> m_pks;
    std::vector<GroupEntry> m_uniques;
};

} // namespace tw::migrations
