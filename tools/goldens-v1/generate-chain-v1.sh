#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The v1 interop chain (issue #15), on a copy of a project set to drizzle-kit 1.0's layout:
#   each round: `tablewright generate` writes the next `<time>_<name>/` migration, a second generate writes nothing,
#   `tablewright export` writes schema.ts (defineRelations(), not 0.x's relations(), in a v1 project), TypeScript
#   accepts it against drizzle-orm 1.0.0-rc.5, then drizzle-kit 1.0.0-rc.5 `generate` on that schema.ts (loading it
#   builds and checks every relation) reports no changes and rc.5 `check` on the folder is fine.
#   Rounds: the first migration, rename table, rename column, add column, add table with FK, drop column, add index.
# usage: generate-chain-v1.sh TABLEWRIGHT PROJECT
# exit: 0 ok, 1 failure, 77 drizzle-kit rc.5, TypeScript (tools/interop) or python3 not installed (CTest: skipped, or failed when
# TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: generate-chain-v1.sh TABLEWRIGHT PROJECT}
project_src=${2:?usage: generate-chain-v1.sh TABLEWRIGHT PROJECT}
modules="$here/node_modules"
tsc="$root/tools/interop/node_modules/.bin/tsc"

if [ ! -f "$modules/drizzle-kit/bin.cjs" ] || [ ! -d "$modules/drizzle-orm" ] || ! command -v node >/dev/null \
    || ! command -v python3 >/dev/null || [ ! -x "$tsc" ]; then
    echo "SKIPPED: drizzle-kit 1.0.0-rc.5 or TypeScript is not installed (run 'npm ci' in tools/goldens-v1 and tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
cp "$project_src" app.twproj
cat > drizzle.config.ts <<'TS'
export default { dialect: 'sqlite', schema: './src/db/schema.ts', out: './drizzle' };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "skipLibCheck": true, "noUnusedLocals": true }, "include": ["src/db/schema.ts"] }
JSON
python3 - app.twproj <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    project = json.load(f)
project["settings"]["migrationLayout"] = "v1"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(project, f, indent=2)
PY

fail() { echo "FAIL: $*" >&2; exit 1; }
kit() { node node_modules/drizzle-kit/bin.cjs "$@" </dev/null; }

check_round() {
    local label=$1
    "$tw" generate app.twproj --name "$label" >generate.out 2>generate.err || { cat generate.err >&2; fail "$label: tablewright generate"; }
    local sql
    sql=$(cat generate.out)
    case "$sql" in
        */drizzle/[0-9]*_"$label"/migration.sql) ;;
        *) fail "$label: generate wrote $sql, not a v1 migration folder" ;;
    esac
    [ -f "$(dirname "$sql")/snapshot.json" ] || fail "$label: no snapshot.json beside $sql"
    [ ! -e drizzle/meta ] || fail "$label: generate wrote a classic meta/ folder into the v1 folder"
    "$tw" generate app.twproj >again.out 2>&1 || { cat again.out >&2; fail "$label: second tablewright generate"; }
    grep -q "No schema changes" again.out || { cat again.out >&2; fail "$label: the second generate was not empty"; }
    "$tw" export app.twproj --only schema >/dev/null || fail "$label: tablewright export"
    ! grep -q " = relations(" src/db/schema.ts || fail "$label: the v1 export writes relations(), which drizzle-orm 1.0 lacks"
    "$tsc" -p tsconfig.json || fail "$label: TypeScript rejects the exported schema.ts against drizzle-orm 1.0.0-rc.5"
    kit generate --output json >dk.out 2>&1 || true
    grep -q '"status":"no_changes"' dk.out || { cat dk.out >&2; cat src/db/schema.ts >&2; fail "$label: drizzle-kit rc.5 sees changes after tablewright generate"; }
    kit check --dialect sqlite --out drizzle >check.out 2>&1 || { cat check.out >&2; fail "$label: drizzle-kit rc.5 check exits non-zero"; }
    grep -q "Everything's fine" check.out || { cat check.out >&2; fail "$label: drizzle-kit rc.5 check"; }
    echo "ok: $label ($sql)"
}

edit() { python3 "$root/tools/interop/edit-project.py" app.twproj "$@"; }

check_round init
edit rename-table tags labels;               check_round rename_table
edit rename-column users name display_name;  check_round rename_column
edit add-column products sku text;           check_round add_column
edit add-table reviews products;             check_round add_table
edit drop-column products description;       check_round drop_column
edit add-index reviews rating;               check_round add_index
echo "generate-chain-v1: all rounds passed"
