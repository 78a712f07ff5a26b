#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# drizzle-kit 1.0 branches against the real rc.5, on the fixtures make-branch-folders.sh made
# (tests/data/folders/v1-branches-ok: two branches on different tables; v1-branches-conflict: a column added on one
# branch, the table rebuilt on the other):
#   1. one further change after two open branches: `tablewright generate` (a source-mode project imported from
#      drizzle.config.ts) writes rc.5 generate's migration.sql byte for byte and its snapshot.json except the id;
#   2. no further change: both print no changes and write no merge migration;
#   3. `check`: the same verdict as rc.5's `check --output json` on both folders, the same conflict `details` from
#      `check --output json`, and a text naming rc.5's parent, both leaves and both statement descriptions.
# usage: check-branches-v1.sh TABLEWRIGHT
# exit: 0 ok, 1 a difference, 77 drizzle-kit rc.5 or python3 not installed (CTest: skipped)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tw=${1:?usage: check-branches-v1.sh TABLEWRIGHT}
modules="$here/node_modules"
folders="$root/tests/data/folders"
if [ ! -f "$modules/drizzle-kit/bin.cjs" ] || [ ! -d "$modules/drizzle-orm" ] || ! command -v node >/dev/null \
    || ! command -v python3 >/dev/null; then
    echo "SKIPPED: drizzle-kit 1.0.0-rc.5 is not installed (run 'npm ci' in tools/goldens-v1)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# workspace DIR FIXTURE SCHEMA: a project folder with drizzle.config.ts, schema.ts and a copy of the fixture folder.
workspace() {
    mkdir -p "$1"
    ln -s "$modules" "$1/node_modules"
    cp -r "$folders/$2" "$1/drizzle"
    cp "$here/branches/$3" "$1/schema.ts"
    echo "export default { dialect: 'sqlite', schema: './schema.ts', out: './drizzle' };" > "$1/drizzle.config.ts"
}
kit() { (cd "$1" && shift && node node_modules/drizzle-kit/bin.cjs "$@" </dev/null); }
twproject() { (cd "$1" && "$tw" import drizzle.config.ts -o app.twproj >import.out 2>&1) || { cat "$1/import.out" >&2; fail "tablewright import in $1"; }; }
folders_of() { find "$1/drizzle" -mindepth 1 -maxdepth 1 -type d | sort; }

# 1. Open branches, then one further change (an index).
workspace "$work/rc" v1-branches-ok merged-index.ts
workspace "$work/tw" v1-branches-ok merged-index.ts
kit "$work/rc" generate --dialect sqlite --schema ./schema.ts --out drizzle --name merge_index >"$work/rc.out" 2>&1 \
    || { cat "$work/rc.out" >&2; fail "rc.5 generate"; }
twproject "$work/tw"
"$tw" generate "$work/tw/app.twproj" --name merge_index >"$work/tw.out" 2>"$work/tw.err" \
    || { cat "$work/tw.err" >&2; fail "tablewright generate on open branches"; }
