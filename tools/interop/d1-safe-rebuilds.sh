#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The headline of docs/d1-safe-rebuilds.md, measured on the reference fixture (tests/data/rebuild/fixture: a parent
# with CASCADE, SET NULL, RESTRICT and NO ACTION children, a grandchild, a self-reference, a view, AUTOINCREMENT,
# rows everywhere). Two table rebuilds (the parent `authors`, then the child `reviews` under the view) are
# generated with `tablewright generate --target d1` and with `--target sqlite` (drizzle-kit's text); each folder is
# applied by (a) tablewright apply, (b) the sqlite3 CLI, each migration inside BEGIN/COMMIT with foreign keys on,
# (c) wrangler d1 migrations apply --local, (d) drizzle-orm's migrator (sql-js, foreign keys on). Every row, value
# and sqlite_sequence entry is compared with the database before the rebuilds.
# Asserts: the d1 output keeps everything on every runner; drizzle-kit's text fails or loses something on each.
# usage: d1-safe-rebuilds.sh TABLEWRIGHT FIXTURE_FOLDER
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: d1-safe-rebuilds.sh TABLEWRIGHT FIXTURE_FOLDER}
fixture=${2:?usage: d1-safe-rebuilds.sh TABLEWRIGHT FIXTURE_FOLDER}
modules="$here/node_modules"
tw=$(cd "$(dirname "$tw")" && pwd)/$(basename "$tw")
fixture=$(cd "$fixture" && pwd)

if [ ! -x "$modules/.bin/wrangler" ] || [ ! -d "$modules/sql.js" ] || [ ! -d "$modules/drizzle-orm" ] \
    || ! command -v sqlite3 >/dev/null || ! command -v node >/dev/null; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop; install sqlite3)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$modules" node_modules
fail() { echo "FAIL: $*" >&2; exit 1; }

# The fixture (init + seed), the base every variant starts from.
cp -r "$fixture" base
"$tw" import base -o base.twproj >/dev/null || fail "tablewright import of the fixture folder"

# Edits of the project, one per way of rebuilding: python3 edit.py PROJECT CASE
cat > edit.py <<'PY'
import json, sys
path, case = sys.argv[1], sys.argv[2]
project = json.load(open(path, encoding="utf-8"))
def column(table, name):
    t = next(t for t in project["schema"]["tables"] if t["name"] == table)
    return next(c for c in t["columns"] if c["name"] == name)
if case == "rebuild_authors":    # the parent: CASCADE, SET NULL, RESTRICT, NO ACTION children, self-reference
    column("authors", "name")["notNull"] = True
elif case == "rebuild_reviews":  # a CASCADE child that is itself a parent and is read by a view
    column("reviews", "body")["length"] = 100
json.dump(project, open(path, "w", encoding="utf-8"), indent=2)
PY

dump() { # every row of every fixture table, in rowid order, and sqlite_sequence
    sqlite3 -bail "$1" <<'SQL'
SELECT 'authors|' || quote(id) || '|' || quote(name) || '|' || quote(mentor_id) FROM authors ORDER BY rowid;
SELECT 'books|' || quote(id) || '|' || quote(title) || '|' || quote(author_id) FROM books ORDER BY rowid;
SELECT 'notes|' || quote(id) || '|' || quote(author_id) || '|' || quote(body) || '|' || quote(score) || '|' || quote(payload) FROM notes ORDER BY rowid;
SELECT 'pins|' || quote(id) || '|' || quote(author_id) || '|' || quote(label) FROM pins ORDER BY rowid;
SELECT 'review_votes|' || quote(id) || '|' || quote(review_id) || '|' || quote(voter) || '|' || quote(up) FROM review_votes ORDER BY rowid;
SELECT 'reviews|' || quote(id) || '|' || quote(body) || '|' || quote(rating) || '|' || quote(slug) || '|' || quote(author_id) FROM reviews ORDER BY rowid;
SELECT 'seq|' || name || '|' || seq FROM sqlite_sequence WHERE name NOT IN ('d1_migrations') ORDER BY name;
SELECT 'view|' || count(*) FROM v_reviews;
SELECT 'fk|' || count(*) FROM pragma_foreign_key_check;
SQL
}

