#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-runs the real drizzle-kit on every SQL golden case (tests/data/migrations-golden/<case>) into a temporary
# folder and fails when its output drifted from the committed expected.sql.
# exit: 0 identical, 1 drift or failure, 77 drizzle-kit or python3 missing (CTest: skipped, or failed when TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

set +e
"$here/make-sql-goldens.sh" --out "$work" >"$work/log" 2>&1
rc=$?
set -e
[ $rc = 0 ] || { cat "$work/log" >&2; [ $rc = 77 ] && exit 77; exit 1; }
status=0
for dir in "$root"/tests/data/migrations-golden/*/; do
    name=$(basename "$dir")
    if ! cmp -s "$dir/expected.sql" "$work/$name/expected.sql"; then
        echo "drift in $name:" >&2
        diff "$dir/expected.sql" "$work/$name/expected.sql" >&2 || true
        status=1
    fi
done
[ $status = 0 ] && echo "sql goldens: identical to drizzle-kit's output"
exit $status
