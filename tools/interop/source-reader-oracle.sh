#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The schema source reader against drizzle-kit: on a copy of a fixture project (drizzle.config.ts + schema files),
# `drizzle-kit generate` runs the TypeScript and writes its snapshot; the test SourceReaderOracle.* then compares
# that snapshot with what SchemaSourceReader reads from the same files without running them.
# usage: source-reader-oracle.sh TW_SOURCE_TESTS FIXTURE_DIR
# exit: 0 ok, 1 failure, 77 tools not installed (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tests=${1:?usage: source-reader-oracle.sh TW_SOURCE_TESTS FIXTURE_DIR}
fixture=${2:?usage: source-reader-oracle.sh TW_SOURCE_TESTS FIXTURE_DIR}
modules="$here/node_modules"

if [ ! -x "$modules/.bin/drizzle-kit" ]; then
    echo "SKIPPED: the interop tools are not installed (run 'npm ci' in tools/interop)" >&2
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$fixture"/. "$work"/
ln -s "$modules" "$work/node_modules"
(cd "$work" && ./node_modules/.bin/drizzle-kit generate >dk.out 2>&1) || { cat "$work/dk.out" >&2; echo "FAIL: drizzle-kit generate" >&2; exit 1; }
snapshot=$(ls "$work"/drizzle/meta/0000_snapshot.json)
TW_ORACLE_SNAPSHOT="$snapshot" TW_ORACLE_CONFIG="$work/drizzle.config.ts" \
    "$tests" --gtest_filter='SourceReaderOracle.*' --gtest_also_run_disabled_tests
