#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The oracle for in-place source edits: for every tests/data/source/edit/<style>/<case>.ts (the source after the
# editor changed schema.ts), the real drizzle-kit generates a first migration from schema.ts, then a second from
# <case>.ts; that second migration's SQL must be <case>.sql, which tw_source_tests compares with the SQL
# Tablewright's differ writes for the same project change. Cases that rename something are left out: drizzle-kit
# asks interactively what a rename is (their .sql was made once by answering that prompt in a terminal).
# usage: source-edit-sql.sh [--update]   (--update writes the <case>.sql files instead of comparing)
# exit: 0 identical, 1 drift or failure, 77 drizzle-kit not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
modules="$here/node_modules"
update=0
[ "${1:-}" = --update ] && update=1

if [ ! -x "$modules/.bin/drizzle-kit" ]; then
    echo "SKIPPED: drizzle-kit is not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for style_dir in "$root"/tests/data/source/edit/explicit "$root"/tests/data/source/edit/derived; do
    style=$(basename "$style_dir")
    casing=""
    [ "$style" = derived ] && casing="casing: 'snake_case',"
    for case_file in "$style_dir"/*.ts; do
        name=$(basename "$case_file" .ts)
        case "$name" in schema | rename_*) continue ;; esac
        dir="$work/$style-$name"
        mkdir -p "$dir"
        ln -s "$modules" "$dir/node_modules"
        echo "export default { dialect: 'sqlite', schema: './schema.ts', out: './drizzle', $casing };" >"$dir/drizzle.config.ts"
        cp "$style_dir/schema.ts" "$dir/schema.ts"
        (cd "$dir" && ./node_modules/.bin/drizzle-kit generate --name before >log 2>&1) || { cat "$dir/log" >&2; exit 1; }
        cp "$case_file" "$dir/schema.ts"
        (cd "$dir" && ./node_modules/.bin/drizzle-kit generate --name after >>log 2>&1) || { cat "$dir/log" >&2; exit 1; }
        sql=$(ls "$dir"/drizzle/0001_after.sql 2>/dev/null || true)
        actual="$dir/actual.sql"
        if [ -n "$sql" ]; then cp "$sql" "$actual"; else : >"$actual"; fi
        expected="$style_dir/$name.sql"
        if [ $update = 1 ]; then
            cp "$actual" "$expected"
        elif ! cmp -s "$actual" "$expected"; then
            echo "drift in $style/$name:" >&2
            diff "$expected" "$actual" >&2 || true
            status=1
        fi
    done
done
[ $status = 0 ] && [ $update = 0 ] && echo "source edits: drizzle-kit writes the expected SQL for every edited source"
exit $status
