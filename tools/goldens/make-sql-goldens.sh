#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real drizzle-kit on every tests/data/migrations-golden/<case>: `generate` on before.schema.ts, then on
# after.schema.ts (answering rename prompts from renames.txt, one `--rename` spec per line, anything else
# "create"), and stores the second migration's SQL as expected.sql (empty when drizzle-kit sees no change).
# The schema.ts inputs come from the C++ cases (tests/migrations/diff/goldencases*.cpp): regenerate them with
#   TW_UPDATE_GOLDENS=1 tw_migrations_tests --gtest_filter='Cases/SqlGolden.CaseInputs*'
#
# usage: make-sql-goldens.sh [--out DIR] [CASE...]
#   --out DIR   write DIR/<case>/expected.sql instead of into the case folders (to compare)
#   CASE        case folder names; default: every folder under tests/data/migrations-golden
# environment:
#   DRIZZLE_LAB      a folder whose node_modules holds drizzle-kit 0.31.11 + drizzle-orm 0.45.4 (default: tools/goldens)
# drizzle-kit runs through drizzle-generate.py (beside this script), which answers its rename prompts.
# exit status: 0 done, 1 drizzle-kit failed on a case, 77 drizzle-kit (or python3) is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cases_dir="$root/tests/data/migrations-golden"
export DRIZZLE_LAB=${DRIZZLE_LAB:-$here}
out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    -h|--help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    -*) echo "make-sql-goldens.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done
if [ ! -f "$DRIZZLE_LAB/node_modules/drizzle-kit/bin.cjs" ] || ! command -v python3 >/dev/null; then
    echo "make-sql-goldens.sh: need python3 and drizzle-kit in $DRIZZLE_LAB/node_modules (npm ci there)" >&2
    exit 77
fi

if [ $# -eq 0 ]; then
    cases=()
    for d in "$cases_dir"/*/; do [ -f "$d/after.schema.ts" ] && cases+=("$(basename "$d")"); done
else
    cases=("$@")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work"

# generate [args] DIR: 0 = new migration (SQL on stdout), 2 = no changes; anything else is a failure.
generate() {
    local rc=0
    python3 "$here/drizzle-generate.py" "$@" >"$work/out.sql" 2>"$work/err.txt" || rc=$?
    if [ $rc -ne 0 ] && [ $rc -ne 2 ]; then cat "$work/err.txt" >&2; return 1; fi
    [ $rc -eq 2 ] && : >"$work/out.sql"
    return 0
}

status=0
befores="$work/.befores"
for c in "${cases[@]}"; do
    src="$cases_dir/$c"
    [ -f "$src/after.schema.ts" ] || { echo "no such case: $c" >&2; status=1; continue; }
    # Cases whose `before` differs only in comments share its first generate.
    before="$befores/$({ grep -v '^//' "$src/before.schema.ts" || true; } | sha256sum | cut -c1-64)"
    if [ ! -d "$before" ]; then
        mkdir -p "$before"
        cp "$src/before.schema.ts" "$before/schema.ts"
        generate --name before "$before" ||
            { rm -rf "$before"; echo "drizzle-kit failed on $c (before)" >&2; status=1; continue; }
    fi
    dir="$work/$c"
    mkdir -p "$dir"
    cp -R "$before/." "$dir/"
    cp "$src/after.schema.ts" "$dir/schema.ts"
    renames=()
    if [ -f "$src/renames.txt" ]; then
        while IFS= read -r spec; do [ -n "$spec" ] && renames+=(--rename "$spec"); done <"$src/renames.txt"
    fi
    generate --name after "${renames[@]}" "$dir" || { echo "drizzle-kit failed on $c (after)" >&2; status=1; continue; }
    dest=${out:+$out/$c}
    dest=${dest:-$src}
    mkdir -p "$dest"
    cp "$work/out.sql" "$dest/expected.sql"
    echo "$c"
done
exit $status