rc_folder=$(ls -d "$work"/rc/drizzle/*_merge_index)
tw_folder=$(ls -d "$work"/tw/drizzle/*_merge_index)
cmp "$rc_folder/migration.sql" "$tw_folder/migration.sql" \
    || { diff "$rc_folder/migration.sql" "$tw_folder/migration.sql" >&2; fail "migration.sql differs from rc.5's merge"; }
python3 - "$rc_folder/snapshot.json" "$tw_folder/snapshot.json" <<'PY' || fail "snapshot.json differs from rc.5's merge"
import json, sys
rc, tw = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
rc_id, tw_id = json.loads(rc)["id"], json.loads(tw)["id"]
if rc.replace(rc_id, "ID") != tw.replace(tw_id, "ID"):
    sys.stderr.write("rc.5:\n" + rc + "\ntablewright:\n" + tw + "\n")
    sys.exit(1)
PY
echo "ok: one change after two open branches is rc.5's merge, byte for byte"

# 2. Open branches and no further change: nobody writes a merge.
workspace "$work/rc2" v1-branches-ok merged.ts
workspace "$work/tw2" v1-branches-ok merged.ts
kit "$work/rc2" generate --dialect sqlite --schema ./schema.ts --out drizzle --output json >"$work/rc2.out" 2>&1 || true
grep -q '"status":"no_changes"' "$work/rc2.out" || { cat "$work/rc2.out" >&2; fail "rc.5 saw changes on the merged schema"; }
twproject "$work/tw2"
before=$(folders_of "$work/tw2")
"$tw" generate "$work/tw2/app.twproj" >"$work/tw2.out" 2>&1 || { cat "$work/tw2.out" >&2; fail "tablewright generate"; }
grep -q "No schema changes" "$work/tw2.out" || { cat "$work/tw2.out" >&2; fail "tablewright generate saw changes"; }
[ "$before" = "$(folders_of "$work/tw2")" ] || fail "tablewright wrote a migration without changes"
[ "$(folders_of "$work/rc2" | wc -l)" = 3 ] || fail "rc.5 wrote a migration without changes"
echo "ok: no change on open branches writes nothing in both"

# 3. check: the verdicts, and the conflict's parent, leaves and descriptions.
for fixture in v1-branches-ok v1-branches-conflict; do
    dir="$work/check-$fixture"
    workspace "$dir" v1-branches-ok merged.ts # imported while the folder merges, then the fixture put in place
    twproject "$dir"
    rm -rf "$dir/drizzle" && cp -r "$folders/$fixture" "$dir/drizzle"
    kit "$dir" check --dialect sqlite --out drizzle --output json >"$dir/rc.json" 2>/dev/null && rc_status=0 || rc_status=$?
    "$tw" check "$dir/app.twproj" >"$dir/tw.out" 2>&1 && tw_status=0 || tw_status=$?
    "$tw" check "$dir/app.twproj" --output json >"$dir/tw.json" 2>/dev/null || true
    [ "$rc_status" = "$tw_status" ] || { cat "$dir/rc.json" "$dir/tw.out" >&2; fail "$fixture: rc.5 check exits $rc_status, tablewright check $tw_status"; }
    python3 - "$dir/rc.json" "$dir/tw.out" "$dir/tw.json" <<'PY' || fail "$fixture: tablewright check does not say what rc.5's check says"
import json, os, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
ours = json.load(open(sys.argv[3], encoding="utf-8"))
if ours["status"] != report["status"]:
    sys.exit("status %s, rc.5 %s" % (ours["status"], report["status"]))
if report.get("status") == "ok":
    sys.exit(1 if "conflicting branches" in text else 0)
def normalized(error):  # paths relative to the project (rc.5: its `out`), compared normalised
    details = json.loads(json.dumps(error["details"]))
    for d in details:
        d["parentPath"] = os.path.normpath(d["parentPath"])
        for b in d["branches"]:
            b["leafPath"] = os.path.normpath(b["leafPath"])
    return {"code": error["code"], "kind": error["kind"], "conflicts": error["conflicts"], "details": details}
if normalized(ours["error"]) != normalized(report["error"]):
    sys.exit("--output json differs:\n%s\nrc.5:\n%s" % (json.dumps(ours["error"]), json.dumps(report["error"])))
for detail in report["error"]["details"]:
    a, b = detail["branches"]
    parent = os.path.basename(detail["parentPath"])
    expected = "%s and %s were both generated from %s" % (os.path.basename(a["leafPath"]), os.path.basename(b["leafPath"]), parent)
    for part in (expected, '"%s"' % a["statementDescription"], '"%s"' % b["statementDescription"]):
        if part not in text:
            sys.exit("missing %r in:\n%s" % (part, text))
PY
    echo "ok: check on $fixture agrees with rc.5 (exit $tw_status)"
done
