#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real drizzle-kit 1.0.0-rc.5 (`generate`, dialect sqlite) on every tests/data/snapshot-golden-v1/<case>/
# and stores what it writes next to the schema: snapshot.json and migration.sql of the migration folder it made.
# A case with before.ts is generated twice: first before.ts, then schema.ts with the rename answers of hints.json
# (`--hints-file`); the golden is the second migration.
#
# usage: make-snapshot-goldens-v1.sh [--out DIR] [CASE...]
#   --out DIR   write DIR/<case>/{snapshot.json,migration.sql} (and first-id.txt, the id of a before.ts migration)
#               instead of into the case folders (used by check-snapshot-goldens-v1.sh)
#   CASE        case folder names; default: every folder under tests/data/snapshot-golden-v1
# environment:
#   DRIZZLE_LAB_V1  a folder whose node_modules holds drizzle-kit 1.0.0-rc.5 + drizzle-orm 1.0.0-rc.5
#                   (default: tools/goldens-v1; run `npm ci` there first)
# exit status: 0 done, 1 drizzle-kit failed on a case, 77 drizzle-kit is not installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cases_dir="$root/tests/data/snapshot-golden-v1"
lab=${DRIZZLE_LAB_V1:-$here}
out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    -h|--help) sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    -*) echo "make-snapshot-goldens-v1.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done

kit="$lab/node_modules/drizzle-kit/bin.cjs"
if [ ! -f "$kit" ] || [ ! -d "$lab/node_modules/drizzle-orm" ]; then
    echo "make-snapshot-goldens-v1.sh: drizzle-kit is not installed in $lab/node_modules (run 'npm ci' in $here)" >&2
    exit 77
fi
command -v node >/dev/null || { echo "make-snapshot-goldens-v1.sh: node not found" >&2; exit 77; }

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

# generate DIR NAME [ARGS...]: one rc.5 generate in DIR; prints the migration folder it wrote, fails when none.
generate() {
    local dir=$1 name=$2
    shift 2
    (cd "$dir" && node "$kit" generate --dialect sqlite --schema ./schema.ts --out drizzle --name "$name" "$@" \
        </dev/null >>"$dir/log.txt" 2>&1) || true
    local made
    made=$(find "$dir/drizzle" -mindepth 1 -maxdepth 1 -type d -name "*_$name" 2>/dev/null | head -1)
    [ -n "$made" ] && [ -f "$made/snapshot.json" ] && [ -f "$made/migration.sql" ] && echo "$made"
}

status=0
for c in "${cases[@]}"; do
    src="$cases_dir/$c"
    [ -f "$src/schema.ts" ] || { echo "no such case: $c" >&2; status=1; continue; }
    dir="$work/$c"
    mkdir -p "$dir"
    first=""
    if [ -f "$src/before.ts" ]; then
        cp "$src/before.ts" "$dir/schema.ts"
        first=$(generate "$dir" before) || { echo "drizzle-kit wrote no migration for $c/before.ts:" >&2; tail -20 "$dir/log.txt" >&2; status=1; continue; }
    fi
    cp "$src/schema.ts" "$dir/schema.ts"
    hints=()
    [ -f "$src/hints.json" ] && hints=(--hints-file "$src/hints.json")
    made=$(generate "$dir" golden "${hints[@]}") || { echo "drizzle-kit wrote no migration for $c:" >&2; tail -20 "$dir/log.txt" >&2; status=1; continue; }
    dest=${out:+$out/$c}
    dest=${dest:-$src}
    mkdir -p "$dest"
    cp "$made/snapshot.json" "$dest/snapshot.json"
    cp "$made/migration.sql" "$dest/migration.sql"
    if [ -n "$out" ] && [ -n "$first" ]; then
        node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).id)' "$first/snapshot.json" >"$dest/first-id.txt"
    fi
    echo "$c"
done
exit $status