sqlite3 -bail expected.sqlite <base/0000_init.sql
sqlite3 -bail expected.sqlite <base/0001_seed.sql
dump expected.sqlite >expected.txt
grep -q "seq|authors|5" expected.txt || fail "the fixture's sqlite_sequence is not ahead of max(id)"

verdict() { # DB_FILE EXIT_CODE -> "kept" | "fails" | "LOSES"
    if [ "$2" != 0 ]; then echo fails; return; fi
    if dump "$1" >got.txt 2>&1 && cmp -s expected.txt got.txt; then echo kept; else echo LOSES; fi
}

run_tablewright() { # FOLDER
    rm -f tw.sqlite
    local rc=0
    "$tw" apply base.twproj --migrations "$1" --db tw.sqlite >tw.out 2>&1 || rc=$?
    verdict tw.sqlite $rc
}
run_sqlite3() {
    rm -f cli.sqlite
    sqlite3 -bail cli.sqlite <"$1/0000_init.sql" && sqlite3 -bail cli.sqlite <"$1/0001_seed.sql"
    local rc=0
    { printf '.dbconfig dqs_dml off\n.dbconfig dqs_ddl off\nPRAGMA foreign_keys=ON;\n'
      for f in "$1"/0002_*.sql "$1"/0003_*.sql; do printf 'BEGIN;\n'; cat "$f"; printf '\nCOMMIT;\n'; done; } \
        | sqlite3 -bail cli.sqlite >cli.out 2>&1 || rc=$?
    verdict cli.sqlite $rc
}
run_wrangler() {
    rm -rf d1 && mkdir d1 && cp -r "$1" d1/drizzle
    cat > d1/wrangler.toml <<'TOML'
name = "d1-safe-rebuilds"
compatibility_date = "2025-01-01"

[[d1_databases]]
binding = "DB"
database_name = "fixture"
database_id = "00000000-0000-0000-0000-000000000000"
migrations_dir = "drizzle"
TOML
    local rc=0
    (cd d1 && CI=1 WRANGLER_SEND_METRICS=false ../node_modules/.bin/wrangler d1 migrations apply DB --local \
        --persist-to state >../wr.out 2>&1) || rc=$?
    local file
    file=$(find d1/state -name '*.sqlite' ! -name metadata.sqlite | head -1)
    [ -n "$file" ] || { echo fails; return; }
    verdict "$file" $rc
}
run_drizzle() {
    rm -f dz.sqlite
    local rc=0
    node "$here/d1-drizzle-migrate.mjs" dz.sqlite "$1" >dz.out 2>&1 || rc=$?
    [ -z "${TW_INTEROP_VERBOSE:-}" ] || cat dz.out >&2
    verdict dz.sqlite $rc
}

status=0
echo "| output | tablewright apply | sqlite3, BEGIN/COMMIT, FKs on | wrangler d1 --local | drizzle migrator, FKs on |"
echo "|---|---|---|---|---|"
for target in d1 sqlite; do
    cp base.twproj app.twproj
    rm -rf "out-$target" && cp -r base "out-$target"
    for case in rebuild_authors rebuild_reviews; do
        python3 edit.py app.twproj "$case"
        "$tw" generate app.twproj --migrations "out-$target" --target "$target" --name "$case" >gen.out 2>&1 \
            || { cat gen.out >&2; fail "$case: tablewright generate --target $target"; }
    done
    folder="$work/out-$target"
    results=("$(run_tablewright "$folder")" "$(run_sqlite3 "$folder")" "$(run_wrangler "$folder")" "$(run_drizzle "$folder")")
    label=$([ "$target" = d1 ] && echo "Tablewright, --target d1" || echo "drizzle-kit's (= --target sqlite)")
    echo "| $label | ${results[0]} | ${results[1]} | ${results[2]} | ${results[3]} |"
    for i in 0 1 2 3; do
        if [ "$target" = d1 ] && [ "${results[$i]}" != kept ]; then
            echo "FAIL: the d1 output is not kept by runner $((i + 1)) of 4" >&2; status=1
        fi
    done
    # drizzle-kit's text must not survive any runner (the reference: fails with foreign keys on, and lowers
    # sqlite_sequence where they are off).
    for i in 0 1 2 3; do
        if [ "$target" = sqlite ] && [ "${results[$i]}" = kept ]; then
            echo "FAIL: drizzle-kit's text unexpectedly kept everything on runner $((i + 1)) of 4" >&2; status=1
        fi
    done
done
exit $status
