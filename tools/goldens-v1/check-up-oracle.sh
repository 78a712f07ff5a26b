#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `tablewright convert PROJECT --to v1` against drizzle-kit 1.0.0-rc.5's own `up`, on copies of the classic fixture
# folders: the converted folder must equal rc.5's byte for byte (folder names, migration.sql, snapshot.json) except
# where Tablewright differs on purpose (a project is imported from each classic folder with `tablewright import` and
# converted with `tablewright convert`). The deliberate differences: an entry whose `when` is in the same second as the one before it
# (tablewright gives its folder the next second; rc.5 keeps the second and sorts the two folders by name), index
# expressions and CHECK texts (see deliberate() below; ClassicSnapshotUpgrade says why). Then rc.5's own generate on
# the converted classic-uniques folder: no changes with the unique indexes convert keeps, a rebuild without them.
# usage: check-up-oracle.sh TABLEWRIGHT_BINARY
# exit status: 0 same, 1 different (the diff is printed), 77 drizzle-kit 1.0 or node missing (a skip in CTest).
set -euo pipefail

skip() {
    echo "SKIPPED: $*" >&2
    exit 77
}

tw=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
kit="$here/node_modules/drizzle-kit/bin.cjs"
command -v node >/dev/null || skip "node is not installed"
[ -f "$kit" ] || skip "drizzle-kit 1.0 is not installed (run 'npm ci' in tools/goldens-v1)"
work=$(mktemp -d)
trap '[ -n "${TW_KEEP_WORK:-}" ] || rm -rf "$work"' EXIT

status=0

# convert CASE SOURCE_FOLDER [JOURNAL_EDIT]: rc.5 up on one copy, tablewright convert on another.
convert() {
    local c=$1 src=$2
    mkdir -p "$work/$c/up" "$work/$c/tw"
    cp -r "$src" "$work/$c/up/drizzle"
    cp -r "$src" "$work/$c/tw/drizzle"
    (cd "$work/$c/up" && node "$kit" up --dialect sqlite --out drizzle >"$work/$c/up.log" 2>&1) \
        || { echo "$c: drizzle-kit up failed"; cat "$work/$c/up.log"; status=1; return; }
    (cd "$work/$c/tw" && "$tw" import drizzle -o p.twproj >"$work/$c/import.log" 2>&1 &&
        "$tw" convert p.twproj --to v1 >"$work/$c/convert.log" 2>&1) \
        || { echo "$c: tablewright failed"; cat "$work/$c/import.log" "$work/$c/convert.log"; status=1; return; }
}

# deliberate CASE SOURCE_FOLDER: applies Tablewright's two deliberate snapshot differences to rc.5's output (each
# v6 snapshot matched by id): index terms 0.31 recorded as expressions are marked isExpression, and a CHECK loses the
# first `"<table>".` (1.0's spelling; up keeps 0.31's, so the next generate would recreate and rebuild).
deliberate() {
    node - "$2" "$work/$1/up/drizzle" <<'JS'
const fs = require('fs'), path = require('path');
const [src, up] = process.argv.slice(2);
const v6 = {};
for (const f of fs.readdirSync(path.join(src, 'meta')).filter((f) => f.endsWith('_snapshot.json'))) {
    const s = JSON.parse(fs.readFileSync(path.join(src, 'meta', f), 'utf8'));
    v6[s.id] = s;
}
for (const folder of fs.readdirSync(up)) {
    const file = path.join(up, folder, 'snapshot.json');
    if (!fs.existsSync(file)) continue;
    const s = JSON.parse(fs.readFileSync(file, 'utf8'));
    const internal = (v6[s.id] && v6[s.id].internal && v6[s.id].internal.indexes) || {};
    for (const e of s.ddl) {
        if (e.entityType === 'indexes')
            for (const t of e.columns)
                t.isExpression = !!(internal[e.name] && internal[e.name].columns[t.value] &&
                                    internal[e.name].columns[t.value].isExpression);
        if (e.entityType === 'checks') e.value = e.value.replace(`"${e.table}".`, '');
    }
    fs.writeFileSync(file, JSON.stringify(s, null, 2));
}
JS
}

# compare CASE: every folder name and file byte for byte.
compare() {
    local c=$1
    if ! diff -r "$work/$c/up/drizzle" "$work/$c/tw/drizzle" >"$work/$c/diff.txt"; then
        echo "$c: tablewright convert differs from drizzle-kit up:"
        head -60 "$work/$c/diff.txt"
        status=1
    fi
}

