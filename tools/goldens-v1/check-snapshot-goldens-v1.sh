#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the drizzle-kit 1.0.0-rc.5 goldens (tests/data/snapshot-golden-v1) with the real tool into a temporary
# folder and compares them with the committed ones, byte for byte. Two values are random on every run and are taken
# from the committed file instead: the snapshot's "id", and in a two-step case (before.ts) the "prevIds" entry that
# is the first migration's id (the check verifies it is exactly that id before replacing it). A one-step case's
# prevIds must be the zero UUID as committed.
# exit status: 0 same, 1 different (the diff is printed), 77 drizzle-kit 1.0 is not installed (CTest reports a skip;
#              with TW_REQUIRE_INTEROP=ON, as in CI, a failure instead).
set -euo pipefail

skip() {
    echo "SKIPPED: $*" >&2
    exit 77
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
data="$root/tests/data/snapshot-golden-v1"

command -v node >/dev/null || skip "node is not installed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

set +e
"$here/make-snapshot-goldens-v1.sh" --out "$work" >"$work/log" 2>&1
rc=$?
set -e
[ $rc = 77 ] && skip "drizzle-kit 1.0 is not installed (run 'npm ci' in tools/goldens-v1)"
[ $rc = 0 ] || { cat "$work/log" >&2; exit 1; }

# normalize COMMITTED FRESH FIRST_ID_FILE: rewrites FRESH with the committed id (and prevIds, see above).
normalize() {
    node - "$@" <<'JS'
const fs = require('fs');
const [committedPath, freshPath, firstIdPath] = process.argv.slice(2);
const committed = JSON.parse(fs.readFileSync(committedPath, 'utf8'));
const fresh = JSON.parse(fs.readFileSync(freshPath, 'utf8'));
if (!/^[0-9a-f-]{36}$/.test(fresh.id)) throw new Error(`fresh id ${fresh.id} is not a UUID`);
fresh.id = committed.id;
if (fs.existsSync(firstIdPath)) {
    const firstId = fs.readFileSync(firstIdPath, 'utf8');
    if (JSON.stringify(fresh.prevIds) !== JSON.stringify([firstId]))
        throw new Error(`prevIds ${JSON.stringify(fresh.prevIds)} are not [the first migration's id ${firstId}]`);
    fresh.prevIds = committed.prevIds;
}
fs.writeFileSync(freshPath, JSON.stringify(fresh, null, 2));
JS
}

status=0
count=0
for dir in "$data"/*/; do
    c=$(basename "$dir")
    [ -f "$dir/snapshot.json" ] || continue
    fresh="$work/$c"
    count=$((count + 1))
    [ -f "$fresh/snapshot.json" ] || { echo "$c: no fresh snapshot"; status=1; continue; }
    # Compare the raw bytes around the normalised values: JSON.stringify(x, null, 2) is how drizzle-kit writes them.
    raw="$work/$c.raw.json"
    cp "$fresh/snapshot.json" "$raw"
    normalize "$dir/snapshot.json" "$fresh/snapshot.json" "$fresh/first-id.txt" || { echo "$c: ids"; status=1; continue; }
    node -e 'const fs=require("fs");const a=fs.readFileSync(process.argv[1],"utf8");process.exit(JSON.stringify(JSON.parse(a),null,2)===a?0:1)' "$raw" \
        || { echo "$c: drizzle-kit's snapshot is not JSON.stringify(x, null, 2)"; status=1; }
    cmp -s "$dir/snapshot.json" "$fresh/snapshot.json" || { echo "$c: snapshot.json differs:"; diff "$dir/snapshot.json" "$fresh/snapshot.json" | head -40; status=1; }
    cmp -s "$dir/migration.sql" "$fresh/migration.sql" || { echo "$c: migration.sql differs:"; diff "$dir/migration.sql" "$fresh/migration.sql" | head -40; status=1; }
done
[ $count -gt 0 ] || { echo "no goldens under $data"; exit 1; }
[ $status = 0 ] && echo "drizzle-kit 1.0 snapshot goldens: identical ($count cases)"
exit $status
