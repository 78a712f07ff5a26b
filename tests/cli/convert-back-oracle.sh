#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `tablewright convert --to classic` against drizzle-kit 0.31.11 (tools/interop): a copy of the example project gets
# a classic migration, goes to drizzle-kit 1.0's layout, gets three more migrations there from `tablewright generate`
# (a column added, a column renamed, a table added), and goes back to the classic layout. Then:
#   - `tablewright generate` says "No schema changes";
#   - drizzle-kit 0.31's `generate` on the exported schema.ts sees no changes and its `check` is fine: the version 6
#     snapshots written from the version 7 ones are what 0.31 would have written;
#   - a second round trip (v1, classic) gives every file back byte for byte, journal included;
#   - the classic fixture folders 0.31 made (tests/data/folders) come back byte for byte but for the journal's
#     milliseconds, which a v1 folder name cannot hold;
#   - the tracking rows: one database migrated in turn by drizzle-orm 0.45's migrator (classic) and drizzle-orm
#     1.0.0-rc.5's (v1, tools/interop-v1), converted with `--db` each time, never runs a migration twice and runs each
#     new one.
# usage: convert-back-oracle.sh TABLEWRIGHT PROJECT FIXTURE_FOLDERS
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: convert-back-oracle.sh TABLEWRIGHT PROJECT FIXTURE_FOLDERS}
project_src=${2:?usage: convert-back-oracle.sh TABLEWRIGHT PROJECT FIXTURE_FOLDERS}
fixtures=${3:?usage: convert-back-oracle.sh TABLEWRIGHT PROJECT FIXTURE_FOLDERS}
modules="$root/tools/interop/node_modules"
if [ ! -x "$modules/.bin/drizzle-kit" ] || [ ! -d "$root/tools/interop-v1/node_modules/drizzle-orm" ] \
    || ! command -v node >/dev/null || ! command -v python3 >/dev/null || ! command -v sqlite3 >/dev/null; then
    echo "SKIPPED: drizzle-kit 0.31 or drizzle-orm 1.0 is not installed (run 'npm ci' in tools/interop and tools/interop-v1; install sqlite3)" >&2
    exit 77
fi

work=$(mktemp -d)
trap '[ -n "${TW_KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
cp "$project_src" app.twproj
cat > drizzle.config.ts <<'TS'
export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };
TS
fail() { echo "FAIL: $*" >&2; exit 1; }
edit() { python3 "$root/tools/interop/edit-project.py" app.twproj "$@"; }
convert() {
    "$tw" convert app.twproj --to "$1" >convert.out 2>&1 || { cat convert.out >&2; fail "convert --to $1"; }
}
generate() {
    "$tw" generate app.twproj --name "$1" >generate.out 2>&1 || { cat generate.out >&2; fail "generate $1"; }
}

generate init
convert v1
edit add-column products sku text
generate add_column
edit rename-column users name display_name
generate rename_column
edit add-table reviews products
generate add_table
[ "$(find drizzle -name migration.sql | wc -l)" = 4 ] || fail "expected four v1 migrations"
convert classic
cat convert.out
[ -f drizzle/meta/_journal.json ] && [ -f drizzle/0003_add_table.sql ] || fail "the folder is not classic"
out=$("$tw" generate app.twproj 2>&1) || { echo "$out" >&2; fail "generate after convert"; }
[ "$out" = "No schema changes" ] || { echo "$out" >&2; fail "tablewright generate after convert is not empty"; }
"$tw" export app.twproj --only schema >/dev/null || fail "export"
./node_modules/.bin/drizzle-kit generate >dk.out 2>&1 || true
grep -q "No schema changes" dk.out || { cat dk.out >&2; fail "drizzle-kit 0.31 sees changes after convert --to classic"; }
./node_modules/.bin/drizzle-kit check --dialect sqlite --out drizzle >check.out 2>&1 || true
grep -q "Everything's fine" check.out || { cat check.out >&2; fail "drizzle-kit 0.31 check after convert --to classic"; }
echo "ok: drizzle-kit 0.31 sees no changes and its check is fine"

cp -r drizzle before
convert v1
convert classic
diff -r before drizzle || fail "a second round trip changed the folder"
echo "ok: a second round trip gives every file back"

for fixture in two-migrations classic-uniques; do
    rm -rf "f-$fixture" && mkdir "f-$fixture" && cp -r "$fixtures/$fixture" "f-$fixture/drizzle"
    (cd "f-$fixture" && "$tw" import drizzle -o p.twproj >/dev/null && "$tw" convert p.twproj --to v1 >/dev/null &&
        "$tw" convert p.twproj --to classic >/dev/null) || fail "$fixture: import or convert"
    diff -r -x _journal.json "$fixtures/$fixture" "f-$fixture/drizzle" || fail "$fixture: the round trip changed a file"
    python3 - "$fixtures/$fixture/meta/_journal.json" "f-$fixture/drizzle/meta/_journal.json" <<'PY' || fail "$fixture: journal"
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:])
for e in before["entries"]:
    e["when"] = e["when"] // 1000 * 1000
assert before == after, (before, after)
PY
    echo "ok: $fixture comes back"
done
# The tracking rows across both migrators.
rm -rf track && mkdir track && cd track
cp "$project_src" app.twproj
migrate031() { node "$root/tools/interop/d1-drizzle-migrate.mjs" db.sqlite drizzle >m.out 2>&1 || { cat m.out >&2; fail "$1: drizzle-orm 0.45's migrator"; }; }
migrate1() { node "$root/tools/interop-v1/migrate-v1.mjs" db.sqlite drizzle >m.out 2>&1 || { cat m.out >&2; fail "$1: drizzle-orm 1.0's migrator"; }; }
rows() { sqlite3 db.sqlite 'SELECT count(*) FROM "__drizzle_migrations"'; }
convert_db() { "$tw" convert app.twproj --to "$1" --db db.sqlite >convert.out 2>&1 || { cat convert.out >&2; fail "convert --to $1 --db"; }; }
generate init
migrate031 init
convert_db v1
edit add-column products sku text
generate add_sku
migrate1 "v1 after the classic rows"
[ "$(rows)" = 2 ] || fail "drizzle-orm 1.0 did not run exactly the new migration"
convert_db classic
migrate031 "classic after the v1 rows"
[ "$(rows)" = 2 ] || fail "drizzle-orm 0.45 ran a migration again after convert --to classic"
edit add-index products sku
generate sku_index
migrate031 "a new classic migration"
[ "$(rows)" = 3 ] || fail "drizzle-orm 0.45 did not run exactly the new migration"
convert_db v1
migrate1 "v1 again"
[ "$(rows)" = 3 ] || fail "drizzle-orm 1.0 ran a migration again after the second convert --to v1"
cd ..
echo "ok: neither migrator runs a migration twice across the conversions"
echo "convert-back-oracle: all passed"
