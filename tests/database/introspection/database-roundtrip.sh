#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `tablewright import DB.sqlite` and `tablewright drift` against databases migrated by the sqlite3 CLI:
#   - the bundled example: generate its migration, apply it with sqlite3, import the database; `diff` between the
#     imported project and the migrations folder prints nothing, both ways;
#   - every drizzle-kit golden schema (composite keys, self references, quoted/unicode names, generated columns,
#     CHECKs, views, AUTOINCREMENT, partial and expression indexes): the same against its snapshot;
#   - a hand-written awkward schema: import, generate a migration from the project, apply it to a fresh database,
#     import that: the two projects have no difference;
#   - every common DDL style (tests/data/introspect/styles: lowercase, uppercase, wrangler's, quoted names, named
#     constraints, every DEFAULT, STRICT/WITHOUT ROWID): import, `check` finds no error, the migration generated
#     from the project runs in sqlite3 and that database imports as the same project;
#   - drift: in sync after `apply`, exit 1 naming the column after an ALTER TABLE by hand.
# usage: database-roundtrip.sh TABLEWRIGHT
# exit: 0 ok, 1 failure, 77 sqlite3 not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
tw=${1:?usage: database-roundtrip.sh TABLEWRIGHT}
if ! command -v sqlite3 >/dev/null; then
    echo "SKIPPED: the sqlite3 command-line shell is not installed (apt install sqlite3)" >&2
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs every migration of folder $1 in order against database $2 with the sqlite3 shell.
apply_with_sqlite3() {
    local sql
    for sql in "$1"/*.sql; do
        sed 's/^--> statement-breakpoint$//; s/;--> statement-breakpoint$/;/' "$sql" | sqlite3 -bail "$2" \
            || fail "sqlite3 could not apply $sql"
    done
}

# $1 = label, $2 $3 = the two sides: diff must print nothing either way.
expect_no_diff() {
    local out
    out=$("$tw" diff "$2" "$3") || fail "$1: tablewright diff $2 $3"
    [ -z "$out" ] || fail "$1: diff OLD=$2 NEW=$3 is not empty:"$'\n'"$out"
    out=$("$tw" diff "$3" "$2") || fail "$1: tablewright diff $3 $2"
    [ -z "$out" ] || fail "$1: diff OLD=$3 NEW=$2 is not empty:"$'\n'"$out"
}

# The bundled example.
mkdir -p "$work/example"
cp "$root/examples/aperto.twproj" "$work/example/aperto.twproj"
"$tw" generate "$work/example/aperto.twproj" --name init >/dev/null || fail "example: generate"
apply_with_sqlite3 "$work/example/drizzle" "$work/example/live.sqlite"
"$tw" import "$work/example/live.sqlite" -o "$work/example/imported.twproj" >/dev/null \
    || fail "example: import of the database"
grep -q '"database": "live.sqlite"' "$work/example/imported.twproj" || fail "example: settings.database is not live.sqlite"
expect_no_diff example "$work/example/imported.twproj" "$work/example/drizzle"

# Every drizzle-kit golden schema, imported as a project (which repairs drizzle-kit's unescaped JSON defaults) and
# migrated with Tablewright's own SQL for it.
mkdir -p "$work/empty"
for case_dir in "$root"/tests/data/drizzle/snapshots/*/; do
    name=$(basename "$case_dir")
    # The SQL goes to sql/, not drizzle/: a folder of .sql files without a journal is no drizzle-kit folder, and
    # `check` reports the project's migrations folder.
    mkdir -p "$work/$name/sql"
    # SQLite keeps no foreign key names (drizzle's SQL carries none), so the one custom name of these goldens,
    # `employees_mentor_fk` (constraints), comes back as drizzle's automatic name.
    sed 's/"employees_mentor_fk"/"employees_mentor_id_employees_id_fk"/g' "$case_dir/snapshot.json" > "$work/$name/expected.json"
    "$tw" import "$work/$name/expected.json" -o "$work/$name/expected.twproj" >/dev/null || fail "$name: import of the snapshot"
    "$tw" diff "$work/empty" "$work/$name/expected.twproj" > "$work/$name/sql/0000_init.sql" || fail "$name: diff from empty"
    apply_with_sqlite3 "$work/$name/sql" "$work/$name/live.sqlite"
    "$tw" import "$work/$name/live.sqlite" -o "$work/$name/imported.twproj" >/dev/null 2>"$work/$name/warnings" \
        || fail "$name: import"
    expect_no_diff "$name" "$work/$name/imported.twproj" "$work/$name/expected.twproj"
    "$tw" check "$work/$name/imported.twproj" >/dev/null 2>&1 || fail "$name: the imported project has errors"
done

# A schema drizzle-kit did not write.
mkdir -p "$work/awkward/again"
sqlite3 -bail "$work/awkward/live.sqlite" < "$root/tests/data/introspect/awkward.sql" || fail "awkward: sqlite3"
"$tw" import "$work/awkward/live.sqlite" -o "$work/awkward/imported.twproj" >/dev/null 2>"$work/awkward/warnings" \
    || fail "awkward: import"
grep -q 'trigger "order_touch"' "$work/awkward/warnings" || fail "awkward: the trigger is not reported"
"$tw" generate "$work/awkward/imported.twproj" --name init >/dev/null || fail "awkward: generate"
apply_with_sqlite3 "$work/awkward/drizzle" "$work/awkward/again/live.sqlite"
"$tw" import "$work/awkward/again/live.sqlite" -o "$work/awkward/again/imported.twproj" >/dev/null 2>&1 \
    || fail "awkward: import of the regenerated database"
expect_no_diff awkward "$work/awkward/imported.twproj" "$work/awkward/again/imported.twproj"

# Every common DDL style.
for style_sql in "$root"/tests/data/introspect/styles/*.sql; do
    style=styles_$(basename "$style_sql" .sql)
    mkdir -p "$work/$style/again"
    sqlite3 -bail "$work/$style/live.sqlite" < "$style_sql" || fail "$style: sqlite3"
    "$tw" import "$work/$style/live.sqlite" -o "$work/$style/imported.twproj" >/dev/null 2>&1 || fail "$style: import"
    "$tw" check "$work/$style/imported.twproj" >"$work/$style/check.out" 2>&1 \
        || fail "$style: the imported project has errors: $(cat "$work/$style/check.out")"
    "$tw" generate "$work/$style/imported.twproj" --name init >/dev/null || fail "$style: generate"
    apply_with_sqlite3 "$work/$style/drizzle" "$work/$style/again/live.sqlite"
    "$tw" import "$work/$style/again/live.sqlite" -o "$work/$style/again/imported.twproj" >/dev/null 2>&1 \
        || fail "$style: import of the regenerated database"
    expect_no_diff "$style" "$work/$style/imported.twproj" "$work/$style/again/imported.twproj"
done

# Drift, with the example applied by tablewright itself.
"$tw" apply "$work/example/aperto.twproj" --db "$work/example/applied.sqlite" >/dev/null || fail "drift: apply"
"$tw" drift "$work/example/aperto.twproj" --db "$work/example/applied.sqlite" >"$work/drift.out" 2>/dev/null \
    || fail "drift: not in sync right after apply: $(cat "$work/drift.out")"
sqlite3 "$work/example/applied.sqlite" 'ALTER TABLE users ADD COLUMN nickname text'
set +e
"$tw" drift "$work/example/aperto.twproj" --db "$work/example/applied.sqlite" >"$work/drift.out" 2>/dev/null
code=$?
set -e
[ "$code" = 1 ] || fail "drift: exit $code after adding a column, expected 1"
grep -q '^column "users"."nickname": in the database only$' "$work/drift.out" || fail "drift: $(cat "$work/drift.out")"
echo "database round trip: ok"
