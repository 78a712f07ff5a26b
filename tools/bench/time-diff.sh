#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole processes on the same change: `drizzle-kit generate` (schema.ts of the benchmark's generated schema, 10 %
# of tables changed, renames answered by tools/goldens/drizzle-generate.py) against `tablewright diff` of the two
# snapshots drizzle-kit wrote for it (reading both JSON files, diffing, printing the SQL).
# usage: time-diff.sh BUILD_DIR [TABLES] [RUNS]     prints the medians and their ratio
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:?usage: time-diff.sh BUILD_DIR [TABLES] [RUNS]}
tables=${2:-500}
runs=${3:-5}
generate() { python3 "$root/tools/goldens/drizzle-generate.py" "$@"; }
export DRIZZLE_LAB=${DRIZZLE_LAB:-$root/tools/interop}
[ -x "$DRIZZLE_LAB/node_modules/.bin/drizzle-kit" ] || { echo "drizzle-kit not installed: npm ci in tools/interop" >&2; exit 77; }
now() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

renames=()
for ((i = 0; i < tables; i += 40)); do
    renames+=(--rename "column:$(printf 'table_%04d' "$i").body=summary")
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
kit=()
for ((run = 0; run < runs; run++)); do
    rm -rf "$work/drizzle"
    "$build/benchmarks/tw_benchmark_schema" "$tables" before >"$work/schema.ts"
    generate --name base "$work" >/dev/null
    "$build/benchmarks/tw_benchmark_schema" "$tables" after >"$work/schema.ts"
    start=$(now)
    generate --name change "${renames[@]}" "$work" >/dev/null
    kit+=("$(( ($(now) - start) / 1000000 ))")
done
before=$(ls "$work"/drizzle/meta/0000_snapshot.json)
after=$(ls "$work"/drizzle/meta/0001_snapshot.json)
ours=()
for ((run = 0; run < runs; run++)); do
    start=$(now)
    "$build/app/tablewright" diff "$before" "$after" >/dev/null
    ours+=("$(( ($(now) - start) / 1000 ))")
done
kit_ms=$(median "${kit[@]}")
ours_us=$(median "${ours[@]}")
echo "tables=$tables runs=$runs snapshots=$(du -cb "$before" "$after" | tail -1 | cut -f1) bytes"
echo "drizzle-kit generate: median ${kit_ms} ms (all: ${kit[*]})"
echo "tablewright diff:     median $((ours_us / 1000)).$(printf '%03d' $((ours_us % 1000))) ms (all us: ${ours[*]})"
awk -v k="$kit_ms" -v o="$ours_us" 'BEGIN { printf "ratio: %.1fx\n", k * 1000 / o }'
