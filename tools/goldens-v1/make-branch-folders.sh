#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the v1 branch fixtures with the real drizzle-kit 1.0.0-rc.5 (`generate`, dialect sqlite) from the schemas in
# tools/goldens-v1/branches/: one migration from base.ts, then three branches generated from it in separate copies
# of the folder (as two developers would), copied together the way version control merges them:
#   v1-branches-ok        base + add-bio.ts (ALTER TABLE users ADD bio) + add-comments.ts (CREATE TABLE comments)
#   v1-branches-conflict  base + add-bio.ts + rebuild-users.ts (users.name NOT NULL: rc.5 rebuilds users)
#   v1-branches-merged    v1-branches-ok + the merge rc.5 writes for merged-index.ts (prevIds: both leaves)
# usage: make-branch-folders.sh [--out DIR]     (default DIR: tests/data/folders)
# environment: DRIZZLE_LAB_V1 as for make-snapshot-goldens-v1.sh
# exit status: 0 done, 1 drizzle-kit failed, 77 drizzle-kit is not installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
lab=${DRIZZLE_LAB_V1:-$here}
out="$root/tests/data/folders"
if [ "${1:-}" = "--out" ]; then out=${2:?--out needs a directory}; fi

kit="$lab/node_modules/drizzle-kit/bin.cjs"
if [ ! -f "$kit" ] || [ ! -d "$lab/node_modules/drizzle-orm" ] || ! command -v node >/dev/null; then
    echo "make-branch-folders.sh: drizzle-kit 1.0.0-rc.5 is not installed in $lab/node_modules" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NODE_PATH="$lab/node_modules${NODE_PATH:+:$NODE_PATH}"

# generate DIR SCHEMA NAME: one rc.5 generate of branches/SCHEMA into DIR/drizzle; fails unless it wrote *_NAME/.
generate() {
    local dir=$1 schema=$2 name=$3
    mkdir -p "$dir"
    cp "$here/branches/$schema" "$dir/schema.ts"
    (cd "$dir" && node "$kit" generate --dialect sqlite --schema ./schema.ts --out drizzle --name "$name" \
        </dev/null >"$dir/log.txt" 2>&1) || { cat "$dir/log.txt" >&2; exit 1; }
    ls -d "$dir"/drizzle/*_"$name" >/dev/null 2>&1 || { cat "$dir/log.txt" >&2; exit 1; }
    sleep 1 # rc.5 names folders by the second: keep every folder in its own
}

generate "$work/base" base.ts init
for branch in add-bio:add_bio add-comments:add_comments rebuild-users:rebuild_users; do
    mkdir -p "$work/${branch%%:*}"
    cp -r "$work/base/drizzle" "$work/${branch%%:*}/drizzle"
    generate "$work/${branch%%:*}" "${branch%%:*}.ts" "${branch##*:}"
done

merge() { # merge TARGET BRANCH...: the union of the branches' folders, as git merges them
    local target=$1
    shift
    rm -rf "${out:?}/$target"
    mkdir -p "$out/$target"
    for branch in "$@"; do cp -r "$work/$branch/drizzle/." "$out/$target/"; done
}
merge v1-branches-ok add-bio add-comments
merge v1-branches-conflict add-bio rebuild-users

mkdir -p "$work/merged"
cp -r "$out/v1-branches-ok" "$work/merged/drizzle"
generate "$work/merged" merged-index.ts merge_index
rm -rf "${out:?}/v1-branches-merged"
cp -r "$work/merged/drizzle" "$out/v1-branches-merged"
echo "made $out/v1-branches-ok, v1-branches-conflict, v1-branches-merged"
