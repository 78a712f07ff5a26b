#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop: column defaults of every kind, with drizzle-kit 0.31 as the oracle. drizzle-kit generates a folder from
# a schema.ts (strings and JSON values with quotes in them, numbers, booleans, sql`...`, timestamps); then
#   - `tablewright diff` from nothing to its snapshot prints SQL that the sqlite3 shell runs (drizzle-kit's own
#     SQL does not: it leaves the quote of a JSON value undoubled, its bug 5);
#   - `tablewright import` of the folder, then `tablewright generate`, writes nothing;
#   - the exported schema.ts gives drizzle-kit no changes either, and TypeScript accepts it.
# usage: snapshot-defaults.sh TABLEWRIGHT
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: snapshot-defaults.sh TABLEWRIGHT}
modules="$here/node_modules"
if [ ! -x "$modules/.bin/drizzle-kit" ] || [ ! -x "$modules/.bin/tsc" ] || ! command -v sqlite3 >/dev/null; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop) or sqlite3 is missing" >&2
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
mkdir -p src/db empty
cat > drizzle.config.ts <<'TS'
export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "skipLibCheck": true }, "include": ["src/**/*.ts"] }
JSON
cat > src/db/schema.ts <<'TS'
import { sql } from 'drizzle-orm';
import { blob, int, numeric, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const kinds = sqliteTable('kinds', {
  id: int().primaryKey({ autoIncrement: true }),
  quoted: text().notNull().default("it's a 'quote'"),
  sqlQuoted: text('sql_quoted').default(sql`'it''s'`),
  jsonQuote: text('json_quote', { mode: 'json' }).default({ note: "it's", list: ["a'b", 1, -0.25, true, null] }),
  jsonArrayQuote: text('json_array_quote', { mode: 'json' }).default(["don't", { at: "o'clock" }]),
  blobJsonQuote: blob('blob_json_quote', { mode: 'json' }).default({ k: "it's" }),
  jsonPlain: text('json_plain', { mode: 'json' }).default({ theme: 'dark', size: 12 }),
  jsonString: text('json_string', { mode: 'json' }).default("it's"),
  count: int().default(7),
  ratio: real().default(-0.25),
  big: real().default(1e21),
  flag: int({ mode: 'boolean' }).notNull().default(true),
  numericText: numeric('numeric_text').default('12.50'),
  createdAt: int('created_at', { mode: 'timestamp' }).default(sql`(unixepoch())`),
  fixedAt: int('fixed_at', { mode: 'timestamp' }).default(new Date('2024-01-02T03:04:05Z')),
  fixedMs: int('fixed_ms', { mode: 'timestamp_ms' }).default(new Date('2024-01-02T03:04:05.678Z')),
  currentTs: text('current_ts').default(sql`CURRENT_TIMESTAMP`),
});
TS

./node_modules/.bin/drizzle-kit generate >dk0.out 2>&1 || { cat dk0.out >&2; fail "drizzle-kit generate"; }
snapshot=$(ls drizzle/meta/0000_snapshot.json)

"$tw" diff empty "$snapshot" >diff.sql || fail "tablewright diff from nothing to drizzle-kit's snapshot"
sqlite3 diff.sqlite <diff.sql || { cat diff.sql >&2; fail "the SQL of tablewright diff does not run in sqlite3"; }

"$tw" import drizzle -o app.twproj >/dev/null || fail "tablewright import"
out=$("$tw" generate app.twproj 2>&1) || { echo "$out" >&2; fail "tablewright generate"; }
[ "$out" = "No schema changes" ] || { echo "$out" >&2; cat drizzle/0001_*.sql >&2 || true; fail "generate after import is not empty"; }

rm src/db/schema.ts
"$tw" export app.twproj --only schema >/dev/null || fail "tablewright export"
./node_modules/.bin/drizzle-kit generate >dk1.out 2>&1 || true
grep -q "No schema changes" dk1.out || { cat dk1.out src/db/schema.ts >&2; fail "drizzle-kit sees changes in the exported schema.ts"; }
./node_modules/.bin/tsc -p tsconfig.json || { cat src/db/schema.ts >&2; fail "tsc rejects the exported schema.ts"; }
echo "snapshot-defaults: ok"
