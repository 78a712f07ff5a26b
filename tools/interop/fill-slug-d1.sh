#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The table-addition guide's `slug` data migration against wrangler's local D1: the example project's first
# migration applied by `wrangler d1 migrations apply --local`, rows inserted with `wrangler d1 execute`, then a NOT
# NULL `tags.slug` without default added with `tablewright fill tags.slug --sql "lower(replace(name, ' ', '-'))"`,
# generated (target d1) and applied by wrangler again. Asserts: every existing row has its slug, the column is NOT
# NULL, and generating again writes nothing.
# usage: fill-slug-d1.sh TABLEWRIGHT PROJECT
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: fill-slug-d1.sh TABLEWRIGHT PROJECT}
project_src=${2:?usage: fill-slug-d1.sh TABLEWRIGHT PROJECT}
modules="$here/node_modules"
tw=$(cd "$(dirname "$tw")" && pwd)/$(basename "$tw")
project_src=$(cd "$(dirname "$project_src")" && pwd)/$(basename "$project_src")

if [ ! -x "$modules/.bin/wrangler" ] || ! command -v python3 >/dev/null; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
cp "$project_src" app.twproj
cat > wrangler.toml <<'TOML'
name = "fill"
main = "src/index.ts"
compatibility_date = "2025-01-01"

[[d1_databases]]
binding = "DB"
database_name = "fill"
database_id = "00000000-0000-0000-0000-000000000000"
migrations_dir = "drizzle"
TOML

fail() { echo "FAIL: $*" >&2; exit 1; }
wrangler() { CI=1 WRANGLER_SEND_METRICS=false ./node_modules/.bin/wrangler "$@"; }

"$tw" generate app.twproj --name init >/dev/null || fail "tablewright generate init"
wrangler d1 migrations apply DB --local >wr.out 2>&1 || { cat wr.out >&2; fail "wrangler apply init"; }
wrangler d1 execute DB --local --command "INSERT INTO tags (name) VALUES ('Hello World'), ('Data Fills');" \
    >wr.out 2>&1 || { cat wr.out >&2; fail "wrangler execute insert"; }

python3 - <<'PY'
import json
project = json.load(open("app.twproj", encoding="utf-8"))
tags = next(t for t in project["schema"]["tables"] if t["name"] == "tags")
tags["columns"].append({"id": "c.tags.slug", "name": "slug", "type": "text", "notNull": True})
json.dump(project, open("app.twproj", "w", encoding="utf-8"), indent=2)
PY

"$tw" fill app.twproj tags.slug --sql "lower(replace(name, ' ', '-'))" >fill.out 2>&1 \
    || { cat fill.out >&2; fail "tablewright fill"; }
"$tw" generate app.twproj --name add_slug >generate.out 2>generate.err \
    || { cat generate.err >&2; fail "tablewright generate add_slug"; }
sql=$(cat generate.out)
grep -q "lower(replace(name, ' ', '-'))" "$sql" || { cat "$sql" >&2; fail "the migration does not carry the fill"; }
wrangler d1 migrations apply DB --local >wr.out 2>&1 || { cat wr.out >&2; cat "$sql" >&2; fail "wrangler apply add_slug"; }
wrangler d1 execute DB --local --json --command "SELECT name, slug FROM tags ORDER BY id;" >rows.json 2>wr.err \
    || { cat wr.err >&2; fail "wrangler execute select"; }
python3 - <<'PY' || { cat rows.json >&2; fail "the rows do not have their slugs"; }
import json, sys
rows = json.load(open("rows.json"))[0]["results"]
got = [(r["name"], r["slug"]) for r in rows]
sys.exit(0 if got == [("Hello World", "hello-world"), ("Data Fills", "data-fills")] else 1)
PY
"$tw" generate app.twproj >again.out 2>&1 || { cat again.out >&2; fail "tablewright generate again"; }
grep -q "No schema changes" again.out || { cat again.out >&2; fail "generating again wrote another migration"; }
echo "ok: wrangler's local D1 computed every slug from the fill"
