#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `tablewright apply` on a drizzle-kit 1.0 (v1) folder against drizzle-orm 1.0.0-rc.5's own migrator (libsql,
# tools/interop-v1/migrate-v1.mjs), each on its own copy of a database:
#   1. a fresh database (tests/data/folders/v1-two-migrations, made by rc.5's generate);
#   2. then a branch's older migration merged later (both apply it);
#   3. a database drizzle-orm 0.45's migrator (0.31's tracking table) migrated from a classic folder, continued in the
#      v1 layout the way `drizzle-kit up` lays it out, plus one new migration (rc.5's upToV1 upgrade).
# Asserts each time: the same schema (sqlite_master, the tracking table's text included), the same
# __drizzle_migrations rows (id, name, created_at, hash; applied_at set or NULL alike), and each tool finds nothing to
# do on the other's database.
# usage: v1-migrator-interop.sh TABLEWRIGHT FOLDERS_DIR
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
tw=${1:?usage: v1-migrator-interop.sh TABLEWRIGHT FOLDERS_DIR}
folders=$(cd "${2:?usage: v1-migrator-interop.sh TABLEWRIGHT FOLDERS_DIR}" && pwd)
tw=$(cd "$(dirname "$tw")" && pwd)/$(basename "$tw")
v1=$root/tools/interop-v1
classic=$root/tools/interop

if [ ! -d "$v1/node_modules/drizzle-orm" ] || [ ! -d "$v1/node_modules/@libsql/client" ] \
    || [ ! -d "$classic/node_modules/drizzle-orm" ] || [ ! -d "$classic/node_modules/sql.js" ] \
    || ! command -v sqlite3 >/dev/null || ! command -v node >/dev/null || ! command -v python3 >/dev/null; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop-v1 and tools/interop; install sqlite3)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

rc5() { node "$v1/migrate-v1.mjs" "$1" "$2" || fail "rc.5's migrator on $1"; }
twapply() { "$tw" apply project.twproj --db "$1" --migrations "$2" --tracking drizzle; }
schema() { sqlite3 -bail "$1" "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"; }
rows() { sqlite3 -bail "$1" "SELECT quote(id), name, created_at, hash, applied_at IS NULL FROM __drizzle_migrations ORDER BY created_at, name"; }
same() { # same(A, B, WHAT): the schema and the tracking rows of two databases agree
    [ "$(schema "$1")" = "$(schema "$2")" ] || { diff <(schema "$1") <(schema "$2") >&2 || true; fail "$3: schemas differ"; }
    [ "$(rows "$1")" = "$(rows "$2")" ] || { diff <(rows "$1") <(rows "$2") >&2 || true; fail "$3: __drizzle_migrations rows differ"; }
}
upToDate() { # upToDate(DB_BY_RC5, DB_BY_TW, FOLDER, WHAT): each tool has nothing to do on the other's database
    cp "$2" cross-rc5.sqlite && rc5 cross-rc5.sqlite "$3"
    [ "$(rows cross-rc5.sqlite)" = "$(rows "$2")" ] || fail "$4: rc.5's migrator ran something on tablewright's database"
    out=$(twapply "$1" "$3" 2>&1) || fail "$4: tablewright apply on rc.5's database: $out"
    case $out in *"No pending migrations"*) ;; *) fail "$4: tablewright found pending migrations on rc.5's database: $out" ;; esac
}

"$tw" import "$folders/two-migrations" -o project.twproj >/dev/null || fail "tablewright import of a classic folder"

# 1. A fresh database.
cp -r "$folders/v1-two-migrations" v1
rc5 fresh-rc5.sqlite v1
twapply fresh-tw.sqlite v1 >/dev/null || fail "tablewright apply on a fresh database"
same fresh-rc5.sqlite fresh-tw.sqlite "fresh database"
[ "$(sqlite3 fresh-tw.sqlite "SELECT count(*) FROM __drizzle_migrations WHERE applied_at LIKE '____-__-__T__:__:__.___Z'")" = 2 ] \
    || fail "applied_at is not an ISO time as rc.5 writes it"
upToDate fresh-rc5.sqlite fresh-tw.sqlite v1 "fresh database"

# 2. A branch generated between the two migrations, merged after both were applied.
mkdir v1/20261207033140_branch
printf 'CREATE TABLE `notes` (\n\t`id` integer PRIMARY KEY,\n\t`body` text\n);\n' > v1/20261207033140_branch/migration.sql
rc5 fresh-rc5.sqlite v1
twapply fresh-tw.sqlite v1 >/dev/null || fail "tablewright apply of the merged branch"
sqlite3 fresh-tw.sqlite "SELECT 1 FROM notes" >/dev/null || fail "tablewright did not apply the older branch migration"
same fresh-rc5.sqlite fresh-tw.sqlite "merged branch"
upToDate fresh-rc5.sqlite fresh-tw.sqlite v1 "merged branch"

# 3. 0.31's tracking table: drizzle-orm 0.45's migrator on the classic folder, then the folder as `drizzle-kit up`
#    lays it out (<when as UTC second>_<name>/migration.sql) with one more migration, continued by both.
node "$classic/d1-drizzle-migrate.mjs" old.sqlite "$folders/two-migrations" || fail "drizzle-orm 0.45's migrator"
python3 - "$folders/two-migrations" up <<'PY'
import json, os, shutil, sys, datetime
src, out = sys.argv[1], sys.argv[2]
for entry in json.load(open(os.path.join(src, "meta", "_journal.json")))["entries"]:
    when = datetime.datetime.fromtimestamp(entry["when"] / 1000, datetime.timezone.utc)
    folder = os.path.join(out, when.strftime("%Y%m%d%H%M%S") + "_" + entry["tag"].split("_", 1)[1])
    os.makedirs(folder)
    shutil.copyfile(os.path.join(src, entry["tag"] + ".sql"), os.path.join(folder, "migration.sql"))
PY
mkdir up/29991231235959_audit
printf 'CREATE TABLE `audit` (\n\t`id` integer PRIMARY KEY\n);\n' > up/29991231235959_audit/migration.sql
cp old.sqlite old-rc5.sqlite && cp old.sqlite old-tw.sqlite
rc5 old-rc5.sqlite up
twapply old-tw.sqlite up >/dev/null || fail "tablewright apply on a 0.31 tracking table"
same old-rc5.sqlite old-tw.sqlite "0.31 table upgraded"
[ "$(sqlite3 old-tw.sqlite "SELECT count(*) FROM __drizzle_migrations WHERE applied_at IS NULL AND name IS NOT NULL")" -ge 1 ] \
    || fail "the 0.31 rows were not named"
upToDate old-rc5.sqlite old-tw.sqlite up "0.31 table upgraded"

# 3b. A 0.31 row matching no folder: both refuse, and tablewright writes nothing.
rm -r up/29991231235959_audit
first=$(ls up | head -n 1)
rm -r "up/$first"
cp old.sqlite orphan.sqlite
if node "$v1/migrate-v1.mjs" orphan.sqlite up 2>/dev/null; then fail "rc.5 accepted a row matching no folder"; fi
cp old.sqlite orphan.sqlite
if out=$(twapply orphan.sqlite up 2>&1); then fail "tablewright accepted a row matching no folder"; fi
case $out in *"do not match any local migration"*) ;; *) fail "tablewright's refusal does not say rc.5's reason: $out" ;; esac
cmp -s old.sqlite orphan.sqlite || fail "tablewright changed the database it refused"
echo "ok: tablewright apply and drizzle-orm rc.5's migrator track v1 folders alike"
