#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real drizzle-kit and TypeScript on projects imported from every common DDL style (tests/data/introspect/styles):
# each database is created by the sqlite3 shell and imported; `check` finds no error (warnings allowed: a text key
# referencing an integer key, a default that does not fit its column); `generate` writes the first migration and
# `export` the schema.ts; drizzle-kit generate on that schema.ts then reports no changes and tsc accepts it. This is
# the oracle for "validation warns, never refuses, what SQLite and drizzle-kit accept".
# usage: ddlstyles-interop.sh TABLEWRIGHT
# exit: 0 ok, 1 failure, 77 sqlite3 or the interop tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
tw=${1:?usage: ddlstyles-interop.sh TABLEWRIGHT}
tw=$(cd "$(dirname "$tw")" && pwd)/$(basename "$tw") # the loop below works inside each style's folder
modules="$root/tools/interop/node_modules"
if ! command -v sqlite3 >/dev/null || [ ! -x "$modules/.bin/drizzle-kit" ] || [ ! -x "$modules/.bin/tsc" ]; then
    echo "SKIPPED: sqlite3 or the interop tools are not installed (apt install sqlite3; npm ci in tools/interop)" >&2
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for style_sql in "$root"/tests/data/introspect/styles/*.sql; do
    style=$(basename "$style_sql" .sql)
    dir="$work/$style"
    mkdir -p "$dir"
    cd "$dir"
    ln -s "$modules" node_modules
    echo "export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };" > drizzle.config.ts
    cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "skipLibCheck": true }, "include": ["src/**/*.ts"] }
JSON
    sqlite3 -bail live.sqlite < "$style_sql" || fail "$style: sqlite3"
    "$tw" import live.sqlite -o app.twproj >/dev/null 2>&1 || fail "$style: import"
    "$tw" check app.twproj >check.out 2>&1 || fail "$style: check finds errors: $(cat check.out)"
    "$tw" generate app.twproj --name init >/dev/null 2>generate.err || fail "$style: generate: $(cat generate.err)"
    "$tw" export app.twproj --only schema >/dev/null || fail "$style: export"
    ./node_modules/.bin/drizzle-kit generate >dk.out 2>&1 || true
    grep -q "No schema changes" dk.out \
        || fail "$style: drizzle-kit sees changes after tablewright generate:"$'\n'"$(cat dk.out)"$'\n'"$(cat src/db/schema.ts)"
    ./node_modules/.bin/tsc -p tsconfig.json >tsc.out 2>&1 || fail "$style: tsc rejects schema.ts: $(cat tsc.out)"
    echo "ok: $style"
done
echo "ddl styles interop: all styles passed"
