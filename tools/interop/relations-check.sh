#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The relations() of an exported schema.ts against the real drizzle-orm and drizzle-kit, for each project given
# with a file of relational queries (tests/data/codegen/relations/*.queries.ts):
#   1. `tablewright generate` writes the migrations, `tablewright export` the code into an empty folder;
#   2. drizzle-kit generate on the exported schema.ts finds no change (the relations are no part of a snapshot);
#      relations-oracle.mjs: drizzle-orm resolves every relation, and drizzle-kit 0.31.11 names the same foreign
#      keys the same way (except the relations the queries file lists as renamed off a column's name);
#   3. `tsc --noEmit --strict` accepts the queries, `db.query.x.findMany({ with: { ... } })` over
#      `drizzle(client, { schema })` with schema.ts imported as it is;
#   4. the queries run on D1 (Miniflare, the local D1 of wrangler) with the migrations applied. Not on sql.js:
#      drizzle-orm's sql-js driver returns relational results unmapped (drizzle-team/drizzle-orm#2189).
# With --random N, step 2 also runs on N random projects (random-relations-project.mjs, seeds 1 to N).
# usage: relations-check.sh TABLEWRIGHT [--random N] PROJECT QUERIES [PROJECT QUERIES]...
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tw=${1:?usage: relations-check.sh TABLEWRIGHT [--random N] PROJECT QUERIES [PROJECT QUERIES]...}
shift
randoms=0
if [ "${1:-}" = --random ]; then
    randoms=${2:?--random needs a count}
    shift 2
fi
modules="$here/node_modules"

if [ ! -x "$modules/.bin/tsc" ] || [ ! -x "$modules/.bin/tsx" ] \
    || [ ! -d "$modules/miniflare" ] || [ ! -f "$modules/drizzle-kit/bin.cjs" ]; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    project=$1
    queries=${2:?usage: relations-check.sh TABLEWRIGHT [--random N] PROJECT QUERIES [PROJECT QUERIES]...}
    shift 2
    name=$(basename "$project" .twproj)
    dir="$work/$name"
    mkdir -p "$dir"
    cp "$project" "$dir/app.twproj"
    cp "$queries" "$dir/queries.ts"
    ln -s "$modules" "$dir/node_modules"
    cat > "$dir/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "ESNext",
  "moduleResolution": "Bundler", "esModuleInterop": true, "skipLibCheck": true, "noUnusedLocals": true,
  "types": [] }, "files": ["run-queries.ts"] }
JSON
    cat > "$dir/run-queries.ts" <<'TS'
import { Miniflare } from 'miniflare';
import { drizzle } from 'drizzle-orm/d1';
import { migrate } from 'drizzle-orm/d1/migrator';
import * as schema from './src/db/schema';
import { check } from './queries';

async function main(): Promise<void> {
  const miniflare = new Miniflare({ modules: true, script: 'export default {};', d1Databases: ['DB'] });
  try {
    const db = drizzle(await miniflare.getD1Database('DB'), { schema });
    await migrate(db, { migrationsFolder: 'drizzle' });
    await check(db);
  } finally {
    await miniflare.dispose();
  }
}

main().then(() => console.log('queries ran'));
TS
    (
        cd "$dir"
        "$tw" generate app.twproj --name init >generate.out 2>&1 || { cat generate.out >&2; fail "$name: tablewright generate"; }
        "$tw" export app.twproj >export.out 2>&1 || { cat export.out >&2; fail "$name: tablewright export"; }
        [ -f src/db/schema.ts ] || fail "$name: the queries expect the schema in src/db/schema.ts"
        ./node_modules/.bin/drizzle-kit generate --dialect sqlite --schema src/db/schema.ts --out drizzle >kit.out 2>&1 \
            || { cat kit.out >&2; fail "$name: drizzle-kit generate"; }
        grep -q "No schema changes" kit.out || { cat kit.out >&2; fail "$name: drizzle-kit sees changes in the exported schema.ts"; }
        renamed=$(sed -n "s/^export const renamedFromDrizzleKit: string\[\] = \[\(.*\)\];$/\1/p" queries.ts | tr ",'" '  ')
        # shellcheck disable=SC2086 # one word per renamed relation
        ./node_modules/.bin/tsx "$here/relations-oracle.mjs" src/db/schema.ts $renamed \
            || { cat src/db/schema.ts >&2; fail "$name: the relations disagree with drizzle-orm or drizzle-kit"; }
        ./node_modules/.bin/tsc -p tsconfig.json || fail "$name: tsc --strict rejects the relational queries"
        ./node_modules/.bin/tsx run-queries.ts >run.out 2>&1 || { cat run.out >&2; fail "$name: the relational queries fail on D1"; }
        grep -q 'queries ran' run.out || { cat run.out >&2; fail "$name: the queries did not finish"; }
        echo "ok: $name"
    )
done

for seed in $(seq 1 "$randoms"); do
    dir="$work/random-$seed"
    mkdir -p "$dir"
    ln -s "$modules" "$dir/node_modules"
    (
        cd "$dir"
        node "$here/random-relations-project.mjs" "$seed" app.twproj
        "$tw" export app.twproj --only schema >export.out 2>&1 || { cat export.out >&2; fail "random project $seed: tablewright export"; }
        ./node_modules/.bin/tsx "$here/relations-oracle.mjs" src/db/schema.ts >oracle.out 2>&1 \
            || { cat oracle.out app.twproj src/db/schema.ts >&2; fail "random project $seed: the relations disagree with drizzle-orm or drizzle-kit"; }
    )
done
[ "$randoms" = 0 ] || echo "ok: $randoms random projects"
