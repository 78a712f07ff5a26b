// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/jsoncursor.h"
#include "model/schema/schema.h"

#include <QHash>
#include <QString>

namespace tw::model {

/// Reads the `schema` section of a project file: tables with their columns and constraints, and views. Checks
/// keys, types, enum values and id syntax, and that no id is defined twice (tables, columns, keys, indexes,
/// constraints and views share one id space). References between ids are SchemaReferenceChecker's job.
class SchemaJsonReader
{
public:
    bool read(const JsonCursor &cursor, Schema *schema);

private:
    template<typename T>
    using ElementReader = bool (SchemaJsonReader::*)(const JsonCursor &, T *);
    template<typename T>
    bool readList(const JsonCursor &cursor, QList<T> *out, ElementReader<T> readOne, bool optional);

    bool readTable(const JsonCursor &c, Table *table);
    bool readColumn(const JsonCursor &c, Column *column);
    bool readPrimaryKey(const JsonCursor &c, std::optional<PrimaryKey> *key);
    bool readIndex(const JsonCursor &c, Index *index);
    bool readIndexPart(const JsonCursor &c, IndexPart *part);
    bool readForeignKey(const JsonCursor &c, ForeignKey *key);
    bool readUnique(const JsonCursor &c, UniqueConstraint *unique);
    bool readCheck(const JsonCursor &c, CheckConstraint *check);
    bool readView(const JsonCursor &c, View *view);
    /// Reads the id under `id` of @p c and claims it; fails when it was claimed before.
    bool readNewId(const JsonCursor &c, Id *id);
    bool claim(const JsonCursor &idCursor, const Id &id);

    QHash<Id, JsonCursor> m_definedAt; ///< id -> its `id` key in the object that defines it
};

} // namespace tw::model
