#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-runs the real drizzle-kit 1.0.0-rc.5 on every V1 SQL golden case (tests/data/migrations-golden-v1/<case>) into a
# temporary folder and fails when its output drifted from the committed expected.sql.
# exit: 0 identical, 1 drift or failure, 77 drizzle-kit, node or python3 missing (CTest: skipped, or failed when
# TW_REQUIRE_INTEROP is ON)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v python3 >/dev/null || { echo "check-sql-goldens.sh: python3 is missing" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

set +e
python3 "$here/make-sql-goldens.py" --out "$work" >"$work/log" 2>&1
rc=$?
set -e
[ $rc = 0 ] || { cat "$work/log" >&2; [ $rc = 77 ] && exit 77; exit 1; }
status=0
for dir in "$root"/tests/data/migrations-golden-v1/*/; do
    name=$(basename "$dir")
    if ! cmp -s "$dir/expected.sql" "$work/$name/expected.sql"; then
        echo "drift in $name:" >&2
        diff "$dir/expected.sql" "$work/$name/expected.sql" >&2 || true
        status=1
    fi
done
[ $status = 0 ] && echo "v1 sql goldens: identical to drizzle-kit 1.0.0-rc.5's output"
exit $status
