#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The table-addition guide's whole lifecycle on the bundled example, from the command line, against wrangler's local
# D1 (the deploy's only difference from production is --local):
#   dev:setup (localdb setup with a seed) -> add a table -> a NOT NULL column computed from existing rows (fill) ->
#   a custom data step with its down file -> verify -> test the rollback procedure (apply --dry-run --with-rollback)
#   -> deploy (plan, then --yes: backup, rehearsal, rollback rehearsal, wrangler apply, check) -> roll back to the
#   first migration -> deploy again -> generate finds nothing left.
# Every step's outcome is read back from the database wrangler itself uses.
# usage: lifecycle-d1.sh TABLEWRIGHT PROJECT   (KEEP=1 keeps the work folder)
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: lifecycle-d1.sh TABLEWRIGHT PROJECT}
project_src=${2:?usage: lifecycle-d1.sh TABLEWRIGHT PROJECT}
modules="$here/node_modules"
tw=$(cd "$(dirname "$tw")" && pwd)/$(basename "$tw")
project_src=$(cd "$(dirname "$project_src")" && pwd)/$(basename "$project_src")

if [ ! -x "$modules/.bin/wrangler" ] || ! command -v python3 >/dev/null; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
cp "$project_src" app.twproj
cat > wrangler.toml <<'TOML'
name = "lifecycle"
main = "src/index.ts"
compatibility_date = "2025-01-01"

[[d1_databases]]
binding = "DB"
database_name = "lifecycle"
database_id = "00000000-0000-0000-0000-000000000000"
migrations_dir = "drizzle"
TOML

fail() { echo "FAIL: $*" >&2; exit 1; }
wrangler() { CI=1 WRANGLER_SEND_METRICS=false ./node_modules/.bin/wrangler "$@"; }
# run NAME COMMAND...: runs a step, keeps its output in NAME.out, and fails with it.
run() {
    local name=$1
    shift
    "$@" >"$name.out" 2>&1 || { cat "$name.out" >&2; fail "$name: $*"; }
}
expect() { # NAME TEXT: the step's output holds TEXT
    grep -qF -- "$2" "$1.out" || { cat "$1.out" >&2; fail "$1 does not say: $2"; }
}
query() { # SQL: the rows of wrangler's local D1 as `a|b` lines
    wrangler d1 execute DB --local --json --command "$1" >query.json 2>query.err || { cat query.err >&2; fail "$1"; }
    python3 -c 'import json; [print("|".join(str(v) for v in r.values())) for r in json.load(open("query.json"))[0]["results"]]'
}
edit() { python3 "$here/edit-project.py" app.twproj "$@"; }

# dev:setup: the first migration and a seed, by wrangler.
run generate-init "$tw" generate app.twproj --name init
printf "INSERT INTO tags (name) VALUES ('Hello World'), ('Data Fills');\n" >seed.sql
run setup "$tw" localdb setup app.twproj --seed seed.sql
[ "$(query "SELECT count(*) FROM tags")" = 2 ] || fail "the seed did not reach the local database"

# Add a table (the guide's main case).
edit add-table reviews products
run generate-reviews "$tw" generate app.twproj --name add_reviews

# A NOT NULL column without default on a table with rows, computed from the old row.
python3 - <<'PY'
import json
project = json.load(open("app.twproj", encoding="utf-8"))
tags = next(t for t in project["schema"]["tables"] if t["name"] == "tags")
tags["columns"].append({"id": "c.tags.slug", "name": "slug", "type": "text", "notNull": True})
json.dump(project, open("app.twproj", "w", encoding="utf-8"), indent=2)
PY
run fill "$tw" fill app.twproj tags.slug --sql "lower(replace(name, ' ', '-'))"
run generate-slug "$tw" generate app.twproj --name add_slug
slug_sql=$(head -1 generate-slug.out)
mkdir -p rollback
# The fill is a data step: its reverse is the user's.
echo 'ALTER TABLE `tags` DROP COLUMN `slug`;' >"rollback/$(basename "$slug_sql" .sql).down.sql"

# A custom data step, with its down file.
run custom "$tw" generate app.twproj --custom --name tag_custom
custom_sql=$(head -1 custom.out)
# drizzle-kit's first line has no newline after it
printf "\nINSERT INTO \`tags\` (\`name\`, \`slug\`) VALUES ('Custom Step', 'custom-step');\n" >>"$custom_sql"
echo "DELETE FROM \`tags\` WHERE \`slug\` = 'custom-step';" >"rollback/$(basename "$custom_sql" .sql).down.sql"

run verify "$tw" verify app.twproj
run roundtrip "$tw" apply app.twproj --dry-run --with-rollback
expect roundtrip "The rollback restores the starting schema, rows and history exactly."

# Deploy: the plan changes nothing; --yes runs the checklist.
run plan "$tw" deploy app.twproj --local
expect plan "Nothing was changed: run again with --yes to deploy."
[ "$(query "SELECT count(*) FROM d1_migrations")" = 1 ] || fail "the deploy plan applied something"
run deploy "$tw" deploy app.twproj --local --yes
expect deploy "Deployed."
expect deploy "rollback: The rollback restores the starting schema, rows and history exactly."
expect deploy "check: In sync"
[ "$(query "SELECT name, slug FROM tags ORDER BY id")" = "$(printf 'Hello World|hello-world\nData Fills|data-fills\nCustom Step|custom-step')" ] \
    || { query "SELECT name, slug FROM tags ORDER BY id" >&2; fail "the deployed rows are not the expected ones"; }
ls backups/*.sql >/dev/null 2>&1 || fail "the deploy kept no export as its backup"

# Roll back to the first migration, then deploy again: wrangler sees the undone migrations as pending.
init_name=$(basename "$(head -1 generate-init.out)" .sql)
run rollback "$tw" rollback app.twproj --to "$init_name"
[ "$(query "SELECT name FROM tags ORDER BY id")" = "$(printf 'Hello World\nData Fills')" ] || fail "the rollback kept the custom row"
[ -z "$(query "SELECT name FROM pragma_table_info('tags') WHERE name = 'slug'")" ] || fail "the rollback kept tags.slug"
[ -z "$(query "SELECT name FROM sqlite_master WHERE name = 'reviews'")" ] || fail "the rollback kept reviews"
[ "$(query "SELECT count(*) FROM d1_migrations")" = 1 ] || fail "the rollback left tracking rows"
run redeploy "$tw" deploy app.twproj --local --yes
expect redeploy "Deployed."
[ "$(query "SELECT count(*) FROM tags WHERE slug IS NOT NULL")" = 3 ] || fail "the second deploy did not fill the slugs"

run again "$tw" generate app.twproj
expect again "No schema changes"
echo "ok: the guide's lifecycle ran on the example against wrangler's local D1"
