// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QHash>
#include <QString>

namespace tw::model {

/// Checks that every id a schema refers to exists: constraint and index columns in their own table, a foreign
/// key's target table and the target columns in it. Errors name the JSON path of the dangling reference.
class SchemaReferenceChecker
{
public:
    /// Empty when every reference resolves, else one message such as
    /// `schema.tables[2].foreignKeys[0].targetTable: no table has id "t.nope"`.
    static QString check(const Schema &schema);

private:
    static QString checkTable(const QHash<Id, const Table *> &tables, const Table &table, qsizetype tableIndex);
};

} // namespace tw::model
