#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop with the real tools, on a copy of a project (the contracts in docs/architecture.md):
#   1. `tablewright generate` writes the first migration; `tablewright export` writes schema.ts;
#   2. drizzle-kit generate on that schema.ts reports no changes, drizzle-kit check is fine, tsc accepts it;
#   3. wrangler d1 migrations apply --local accepts the folder, and `tablewright apply` then finds nothing pending;
#   4. a series of edits (rename table, rename column, add column, add table with FK, drop column, add index),
#      each followed by generate + export + the same checks + wrangler apply.
# usage: drizzle-roundtrip.sh TABLEWRIGHT PROJECT
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: drizzle-roundtrip.sh TABLEWRIGHT PROJECT}
project_src=${2:?usage: drizzle-roundtrip.sh TABLEWRIGHT PROJECT}
modules="$here/node_modules"

if [ ! -x "$modules/.bin/drizzle-kit" ] || [ ! -x "$modules/.bin/wrangler" ] || [ ! -x "$modules/.bin/tsc" ]; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
cp "$project_src" app.twproj
cat > drizzle.config.ts <<'TS'
export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };
TS
cat > wrangler.toml <<'TOML'
name = "interop"
main = "src/index.ts"
compatibility_date = "2025-01-01"

[[d1_databases]]
binding = "DB"
database_name = "interop"
database_id = "00000000-0000-0000-0000-000000000000"
migrations_dir = "drizzle"
TOML
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "skipLibCheck": true, "noUnusedLocals": true }, "include": ["src/**/*.ts"] }
JSON

fail() { echo "FAIL: $*" >&2; exit 1; }

check_round() {
    local label=$1
    "$tw" generate app.twproj --name "$label" >generate.out 2>generate.err || { cat generate.err >&2; fail "$label: tablewright generate"; }
    "$tw" export app.twproj --only schema >/dev/null || fail "$label: tablewright export"
    ./node_modules/.bin/drizzle-kit generate >dk.out 2>&1 || true
    grep -q "No schema changes" dk.out || { cat dk.out >&2; cat src/db/schema.ts >&2; fail "$label: drizzle-kit sees changes after tablewright generate"; }
    ./node_modules/.bin/drizzle-kit check --dialect sqlite --out drizzle >check.out 2>&1 || true
    grep -q "Everything's fine" check.out || { cat check.out >&2; fail "$label: drizzle-kit check"; }
    ./node_modules/.bin/tsc -p tsconfig.json || fail "$label: tsc rejects the exported schema.ts"
    CI=1 ./node_modules/.bin/wrangler d1 migrations apply DB --local >wr.out 2>&1 || { cat wr.out >&2; fail "$label: wrangler apply"; }
    "$tw" apply app.twproj --dry-run >apply.out 2>&1 || { cat apply.out >&2; fail "$label: tablewright apply --dry-run"; }
    grep -q "No pending migrations" apply.out || { cat apply.out >&2; fail "$label: tablewright sees pending migrations wrangler applied"; }
    echo "ok: $label ($(head -c 200 "$(cat generate.out)" | head -1))"
}

edit() { python3 "$here/edit-project.py" app.twproj "$@"; }

check_round init
edit rename-table tags labels;               check_round rename_table
edit rename-column users name display_name;  check_round rename_column
edit add-column products sku text;           check_round add_column
edit add-table reviews products;             check_round add_table
edit drop-column products description;       check_round drop_column
edit add-index reviews rating;               check_round add_index
echo "drizzle-roundtrip: all rounds passed"
