#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real drizzle-kit (`generate`, dialect sqlite) on every tests/data/drizzle/snapshots/<case>/schema.ts and
# stores what it writes next to the schema: snapshot.json (meta/0000_snapshot.json) and migration.sql.
#
# usage: make-snapshot-goldens.sh [--out DIR] [CASE...]
#   --out DIR   write DIR/<case>/{snapshot.json,migration.sql} instead of into the case folders (used by the check)
#   CASE        case folder names; default: every folder under tests/data/drizzle/snapshots
# environment:
#   DRIZZLE_LAB  a folder whose node_modules holds drizzle-kit 0.31.11 + drizzle-orm 0.45.4
#                (default: tools/goldens; run `npm ci` there first)
# exit status: 0 done, 1 drizzle-kit failed on a case, 77 drizzle-kit is not installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cases_dir="$root/tests/data/drizzle/snapshots"
lab=${DRIZZLE_LAB:-$here}
out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    -h|--help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    -*) echo "make-snapshot-goldens.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done

kit="$lab/node_modules/drizzle-kit/bin.cjs"
if [ ! -f "$kit" ] || [ ! -d "$lab/node_modules/drizzle-orm" ]; then
    echo "make-snapshot-goldens.sh: drizzle-kit is not installed in $lab/node_modules (run 'npm ci' in $here)" >&2
    exit 77
fi
command -v node >/dev/null || { echo "make-snapshot-goldens.sh: node not found" >&2; exit 77; }

if [ $# -eq 0 ]; then
    cases=()
    for d in "$cases_dir"/*/; do [ -f "$d/schema.ts" ] && cases+=("$(basename "$d")"); done
else
    cases=("$@")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# schema.ts imports drizzle-orm: let node find it from the temporary folder.
export NODE_PATH="$lab/node_modules${NODE_PATH:+:$NODE_PATH}"
export TMPDIR="$work"

status=0
for c in "${cases[@]}"; do
    src="$cases_dir/$c/schema.ts"
    [ -f "$src" ] || { echo "no such case: $c" >&2; status=1; continue; }
    dir="$work/$c"
    mkdir -p "$dir"
    cp "$src" "$dir/schema.ts"
    # drizzle-kit exits 0 on most errors: success is judged by the files it writes.
    (cd "$dir" && node "$kit" generate --dialect sqlite --schema ./schema.ts --out drizzle --name golden) \
        >"$dir/log.txt" 2>&1 || true
    snap="$dir/drizzle/meta/0000_snapshot.json"
    sql="$dir/drizzle/0000_golden.sql"
    if [ ! -f "$snap" ] || [ ! -f "$sql" ]; then
        echo "drizzle-kit wrote no migration for $c:" >&2
        sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$dir/log.txt" | tail -20 >&2
        status=1
        continue
    fi
    dest=${out:+$out/$c}
    dest=${dest:-$cases_dir/$c}
    mkdir -p "$dest"
    cp "$snap" "$dest/snapshot.json"
    cp "$sql" "$dest/migration.sql"
    echo "$c"
done
exit $status
