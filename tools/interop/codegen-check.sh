#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The exported TypeScript against the real tools, for each project given (docs/code-export.md):
#   1. `tablewright generate` writes the migrations, `tablewright export` every file into an empty folder;
#   2. `tsc --noEmit --strict` accepts all of it (schema, types, operations, procedures, router, tests, support),
#      wherever the project's settings put it (every .ts file of the folder is checked);
#   3. Vitest runs the generated operations tests against sql.js with those migrations applied;
#   4. exporting again changes nothing.
# usage: codegen-check.sh TABLEWRIGHT PROJECT...
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: codegen-check.sh TABLEWRIGHT PROJECT...}
shift
modules="$here/node_modules"

for tool in tsc vitest; do
    if [ ! -x "$modules/.bin/$tool" ] || [ ! -d "$modules/sql.js" ] || [ ! -d "$modules/zod" ] || [ ! -d "$modules/@trpc/server" ]; then
        echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

for project in "$@"; do
    name=$(basename "$project" .twproj)
    dir="$work/$name"
    mkdir -p "$dir"
    cp "$project" "$dir/app.twproj"
    ln -s "$modules" "$dir/node_modules"
    cat > "$dir/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "esModuleInterop": true, "skipLibCheck": true, "noUnusedLocals": true,
  "types": [] }, "include": ["**/*.ts"], "exclude": ["node_modules"] }
JSON
    (
        cd "$dir"
        "$tw" generate app.twproj --name init >generate.out 2>&1 || { cat generate.out >&2; fail "$name: tablewright generate"; }
        "$tw" export app.twproj >export.out 2>&1 || { cat export.out >&2; fail "$name: tablewright export"; }
        ./node_modules/.bin/tsc -p tsconfig.json || fail "$name: tsc --strict rejects the exported code"
        NO_COLOR=1 ./node_modules/.bin/vitest run --root . --reporter=dot >vitest.out 2>&1 || { cat vitest.out >&2; fail "$name: the generated tests fail"; }
        grep -Eq "Tests +[0-9]+ passed" vitest.out || { cat vitest.out >&2; fail "$name: vitest ran no tests"; }
        "$tw" export app.twproj >again.out 2>&1 || { cat again.out >&2; fail "$name: second export"; }
        if grep -Ev ': (unchanged|kept \(a starting point)' again.out; then
            fail "$name: exporting again changed files"
        fi
        echo "ok: $name ($(grep -Eo 'Tests +[0-9]+ passed' vitest.out))"
    )
done
