// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Naming rules shared by validation, the editors and code generation.
namespace tw::model::naming {

/// `created_by_user_id` -> `createdByUserId`; `Users` -> `users`. Non-ASCII letters are kept as they are.
QString camelCaseFromSnake(const QString &name);
/// `createdByUserId` -> `created_by_user_id`; also folds spaces and dashes to underscores.
QString snakeCaseFromAny(const QString &name);

/// SQLite folds identifier case for ASCII letters only: the key under which two names collide.
QString sqlFoldedName(const QString &name);
bool sqlNamesEqual(const QString &a, const QString &b);

/// Lowercase ASCII words joined by single underscores: `product_tags`, `v2_items`.
bool isSnakeCase(const QString &name);
/// A lowercase ASCII start followed by letters and digits: `createdAt`.
bool isCamelCase(const QString &name);

/// Why SQLite cannot take @p name as a table/column/index name even when quoted, or empty when it can.
QString sqliteNameProblem(const QString &name);
/// Whether @p name is an ECMAScript IdentifierName (letters incl. Unicode, digits, '_', '$', no leading digit).
bool isTypeScriptIdentifier(const QString &name);
/// A TypeScript identifier close to @p name: the camelCase form with characters an identifier cannot hold
/// treated as word breaks (`it's "quoted" name` -> `itsQuotedName`), `_` prefixed before a leading digit or a
/// reserved word, `value` for a name with nothing usable. For names imported from SQL, which carry no TS name.
QString typeScriptIdentifierFrom(const QString &name);
/// Reserved words that cannot be used as a TypeScript binding name (`export const <name>`).
bool isTypeScriptReservedWord(const QString &name);
/// SQLite keywords (`order`, `group`, `select`...): legal only when quoted; worth a warning.
bool isSqliteKeyword(const QString &name);

/// `"name"` with each `"` inside doubled: an identifier any SQL statement Tablewright runs or writes can carry, however
/// it is spelled. The one quoting rule of the project (runner, inspector, introspection, SQL writers).
QString doubleQuoted(const QString &name);
/// `` `name` `` with each backtick inside doubled: drizzle-kit's quoting in migration files.
QString backticked(const QString &name);

} // namespace tw::model::naming
