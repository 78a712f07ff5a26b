#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# House rules a script can see (STYLE.md §1, §8): core libraries free of widgets, files within the size norms.
# Exit 1 with the offending files listed; run by CTest as `house_rules`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0

core_dirs=()
for d in model migrations codegen; do [ -d "$d" ] && core_dirs+=("$d"); done
widgets=$(grep -rlE '#include *<(QtWidgets/|QWidget|QMainWindow|QDialog|QGraphics|QTableView|QTreeView|QApplication|QAbstractButton)' "${core_dirs[@]}" 2>/dev/null)
if [ -n "$widgets" ]; then
    echo "model/, migrations/ and codegen/ must not include widget headers; these do:"
    echo "$widgets" | sed 's/^/  /'
    status=1
fi

# .cpp: fail at 800 lines; headers: fail at 400 (the norms are 400 and 200; review warns earlier).
while read -r lines file; do
    case "$file" in
    *.cpp) [ "$lines" -gt 800 ] && { echo "$file has $lines lines (limit 800)"; status=1; } ;;
    *.h) [ "$lines" -gt 400 ] && { echo "$file has $lines lines (limit 400)"; status=1; } ;;
    esac
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null | grep -v '^tests/data/' | xargs -r wc -l | grep -v ' total$')

[ $status -eq 0 ] && echo "house rules: ok"
exit $status
