// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"
#include "model/validation/finding.h"

namespace tw::model {

/// Checks a schema for errors (things SQLite, drizzle or TypeScript would reject, or that break the model's own
/// references) and warnings (lints drawn from the table-addition guide). Pure: no I/O, deterministic order
/// (schema order: tables, then within a table its names, columns, primary key, unique constraints, indexes,
/// foreign keys, check constraints and table-shape lints; then views).
///
/// Names are compared as SQLite compares them: ASCII case folded (naming::sqlNamesEqual). Tables and views share
/// one namespace; index names are schema-wide and also collide with table and view names. The automatic index
/// names drizzle gives count: a column's `.unique()` is `<table>_<column>_unique`, an unnamed unique constraint
/// `<table>_<columns joined by _>_unique`; an unnamed foreign key is `<table>_<cols>_<target>_<cols>_fk`.
/// TypeScript names of tables and views (exported consts) must be identifiers and not reserved words; those of
/// columns (properties) must be identifiers; both must be unique in their scope (case-sensitive).
///
/// Defaults, by kind:
/// - number: must be a JSON-style literal (ColumnDefault::isValidNumber). Fits integer (whole numbers only),
///   real and numeric columns, a json-mode column of any type and a bigint-mode column (whole numbers only).
///   Not text, not blob, and not a boolean-mode column (which takes true/false).
/// - string: fits text columns only, and must be one of the column's enum values when it has any. A string on a
///   numeric column is an error even when it spells a number.
/// - boolean: fits only integer columns with mode boolean.
/// - expression: fits any column, but must be wrapped in parentheses unless it is a literal SQLite accepts bare
///   (number, 'string', X'blob', NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME).
/// A generated column takes no default and cannot be part of the primary key.
///
/// Error rules: empty-name, invalid-sql-name, invalid-ts-name, duplicate-table-name, duplicate-ts-name,
/// duplicate-column-name, duplicate-index-name, duplicate-foreign-key-name, duplicate-check-name,
/// table-without-columns, multiple-primary-keys, empty-primary-key, empty-unique-constraint, empty-index,
/// empty-index-part, empty-foreign-key, unknown-column, unknown-table, duplicate-constraint-column,
/// fk-column-count-mismatch, fk-target-not-unique, fk-type-mismatch, fk-set-null-on-not-null,
/// fk-set-default-without-default, invalid-autoincrement, mode-not-allowed, invalid-length, enum-on-non-text,
/// duplicate-enum-value, invalid-number-default, default-type-mismatch, default-not-in-enum,
/// empty-default-expression, unparenthesised-default-expression, default-on-generated-column,
/// generated-primary-key, empty-generated-expression, empty-check-expression, empty-view-definition.
///
/// Warning rules: not-snake-case (table and column names), not-camel-case (explicit TypeScript names),
/// sql-keyword-name (table and column names), money-as-real, frozen-timestamp-default, fk-without-index,
/// junction-without-composite-key, table-without-primary-key.
class SchemaValidator
{
public:
    static Findings validate(const Schema &schema);
};

} // namespace tw::model
