// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/finding.h"

namespace tw::model {

/// Checks a schema for errors and warnings. Pure: no I/O, deterministic order (schema order: tables, then within a
/// table its names, columns, primary key, unique constraints, indexes, foreign keys, check constraints and
/// table-shape lints; then views).
///
/// The line between them: **an error is what SQLite or drizzle-kit would refuse**, i.e. what would write invalid
/// SQL or a migration SQLite rejects, TypeScript that does not compile, or a project that is ambiguous (the model
/// says something the SQL or the schema.ts cannot say, or drizzle-kit would merge two objects into one), plus
/// references the model itself cannot resolve. Everything SQLite accepts and drizzle-kit 0.31.11 generates is at
/// most a warning, however odd, and the warning says what it means at run time: real projects and live databases
/// have such things, and refusing them would lock their owners out.
///
/// Names are compared as SQLite compares them: ASCII case folded (naming::sqlNamesEqual). Tables and views share
/// one namespace; index names are schema-wide and also collide with table and view names. The automatic index
/// names drizzle gives count: a column's `.unique()` is `<table>_<column>_unique`, an unnamed unique constraint
/// `<table>_<columns joined by _>_unique`; an unnamed foreign key is `<table>_<cols>_<target>_<cols>_fk`.
/// TypeScript names of tables and views (exported consts) must be identifiers and not reserved words; those of
/// columns (properties) must be identifiers; both must be unique in their scope (case-sensitive).
///
/// Defaults, by kind (a default that does not fit is the warning default-type-mismatch: export writes it as
/// `.default(sql`...`)`, which compiles, and SQLite stores it converted by the column's affinity):
/// - number: must be a JSON-style literal (ColumnDefault::isValidNumber). Fits integer (whole numbers only),
///   real and numeric columns, a json-mode column of any type and a bigint-mode column (whole numbers only).
///   Not text, not blob, and not a boolean-mode column (which takes true/false).
/// - string: fits text columns only, and must be one of the column's enum values when it has any (an error:
///   drizzle types the default as the enum's union). Numeric columns also take a string that spells a number.
/// - boolean: fits only integer columns with mode boolean.
/// - expression: fits any column, but must be wrapped in parentheses unless SQLite takes it bare: a literal
///   (number, 'string', X'blob', NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME), optionally
///   signed, or a name (`abc`, "abc"), which SQLite stores as text (the warning name-as-default says so).
/// A generated column takes no default and cannot be part of the primary key.
///
/// Error rules, and what refuses them:
/// - SQLite refuses the DDL: invalid-sql-name (NUL, the sqlite_ prefix), duplicate-table-name,
///   duplicate-column-name, duplicate-index-name, table-without-columns, multiple-primary-keys,
///   fk-column-count-mismatch, invalid-autoincrement (AUTOINCREMENT off a single INTEGER PRIMARY KEY; on a
///   one-column table-level key drizzle cannot declare it: ambiguous), invalid-number-default,
///   unparenthesised-default-expression, default-on-generated-column, generated-primary-key.
/// - The SQL would be incomplete or name nothing: empty-name, empty-primary-key, empty-unique-constraint,
///   empty-index, empty-index-part, empty-foreign-key, unknown-column, unknown-table, empty-default-expression,
///   empty-generated-expression, empty-check-expression, empty-view-definition.
/// - TypeScript would not compile: invalid-ts-name, duplicate-ts-name, mode-not-allowed, default-not-in-enum.
/// - drizzle-kit would merge two objects its snapshot keys by name: duplicate-foreign-key-name,
///   duplicate-check-name.
///
/// Warning rules: fk-type-mismatch (SQLite compares with affinity: '1' and 1 may not match), fk-target-not-unique
/// (writes fail with "foreign key mismatch" while keys are enforced), fk-set-null-on-not-null,
/// fk-set-default-without-default, duplicate-constraint-column, default-type-mismatch, invalid-length,
/// enum-on-non-text, duplicate-enum-value, name-as-default, awkward-sql-name (white space at the ends, control
/// characters);
/// and the lints drawn from the table-addition guide: not-snake-case (table and column names), not-camel-case
/// (explicit TypeScript names), sql-keyword-name (table and column names), money-as-real,
/// frozen-timestamp-default, fk-without-index, junction-without-composite-key, table-without-primary-key.
class SchemaValidator
{
public:
    static Findings validate(const Schema &schema);
};

} // namespace tw::model
