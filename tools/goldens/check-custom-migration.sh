#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `tablewright generate --custom` against the real `drizzle-kit generate --custom`, in both folder layouts: drizzle-kit
# 0.31.11 (tools/goldens, classic NNNN_ folder + journal) and 1.0.0-rc.5 (tools/goldens-v1, <time>_<name>/ folders).
# Each tool first writes the same `init` migration; the folder is copied; drizzle-kit then writes a custom migration
# in one copy and tablewright in the other, twice (named, then named again after the first custom one). The SQL
# files and snapshots must be byte-identical but for the new snapshot ids, the journal but for `when`, and the v1
# folder names but for their time. `tablewright verify` must find both folders clean.
# usage: check-custom-migration.sh TABLEWRIGHT
# exit: 0 ok, 1 failure, 77 a tool is not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: check-custom-migration.sh TABLEWRIGHT}
classic_modules="$root/tools/goldens/node_modules"
v1_modules="$root/tools/goldens-v1/node_modules"

if [ ! -f "$classic_modules/drizzle-kit/bin.cjs" ] || [ ! -f "$v1_modules/drizzle-kit/bin.cjs" ] \
    || ! command -v node >/dev/null || ! command -v python3 >/dev/null; then
    echo "SKIPPED: drizzle-kit 0.31.11 or 1.0.0-rc.5 is not installed (run 'npm ci' in tools/goldens and tools/goldens-v1)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# The file with the snapshot ids (`"id"`, `"prevId"`) and the journal's `"when"` values blanked (the chain is checked apart).
masked() { sed -E 's/^(  "id": |  "prevId": )"[^"]*"/\1"ID"/; s/("when": )[0-9]+/\1WHEN/' "$1"; }

# setup DIR MODULES: a drizzle-kit project in DIR with the `init` migration written by that drizzle-kit.
setup() {
    mkdir -p "$1"
    ln -s "$2" "$1/node_modules"
    cp "$root/tests/data/custom-migration/schema.ts" "$1/schema.ts"
    echo "export default { dialect: 'sqlite', schema: './schema.ts', out: './drizzle' };" >"$1/drizzle.config.ts"
    (cd "$1" && node node_modules/drizzle-kit/bin.cjs generate --name init </dev/null >/dev/null) \
        || fail "drizzle-kit generate in $1"
}

# tablewright_project DIR: a project beside DIR's drizzle/ (its schema does not matter to --custom).
tablewright_project() {
    local first
    first=$(find "$1/drizzle" -name '*snapshot.json' | sort | head -1)
    "$tw" import "$first" -o "$1/app.twproj" >/dev/null 2>&1 || fail "tablewright import $first"
}

# compare KIT_DIR TW_DIR FILE...: each relative FILE byte-identical in both, snapshot ids and journal whens masked.
compare() {
    local kit=$1 ours=$2
    shift 2
    for f in "$@"; do
        cmp -s <(masked "$kit/$f") <(masked "$ours/$f") || {
            diff <(masked "$kit/$f") <(masked "$ours/$f") >&2 || true
            fail "$f differs from drizzle-kit's"
        }
    done
}

run_custom() { # DIR NAME: drizzle-kit's custom migration
    (cd "$1" && node node_modules/drizzle-kit/bin.cjs generate --custom --name "$2" </dev/null >/dev/null) \
        || fail "drizzle-kit generate --custom in $1"
}
tw_custom() { # DIR NAME: tablewright's
    (cd "$1" && "$tw" generate app.twproj --custom --name "$2" >/dev/null) || fail "tablewright generate --custom in $1"
}

# drizzle-kit 0.31.11: classic layout.
setup "$work/classic-kit" "$classic_modules"
cp -R "$work/classic-kit" "$work/classic-tw"
tablewright_project "$work/classic-tw"
for name in fill_data backfill; do
    run_custom "$work/classic-kit" "$name"
    tw_custom "$work/classic-tw" "$name"
done
compare "$work/classic-kit/drizzle" "$work/classic-tw/drizzle" 0001_fill_data.sql 0002_backfill.sql \
    meta/0001_snapshot.json meta/0002_snapshot.json meta/_journal.json
# The custom snapshot's prevId is the previous snapshot's id, so both chains agree but for the new ids.
python3 - "$work/classic-tw/drizzle/meta" <<'PY' || fail "tablewright's custom snapshots do not chain"
import json, sys
s = [json.load(open(f"{sys.argv[1]}/000{i}_snapshot.json")) for i in range(3)]
assert s[1]["prevId"] == s[0]["id"] and s[2]["prevId"] == s[1]["id"], s
PY
echo "ok: classic custom migrations are drizzle-kit 0.31.11's"

# drizzle-kit 1.0.0-rc.5: v1 layout (folder names differ only in their time).
setup "$work/v1-kit" "$v1_modules"
sleep 1 # rc.5 would name `init` and the first custom migration by the same second, and sort the custom one first
cp -R "$work/v1-kit" "$work/v1-tw"
tablewright_project "$work/v1-tw"
for name in fill_data backfill; do
    run_custom "$work/v1-kit" "$name"
    sleep 1 # rc.5 names folders by the second; a second custom one in the same second would collide
    tw_custom "$work/v1-tw" "$name"
done
for name in fill_data backfill; do
    kit_folder=$(cd "$work/v1-kit/drizzle" && ls -d ./*_"$name" | head -1)
    tw_folder=$(cd "$work/v1-tw/drizzle" && ls -d ./*_"$name" | head -1)
    [ -n "$tw_folder" ] || fail "tablewright wrote no <time>_$name folder"
    cmp -s "$work/v1-kit/drizzle/$kit_folder/migration.sql" "$work/v1-tw/drizzle/$tw_folder/migration.sql" \
        || fail "$tw_folder/migration.sql differs from drizzle-kit's"
    # prevIds name the previous snapshot, whose id differs between the two folders after the first custom one.
    cmp -s <(masked "$work/v1-kit/drizzle/$kit_folder/snapshot.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); d["prevIds"]=len(d["prevIds"]); print(json.dumps(d))') \
        <(masked "$work/v1-tw/drizzle/$tw_folder/snapshot.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); d["prevIds"]=len(d["prevIds"]); print(json.dumps(d))') \
        || fail "$tw_folder/snapshot.json differs from drizzle-kit's"
done
first_kit=$(cd "$work/v1-kit/drizzle" && ls -d ./*_fill_data)
first_tw=$(cd "$work/v1-tw/drizzle" && ls -d ./*_fill_data)
cmp -s <(masked "$work/v1-kit/drizzle/$first_kit/snapshot.json") <(masked "$work/v1-tw/drizzle/$first_tw/snapshot.json") \
    || fail "$first_tw/snapshot.json differs from drizzle-kit's byte for byte"
echo "ok: v1 custom migrations are drizzle-kit 1.0.0-rc.5's"

for d in classic-kit classic-tw v1-kit v1-tw; do
    "$tw" verify "$work/$d/drizzle" >"$work/verify.out" 2>&1 || { cat "$work/verify.out" >&2; fail "verify $d"; }
done
echo "ok: tablewright verify finds all four folders clean"
