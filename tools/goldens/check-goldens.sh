#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates golden files with the real tools into a temporary folder and compares them with the committed ones.
#   check-goldens.sh json        node's JSON.stringify / Number#toString goldens (tests/data/drizzle/json); needs node
#   check-goldens.sh snapshots   drizzle-kit's snapshots and SQL (tests/data/drizzle/snapshots); needs drizzle-kit
#                                installed by `npm ci` in tools/goldens (or DRIZZLE_LAB). A snapshot's "id" is a
#                                fresh random UUID on every run: that one line is taken from the committed file.
# exit status: 0 same, 1 different (the diff is printed), 77 the tool is not installed (CTest reports a skip; in a
#              build configured with TW_REQUIRE_INTEROP=ON, as in CI, a failure instead).
set -euo pipefail

skip() {
    echo "SKIPPED: $*" >&2
    exit 77
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
data="$root/tests/data/drizzle"
what=${1:?usage: check-goldens.sh json|snapshots}

command -v node >/dev/null || skip "node is not installed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$what" in
json)
    node "$here/make-json-goldens.mjs" "$work/json"
    diff -r "$data/json" "$work/json"
    echo "json goldens: identical"
    ;;
snapshots)
    set +e
    "$here/make-snapshot-goldens.sh" --out "$work/snapshots" >"$work/log" 2>&1
    rc=$?
    set -e
    [ $rc = 77 ] && skip "drizzle-kit is not installed (run 'npm ci' in tools/goldens)"
    [ $rc = 0 ] || { cat "$work/log" >&2; exit 1; }
    status=0
    for dir in "$data"/snapshots/*/; do
        c=$(basename "$dir")
        [ -f "$dir/snapshot.json" ] || continue
        fresh="$work/snapshots/$c"
        # Line 4 is `"id": "<uuid>"`: random per run.
        committed_id=$(sed -n '4p' "$dir/snapshot.json")
        sed -n '4p' "$fresh/snapshot.json" | grep -q '^  "id": "' || { echo "$c: line 4 is not the id" >&2; status=1; continue; }
        sed -i "4s/.*/${committed_id//\//\\/}/" "$fresh/snapshot.json"
        cmp -s "$dir/snapshot.json" "$fresh/snapshot.json" || { echo "$c: snapshot.json differs:"; diff "$dir/snapshot.json" "$fresh/snapshot.json" | head -40; status=1; }
        cmp -s "$dir/migration.sql" "$fresh/migration.sql" || { echo "$c: migration.sql differs:"; diff "$dir/migration.sql" "$fresh/migration.sql" | head -40; status=1; }
    done
    [ $status = 0 ] && echo "snapshot goldens: identical ($(ls "$work/snapshots" | wc -l) cases)"
    exit $status
    ;;
*)
    echo "usage: check-goldens.sh json|snapshots" >&2
    exit 2
    ;;
esac
