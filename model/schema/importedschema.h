// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::model {

struct Schema;

/// Makes a schema read from SQL-level sources (a drizzle snapshot, later a live database) a good project schema,
/// without changing what SQLite sees:
/// - modes implied by defaults come back (a boolean default on an integer column: mode boolean; a string default on
///   a blob column: mode json, as drizzle writes object defaults as JSON text; the snapshot reader already gives a
///   JSON value default drizzle-kit left unescaped its string and mode json);
/// - every table, view and column gets a usable, unique TypeScript name (assignTypeScriptNames).
void prepareImportedSchema(Schema &schema);

} // namespace tw::model
