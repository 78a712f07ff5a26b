#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# After `tablewright rollback`, drizzle's own migrators see the undone migration as pending and apply it again:
#   1. drizzle-kit 1.0 (v1) layout: drizzle-orm 1.0.0-rc.5's migrator (tools/interop-v1/migrate-v1.mjs) on
#      tests/data/folders/v1-two-migrations, rolled back by tablewright (the rename undone, rows kept), migrated again
#      by rc.5: the same schema and __drizzle_migrations names and hashes as a database rc.5 migrated once;
#   2. classic layout: drizzle-orm 0.45's migrator (tools/interop/d1-drizzle-migrate.mjs) on
#      tests/data/folders/two-migrations, the same round.
# usage: rollback-migrator-interop.sh TABLEWRIGHT FOLDERS_DIR
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
tw=${1:?usage: rollback-migrator-interop.sh TABLEWRIGHT FOLDERS_DIR}
folders=$(cd "${2:?usage: rollback-migrator-interop.sh TABLEWRIGHT FOLDERS_DIR}" && pwd)
tw=$(cd "$(dirname "$tw")" && pwd)/$(basename "$tw")
v1=$root/tools/interop-v1
classic=$root/tools/interop

if [ ! -d "$v1/node_modules/drizzle-orm" ] || [ ! -d "$v1/node_modules/@libsql/client" ] \
    || [ ! -d "$classic/node_modules/drizzle-orm" ] || [ ! -d "$classic/node_modules/sql.js" ] \
    || ! command -v sqlite3 >/dev/null || ! command -v node >/dev/null; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop-v1 and tools/interop; install sqlite3)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

schema() { sqlite3 -bail "$1" "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE '%drizzle%' ORDER BY type, name"; }
tracked() { sqlite3 -bail "$1" "SELECT $2, hash FROM __drizzle_migrations ORDER BY created_at"; }
rollback() { "$tw" rollback project.twproj --db "$1" --migrations "$2" --tracking drizzle >rollback.out 2>&1 \
    || { cat rollback.out >&2; fail "tablewright rollback of $1"; }; }

"$tw" import "$folders/two-migrations" -o project.twproj >/dev/null || fail "tablewright import of a classic folder"

# 1. v1 layout, drizzle-orm 1.0.0-rc.5's migrator.
cp -r "$folders/v1-two-migrations" v1
node "$v1/migrate-v1.mjs" once.sqlite v1 || fail "rc.5's migrator on a fresh database"
node "$v1/migrate-v1.mjs" v1.sqlite v1 || fail "rc.5's migrator on a fresh database"
sqlite3 -bail v1.sqlite "INSERT INTO labels (id, title) VALUES (1, 'news'); INSERT INTO users (id, display_name) VALUES (1, 'Ada');"
rollback v1.sqlite v1
[ "$(tracked v1.sqlite name | cut -d'|' -f1)" = 20261207033139_initial ] || fail "v1: the tracking row was not removed"
[ "$(sqlite3 v1.sqlite "SELECT id || label FROM tags")" = 1news ] || fail "v1: the rename was not undone with its rows"
node "$v1/migrate-v1.mjs" v1.sqlite v1 || fail "rc.5's migrator after the rollback"
[ "$(sqlite3 v1.sqlite "SELECT id || title FROM labels; SELECT display_name FROM users")" = "1news
Ada" ] || fail "v1: rc.5 did not apply the rolled-back migration again"
[ "$(schema v1.sqlite)" = "$(schema once.sqlite)" ] || { diff <(schema once.sqlite) <(schema v1.sqlite) >&2 || true; fail "v1: schemas differ"; }
[ "$(tracked v1.sqlite name)" = "$(tracked once.sqlite name)" ] || fail "v1: __drizzle_migrations differs"

# 2. Classic layout, drizzle-orm 0.45's migrator.
node "$classic/d1-drizzle-migrate.mjs" once-classic.sqlite "$folders/two-migrations" || fail "drizzle-orm 0.45's migrator"
node "$classic/d1-drizzle-migrate.mjs" classic.sqlite "$folders/two-migrations" || fail "drizzle-orm 0.45's migrator"
rollback classic.sqlite "$folders/two-migrations"
[ "$(sqlite3 classic.sqlite "SELECT count(*) FROM __drizzle_migrations")" = 1 ] || fail "classic: the tracking row was not removed"
sqlite3 classic.sqlite "SELECT 1 FROM tags" 2>/dev/null && fail "classic: tags was not dropped"
node "$classic/d1-drizzle-migrate.mjs" classic.sqlite "$folders/two-migrations" || fail "drizzle-orm 0.45's migrator after the rollback"
[ "$(schema classic.sqlite)" = "$(schema once-classic.sqlite)" ] || fail "classic: the migrator did not apply the rolled-back migration again"
[ "$(tracked classic.sqlite created_at)" = "$(tracked once-classic.sqlite created_at)" ] || fail "classic: __drizzle_migrations differs"
echo "ok: after tablewright rollback, drizzle's migrators apply the rolled-back migrations again"
