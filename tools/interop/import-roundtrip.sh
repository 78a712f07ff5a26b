#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Interop (b): for every drizzle-kit golden schema under tests/data/drizzle/snapshots/, let the real drizzle-kit
# make a migrations folder, `tablewright import` it, and check that
#   - `tablewright generate` right after writes nothing ("No schema changes"),
#   - the re-exported schema.ts gives drizzle-kit no changes either, and TypeScript accepts it.
# usage: import-roundtrip.sh TABLEWRIGHT
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: import-roundtrip.sh TABLEWRIGHT}
modules="$here/node_modules"
if [ ! -x "$modules/.bin/drizzle-kit" ] || [ ! -x "$modules/.bin/tsc" ]; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for case_dir in "$root"/tests/data/drizzle/snapshots/*/; do
    name=$(basename "$case_dir")
    dir="$work/$name"
    mkdir -p "$dir/src/db"
    ln -s "$modules" "$dir/node_modules"
    cp "$case_dir/schema.ts" "$dir/src/db/schema.ts"
    cat > "$dir/drizzle.config.ts" <<'TS'
export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };
TS
    cat > "$dir/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "skipLibCheck": true }, "include": ["src/**/*.ts"] }
JSON
    (cd "$dir" && ./node_modules/.bin/drizzle-kit generate >dk0.out 2>&1) || { cat "$dir/dk0.out" >&2; fail "$name: drizzle-kit generate"; }
    rm "$dir/src/db/schema.ts"
    (cd "$dir" && "$tw" import drizzle -o app.twproj >/dev/null) || fail "$name: tablewright import"
    out=$(cd "$dir" && "$tw" generate app.twproj 2>&1) || { echo "$out" >&2; fail "$name: tablewright generate"; }
    if grep -q "^$name " "$here/import-fixes.txt"; then
        [ "$out" != "No schema changes" ] || fail "$name: the known drizzle-kit defect was not corrected"
        out=$(cd "$dir" && "$tw" generate app.twproj 2>&1) || { echo "$out" >&2; fail "$name: second generate"; }
    fi
    [ "$out" = "No schema changes" ] || { echo "$out" >&2; cat "$dir"/drizzle/0001_*.sql >&2 || true; fail "$name: generate after import is not empty"; }
    (cd "$dir" && "$tw" export app.twproj --only schema >/dev/null) || fail "$name: tablewright export"
    (cd "$dir" && ./node_modules/.bin/drizzle-kit generate >dk1.out 2>&1) || true
    grep -q "No schema changes" "$dir/dk1.out" || { cat "$dir/dk1.out" "$dir/src/db/schema.ts" >&2; fail "$name: drizzle-kit sees changes in the re-exported schema.ts"; }
    (cd "$dir" && ./node_modules/.bin/tsc -p tsconfig.json) || fail "$name: tsc rejects the re-exported schema.ts"
    echo "ok: $name"
done
echo "import-roundtrip: all cases passed"
