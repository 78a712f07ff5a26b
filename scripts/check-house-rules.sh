#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The house rules a script can see (docs/contributing.md, docs/architecture.md): layers and homes, file sizes, the
# repository standing alone, formatting. Exit 1 with each broken rule and its files listed; CTest runs it as
# `house_rules`, so a rule is enforced by the build, not by review.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0

# clang-format --dry-run -Werror on every C++ file.
check_format=1
# The database code, the only code allowed to use QtSql: tw_database and the migration runner built on it.
database_dirs=(database migrations/runner)

# Files that broke a rule before it was enforced. Each line names one; the change that fixes it removes the line, and
# a file not listed here fails at once.
allowed_qtsql=(
    views/CMakeLists.txt # links Qt6::Sql without using it
    cmake/Fuzzing.cmake  # builds tw_database itself (the fuzz build compiles the reader folders directly)
)
allowed_skip_codes=(
    packaging/PackageTest.cmake # package_deb: check-deb.sh still decides from CI itself
)
allowed_parent_paths=()

# fail TITLE ALLOWED... -- FILES...: prints TITLE and the files not allowed, if any, and marks the run failed.
fail() {
    local title=$1 allowed=() file offenders=()
    shift
    while [ $# -gt 0 ] && [ "$1" != -- ]; do allowed+=("$1"); shift; done
    shift
    for file in "$@"; do
        [[ " ${allowed[*]} " == *" $file "* ]] || offenders+=("$file")
    done
    [ ${#offenders[@]} -eq 0 ] && return
    echo "$title"
    printf '  %s\n' "${offenders[@]}"
    status=1
}

# files PATTERN PATHSPEC...: tracked files whose text matches the extended regex PATTERN.
files() {
    local pattern=$1
    shift
    git grep -l --untracked -E "$pattern" -- "$@" 2>/dev/null
}

core_dirs=()
for d in model migrations source codegen; do [ -d "$d" ] && core_dirs+=("$d"); done
mapfile -t found < <(files '#include *<(QtWidgets/|QWidget|QMainWindow|QDialog|QGraphics|QTableView|QTreeView|QApplication|QAbstractButton)' "${core_dirs[@]}")
fail "model/, migrations/, source/ and codegen/ must not include widget headers; these do:" -- "${found[@]}"

database_excludes=()
for d in "${database_dirs[@]}"; do database_excludes+=(":!$d"); done
mapfile -t found < <(files '#include *[<"](QtSql|QSql)|\bQSql[A-Z]|Qt6::Sql\b' '*.cpp' '*.h' '*CMakeLists.txt' '*.cmake' \
    ':!tests' "${database_excludes[@]}")
fail "QtSql belongs to the database code (${database_dirs[*]}); these use it:" "${allowed_qtsql[@]}" -- "${found[@]}"

# Any push( or macro, whatever the stack is called: QUndoStack is the only thing pushed onto outside the tests.
mapfile -t found < <(files '(->|\.)push\(|\b(begin|end)Macro\(' '*.cpp' '*.h' ':!model/commands' ':!tests')
fail "only model/commands/ pushes onto the undo stack or opens a macro (add a SchemaEditor operation); these do:" \
    -- "${found[@]}"

mapfile -t found < <(files '(^|[[:space:]"(])\.\./' '*CMakeLists.txt' '*.cmake')
fail "CMake lists name sources by ../ paths (put shared fixtures into a test-support library); these do:" \
    "${allowed_parent_paths[@]}" -- "${found[@]}"

mapfile -t found < <(files '\.\./shared' .)
fail "the repository must stand alone; these refer to a folder beside it:" -- "${found[@]}"

mapfile -t found < <(files '\$\{?TW_REQUIRE_INTEROP|env.*TW_REQUIRE_INTEROP' '*.sh' '*.py' '*.mjs' '*.js' ':!scripts' ':!.ci')
mapfile -t -O ${#found[@]} found < <(files 'SKIP_RETURN_CODE' '*CMakeLists.txt' '*.cmake' ':!cmake')
fail "whether a missing tool fails is decided once, in CMake (tw_skip_when_tools_missing); these decide it again:" \
    "${allowed_skip_codes[@]}" -- "${found[@]}"

# .cpp: fail at 800 lines; headers: fail at 400 (the norms are 400 and 200; review warns earlier).
while read -r lines file; do
    case "$file" in
    *.cpp) [ "$lines" -gt 800 ] && { echo "$file has $lines lines (limit 800)"; status=1; } ;;
    *.h) [ "$lines" -gt 400 ] && { echo "$file has $lines lines (limit 400)"; status=1; } ;;
    esac
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null | grep -v '^tests/data/' | xargs -r wc -l | grep -v ' total$')

if [ $check_format = 1 ]; then
    if ! command -v clang-format >/dev/null; then
        echo "clang-format is not installed (apt install clang-format)"
        status=1
    else
        mapfile -t found < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/data/' \
            | xargs -r -n 50 clang-format --dry-run -Werror 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error:.*/\1/p' | sort -u)
        fail "not formatted as .clang-format says (clang-format -i FILE):" -- "${found[@]}"
    fi
fi

[ $status -eq 0 ] && echo "house rules: ok"
exit $status
