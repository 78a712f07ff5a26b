#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop on real migration folders from public projects (kept outside the repository; see docs/adopting.md): for
# every folder under REALWORLD, `tablewright import` exits 0 (warnings allowed), `tablewright generate` right after
# prints "No schema changes" and writes nothing, and drizzle-kit finds no changes between the exported schema.ts and
# the folder.
# usage: realworld-roundtrip.sh TABLEWRIGHT REALWORLD
# exit: 0 ok, 1 failure, 77 skipped (REALWORLD absent, or the tools not installed)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: realworld-roundtrip.sh TABLEWRIGHT REALWORLD}
realworld=${2:?usage: realworld-roundtrip.sh TABLEWRIGHT REALWORLD}
modules="$here/node_modules"
if [ ! -d "$realworld" ]; then
    echo "SKIPPED: no real migration folders at $realworld" >&2
    exit 77
fi
if [ ! -x "$modules/.bin/drizzle-kit" ]; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=()
check_folder() {
    local name=$1 dir="$work/$1"
    mkdir -p "$dir"
    local source="$realworld/$name"
    # A project's folder holds the migrations folder as it was committed (`migrations/`, `drizzle/`, ...).
    [ -d "$source/meta" ] || source=$(dirname "$(ls -d "$source"/*/meta | head -1)")
    cp -r "$source" "$dir/drizzle"
    ln -s "$modules" "$dir/node_modules"
    cat > "$dir/drizzle.config.ts" <<'TS'
export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };
TS
    cd "$dir"
    "$tw" import drizzle -o p.twproj >import.out 2>import.err || { cat import.err >&2; echo "import exits non-zero"; return; }
    grep -q ": 0 tables" import.out && { echo "import found no tables"; return; }
    local before
    before=$(find drizzle -type f | sort | xargs md5sum)
    local out
    out=$("$tw" generate p.twproj 2>&1) || { echo "$out" >&2; echo "generate fails"; return; }
    [ "$out" = "No schema changes" ] || { echo "$out" >&2; echo "generate after import is not empty"; return; }
    [ "$(find drizzle -type f | sort | xargs md5sum)" = "$before" ] || { echo "generate wrote into the folder"; return; }
    "$tw" export p.twproj --only schema >export.out 2>&1 || { cat export.out >&2; echo "export fails"; return; }
    ./node_modules/.bin/drizzle-kit generate >dk.out 2>&1 || true
    grep -q "No schema changes" dk.out || { tail -20 dk.out >&2; echo "drizzle-kit sees changes in the exported schema.ts"; return; }
}

for folder in "$realworld"/*/; do
    name=$(basename "$folder")
    problem=$(check_folder "$name")
    if [ -z "$problem" ]; then
        echo "ok: $name"
    else
        echo "FAIL: $name: $problem" >&2
        failures+=("$name")
    fi
done
[ ${#failures[@]} = 0 ] || { echo "realworld-roundtrip: ${#failures[@]} folder(s) failed: ${failures[*]}" >&2; exit 1; }
echo "realworld-roundtrip: all folders passed"
