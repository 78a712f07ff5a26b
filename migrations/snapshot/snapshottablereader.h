// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonview.h"
#include "model/schema/schema.h"

#include <QHash>
#include <QString>

#include <optional>

namespace tw::migrations {

class JsonFieldReader;

/// Reads the `tables` of a snapshot, in two passes: the columns of every table first, then the constraints, which
/// may name columns of any table. Problems are recorded in the JsonFieldReader.
class SnapshotTableReader
{
public:
    /// @p internalIndexes is the snapshot's `internal.indexes` (which index parts are expressions), or null.
    SnapshotTableReader(JsonFieldReader &reader, std::optional<JsonView> internalIndexes);

    /// The table stored under @p key with its columns only.
    std::optional<model::Table> readColumns(const JsonView &json, const QString &key);
    /// The snapshot's tables by name, which foreign keys point at.
    using TablesByName = QHash<QString, const model::Table *>;
    /// Adds the indexes, keys and checks of @p json to @p table (already among @p tables).
    bool readConstraints(const JsonView &json, model::Table &table, const TablesByName &tables);

    /// An entry of `indexes`, before it is decided what it stands for.
    struct IndexEntry
    {
        QString name;
        QStringList parts;
        bool unique = false;
        QString where;
        bool plainColumns = false; ///< every part names a column of the table
    };

private:
    std::optional<IndexEntry> readIndexEntry(const JsonView &index, const QString &path, const QString &key,
                                             const model::Table &table);
    /// Column `.unique()`s, indexes and unique constraints: see SnapshotReader for the rules.
    void classifyIndexes(const QList<IndexEntry> &entries, model::Table &table);
    bool readIndexes(const JsonView &json, const QString &path, model::Table &table);
    bool readForeignKeys(const JsonView &json, const QString &path, model::Table &table, const TablesByName &tables);
    std::optional<model::ForeignKey> readForeignKey(const JsonView &json, const QString &path, const QString &name,
                                                    const model::Table &table, const TablesByName &tables);
    bool readPrimaryKeys(const JsonView &json, const QString &path, model::Table &table);
    bool readUniqueConstraints(const JsonView &json, const QString &path, model::Table &table);
    bool readChecks(const JsonView &json, const QString &path, model::Table &table);
    std::optional<QList<model::Id>> columnIds(const model::Table &table, const QStringList &names, const QString &path);
    bool isExpressionPart(const QString &index, const QString &part) const;

    JsonFieldReader &m_reader;
    std::optional<JsonView> m_internalIndexes;
};

} // namespace tw::migrations
