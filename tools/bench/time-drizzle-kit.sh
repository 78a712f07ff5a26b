#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `drizzle-kit generate` on the benchmark's generated schema (the same input as tw_benchmarks'
# generateMigration): a baseline migration from the "before" schema, then the timed generate of the "after"
# schema (10 % of tables changed; column renames answered by tools/goldens/drizzle-generate.py).
# usage: time-drizzle-kit.sh BUILD_DIR [TABLES] [RUNS]     prints one line: tables, runs, median seconds
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:?usage: time-drizzle-kit.sh BUILD_DIR [TABLES] [RUNS]}
tables=${2:-500}
runs=${3:-3}
generate() { python3 "$root/tools/goldens/drizzle-generate.py" "$@"; }
export DRIZZLE_LAB=${DRIZZLE_LAB:-$root/tools/interop}
[ -x "$DRIZZLE_LAB/node_modules/.bin/drizzle-kit" ] || { echo "drizzle-kit not installed: npm ci in tools/interop" >&2; exit 77; }

renames=()
for ((i = 0; i < tables; i += 40)); do
    renames+=(--rename "column:$(printf 'table_%04d' "$i").body=summary")
done

times=()
for ((run = 0; run < runs; run++)); do
    work=$(mktemp -d)
    "$build/benchmarks/tw_benchmark_schema" "$tables" before >"$work/schema.ts"
    generate --name base "$work" >/dev/null
    "$build/benchmarks/tw_benchmark_schema" "$tables" after >"$work/schema.ts"
    start=$(date +%s%N)
    generate --name change "${renames[@]}" "$work" >/dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
    rm -rf "$work"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "drizzle-kit generate: tables=$tables runs=$runs median_ms=$median all_ms=${times[*]}"