for src in "$root"/tests/data/folders/*/; do
    [ -f "$src/meta/_journal.json" ] || continue
    c=$(basename "$src")
    convert "$c" "$src"
    [ -d "$work/$c/tw/drizzle" ] && deliberate "$c" "$src" && compare "$c"
done

# Every 0.31.11 snapshot golden (tests/data/drizzle/snapshots: types, defaults, keys, indexes, names, views,
# generated columns, checks) as one chain, one migration each.
chain="$work/snapshot-goldens-src"
mkdir -p "$chain/meta"
node - "$root/tests/data/drizzle/snapshots" "$chain" <<'JS'
const fs = require('fs'), path = require('path');
const [from, to] = process.argv.slice(2);
const entries = [];
let prevId = '00000000-0000-0000-0000-000000000000';
fs.readdirSync(from).sort().forEach((c, idx) => {
    const dir = path.join(from, c);
    if (!fs.existsSync(path.join(dir, 'snapshot.json'))) return;
    const n = String(entries.length).padStart(4, '0');
    const snapshot = JSON.parse(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'));
    snapshot.prevId = prevId;
    snapshot.id = `00000000-0000-4000-8000-${String(entries.length + 1).padStart(12, '0')}`;
    prevId = snapshot.id;
    fs.writeFileSync(path.join(to, 'meta', `${n}_snapshot.json`), JSON.stringify(snapshot, null, 2));
    fs.copyFileSync(path.join(dir, 'migration.sql'), path.join(to, `${n}_${c}.sql`));
    entries.push({ idx: entries.length, version: '6', when: 1796600000000 + entries.length * 1500, tag: `${n}_${c}`,
                   breakpoints: true });
});
fs.writeFileSync(path.join(to, 'meta', '_journal.json'),
                 JSON.stringify({ version: '7', dialect: 'sqlite', entries }, null, 2));
JS
convert snapshot-goldens "$chain"
[ -d "$work/snapshot-goldens/tw/drizzle" ] && deliberate snapshot-goldens "$chain" && compare snapshot-goldens

# The same second: the second entry 100 ms after the first. rc.5 names both with the first's second (and then
# sorts add_handle before init); tablewright gives add_handle the next second. Everything else is equal.
same="$work/same-second-src"
cp -r "$root/tests/data/folders/classic-uniques" "$same"
node -e '
const fs = require("fs"); const p = process.argv[1]; const j = JSON.parse(fs.readFileSync(p, "utf8"));
j.entries[1].when = j.entries[0].when + 100; fs.writeFileSync(p, JSON.stringify(j, null, 2));' "$same/meta/_journal.json"
convert same-second "$same"
up_names=$(ls "$work/same-second/up/drizzle" | tr '\n' ' ')
tw_names=$(ls "$work/same-second/tw/drizzle" | tr '\n' ' ')
[ "$up_names" = "20261207041743_add_handle 20261207041743_init 20261207041746_seed_scores " ] \
    || { echo "same-second: drizzle-kit up wrote $up_names (expected the inverted order)"; status=1; }
[ "$tw_names" = "20261207041743_init 20261207041744_add_handle 20261207041746_seed_scores " ] \
    || { echo "same-second: tablewright wrote $tw_names"; status=1; }
mv "$work/same-second/up/drizzle/20261207041743_add_handle" "$work/same-second/up/drizzle/20261207041744_add_handle"
deliberate same-second "$same"
compare same-second

# The next generate: rc.5 itself, on the folder tablewright converted from classic-uniques, with the fixture's schema
# declaring 0.31's unique indexes as uniqueIndex() (what convert keeps in the project) reports no changes; with the
# original .unique() columns it recreates the tables (the trap convert avoids).
next="$work/classic-uniques/tw"
ln -s "$here/node_modules" "$next/node_modules"
schema() { # $1: "index" or "column"
    local users_unique="" label_unique="" email=".notNull().unique()" handle=".unique()" label=".notNull().unique()"
    if [ "$1" = index ]; then
        email=".notNull()" handle="" label=".notNull()"
        users_unique=", (t) => [uniqueIndex('users_email_unique').on(t.email), uniqueIndex('users_handle_unique').on(t.handle)]"
        label_unique=", (t) => [uniqueIndex('tags_label_unique').on(t.label)]"
    fi
    cat <<TS
import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email')$email,
  name: text('name'),
  handle: text('handle')$handle,
  score: integer('score').notNull().default(0),
}$users_unique);
export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  authorId: integer('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
}, (t) => [index('posts_author_idx').on(t.authorId)]);
export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey(),
  label: text('label')$label,
}$label_unique);
export const postTags = sqliteTable('post_tags', {
  postId: integer('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
  tagId: integer('tag_id').notNull().references(() => tags.id),
}, (t) => [primaryKey({ columns: [t.postId, t.tagId] })]);
TS
}
if [ -d "$next/drizzle" ]; then
    schema index >"$next/index.ts"
    schema column >"$next/column.ts"
    answer=$(cd "$next" && node "$kit" generate --dialect sqlite --schema ./index.ts --out drizzle --output json 2>&1 || true)
    [ "$answer" = '{"status":"no_changes","dialect":"sqlite"}' ] \
        || { echo "next generate with uniqueIndex(): expected no changes, got: $answer"; status=1; }
    answer=$(cd "$next" && node "$kit" generate --dialect sqlite --schema ./column.ts --out drizzle --output json \
        --explain 2>&1 || true)
    case "$answer" in *'"recreate_table"'*) ;; *) echo "next generate with .unique(): expected a rebuild, got: $answer"; status=1 ;; esac
fi

[ $status = 0 ] && echo "tablewright convert = drizzle-kit 1.0 up (except the deliberate differences)"
exit $status
