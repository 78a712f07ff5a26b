#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop: a team's existing drizzle project (tests/data/adopt/team: drizzle.config.ts, a schema folder with a
# re-exporting index.ts, relations, $defaultFn, $type, spread timestamps, JSDoc, a view, check(), index().where(),
# a pgTable file) opened by Tablewright without losing a line:
#   1. the real drizzle-kit makes its migrations folder; `tablewright import drizzle.config.ts` opens it;
#   2. `tablewright generate` right after says "No schema changes"; `tablewright export` leaves every schema file
#      byte-identical;
#   3. one column added in the project: export adds exactly one line, in that table's file, and drizzle-kit's
#      migration for the edited source is byte-identical to the one `tablewright generate` writes.
# usage: adopt-roundtrip.sh TABLEWRIGHT
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: adopt-roundtrip.sh TABLEWRIGHT}
modules="$here/node_modules"
if [ ! -x "$modules/.bin/drizzle-kit" ]; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
team="$work/team"
cp -r "$root/tests/data/adopt/team" "$team"
ln -s "$modules" "$team/node_modules"
schema_dir=src/db/schema
cd "$team"

./node_modules/.bin/drizzle-kit generate >dk0.out 2>&1 || { cat dk0.out >&2; fail "drizzle-kit generate on the fixture"; }
cp -r "$schema_dir" "$work/pristine"

"$tw" import drizzle.config.ts -o p.twproj >import.out 2>import.err || { cat import.out import.err >&2; fail "import"; }
cat import.err >&2
out=$("$tw" generate p.twproj 2>&1) || { echo "$out" >&2; fail "generate after import"; }
[ "$out" = "No schema changes" ] || { echo "$out" >&2; fail "generate after import is not empty"; }
[ "$(ls drizzle/*.sql | wc -l)" = 1 ] || fail "generate after import wrote a migration"
echo "ok: import, generate says No schema changes"

"$tw" export p.twproj >export.out 2>&1 || { cat export.out >&2; fail "export of the untouched project"; }
diff -r "$work/pristine" "$schema_dir" >&2 || fail "export of the untouched project changed a schema file"
out=$("$tw" check p.twproj 2>&1) || { echo "$out" >&2; fail "check after export"; }
if grep -q "changed since" <<<"$out"; then echo "$out" >&2; fail "export left the project out of sync with its files"; fi
echo "ok: export leaves every schema file byte-identical"

python3 "$here/edit-project.py" p.twproj add-column posts subtitle text
"$tw" export p.twproj >export.out 2>&1 || { cat export.out >&2; fail "export after adding a column"; }
[ "$(ls "$work/pristine")" = "$(ls "$schema_dir")" ] || fail "export added or removed a schema file"
for file in "$work"/pristine/*; do
    name=$(basename "$file")
    [ "$name" = posts.ts ] || cmp "$file" "$schema_dir/$name" || fail "export changed $name"
done
changes=$(diff "$work/pristine/posts.ts" "$schema_dir/posts.ts" || true)
echo "$changes"
[ "$(grep -c '^>' <<<"$changes")" = 1 ] || fail "expected exactly one added line in posts.ts"
[ "$(grep -c '^<' <<<"$changes")" = 0 ] || fail "a line of posts.ts was changed or removed"
echo "ok: export added one line to posts.ts"

cp -r "$team" "$work/drizzle-side"
(cd "$work/drizzle-side" && ./node_modules/.bin/drizzle-kit generate >dk1.out 2>&1) || { cat "$work/drizzle-side/dk1.out" >&2; fail "drizzle-kit generate on the edited source"; }
"$tw" generate p.twproj >generate.out 2>&1 || { cat generate.out >&2; fail "generate after the edit"; }
ours=$(ls drizzle/0001_*.sql) || fail "tablewright wrote no migration 0001"
theirs=$(ls "$work"/drizzle-side/drizzle/0001_*.sql) || fail "drizzle-kit wrote no migration 0001"
cmp "$theirs" "$ours" || { diff "$theirs" "$ours" >&2; fail "drizzle-kit's migration differs from tablewright's"; }
out=$("$tw" generate p.twproj 2>&1) || { echo "$out" >&2; fail "second generate"; }
[ "$out" = "No schema changes" ] || { echo "$out" >&2; fail "generate after generate is not empty"; }
./node_modules/.bin/drizzle-kit generate >dk2.out 2>&1 || true
grep -q "No schema changes" dk2.out || { cat dk2.out >&2; fail "drizzle-kit sees changes after tablewright generate"; }
echo "ok: drizzle-kit's migration for the edited source equals tablewright's"
echo "adopt-roundtrip: all steps passed"
