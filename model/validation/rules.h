// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/findingcollector.h"
#include "model/validation/indexnamespace.h"
#include "model/validation/locations.h"
#include "model/validation/relationnames.h"

// The rule sets SchemaValidator runs, one file each. Each function reports into a FindingCollector and looks
// only at the object it is given (plus what it refers to), so the validator controls the order of findings.
// Severity: an error only for what SQLite or drizzle-kit would refuse; whatever both accept is at most a warning
// (the rule and the list of rules are in schemavalidator.h).
namespace tw::model::validation {

// namerules.cpp: names SQLite or TypeScript cannot take, names that collide; views.
void checkTableNames(FindingCollector &out, const Schema &schema, const RelationNames &names, qsizetype tableRow);
void checkColumnNames(FindingCollector &out, const Table &table, qsizetype columnRow);
void checkView(FindingCollector &out, const Schema &schema, const RelationNames &names, qsizetype viewRow);
/// Reports `empty-name` or `invalid-sql-name` for @p name; returns whether the name is usable.
bool checkSqlName(FindingCollector &out, const FindingLocation &where, const QString &what, const QString &name);

// columnrules.cpp: type, mode, length, enum values, autoincrement, generated columns.
void checkColumnDefinition(FindingCollector &out, const Table &table, const Column &column);

// defaultrules.cpp: whether a column's DEFAULT fits its type and is valid SQLite.
void checkColumnDefault(FindingCollector &out, const Table &table, const Column &column);

// keyrules.cpp: primary key, unique keys, indexes, check constraints and their names.
void checkColumnUniqueIndex(FindingCollector &out, const Table &table, const Column &column, IndexNamespace &names);
void checkPrimaryKey(FindingCollector &out, const Table &table);
void checkUniqueConstraints(FindingCollector &out, const Table &table, IndexNamespace &names);
void checkIndexes(FindingCollector &out, const Table &table, IndexNamespace &names);
void checkCheckConstraints(FindingCollector &out, const Table &table);
/// Reports `unknown-column` and `duplicate-constraint-column` for a list of column ids of @p table.
void checkColumnReferences(FindingCollector &out, const FindingLocation &where, const Table &table,
                           const QList<Id> &columnIds);

// foreignkeyrules.cpp: references, targets, types and actions of foreign keys.
void checkForeignKeys(FindingCollector &out, const TablesById &tables, const Table &table);

// lintrules.cpp: warnings drawn from the table-addition guide.
void lintTableNames(FindingCollector &out, const Table &table);
void lintColumn(FindingCollector &out, const Table &table, const Column &column);
void lintForeignKey(FindingCollector &out, const TablesById &tables, const Table &table, const ForeignKey &key);
void lintTableShape(FindingCollector &out, const TablesById &tables, const Table &table);

} // namespace tw::model::validation
