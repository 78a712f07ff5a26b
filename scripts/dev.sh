#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tablewright's one entry point on Debian 12: installs what is missing, builds, then runs the app or the tests.
#   bash scripts/dev.sh run [PROJECT]   build and open PROJECT (default: examples/aperto.twproj)
#   bash scripts/dev.sh test            build and run every test (what CI runs)
#   bash scripts/dev.sh fuzz [SECONDS]  build the libFuzzer targets (clang, ASan, UBSan) and run each for SECONDS
#                                       (default 5); a crash or a broken reader contract fails (docs/reliability.md)
#   bash scripts/dev.sh deps            only install the system packages
# environment: TW_REQUIRE_INTEROP=1 makes a missing outside tool fail its tests instead of skipping them;
#   CI (set by CI systems and .ci/run) makes compiler warnings errors; TW_REALWORLD_DIR names the optional folder of
#   real projects' migration folders that some tests read (they skip without it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${TW_BUILD_DIR:-$ROOT/build}
BUILD_TYPE=${TW_BUILD_TYPE:-Debug}

# Build, test and packaging tools. Keep in sync with docs (README "Requirements").
APT_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config clang-format clang libclang-rt-dev
    libgtest-dev libgmock-dev libbenchmark-dev libsimdjson-dev
    qt6-base-dev libqt6sql6-sqlite qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    sqlite3 libsqlite3-dev python3 dpkg-dev file
    desktop-file-utils appstream shared-mime-info xdg-utils imagemagick
    poppler-utils # pdftotext: the oracle of the diagram's PDF export tests
)

log() { printf '\n== %s\n' "$*" >&2; }

# ON for a set environment variable (1, true, yes), OFF for unset, empty, 0 or false.
on_off() {
    case "${1,,}" in '' | 0 | false | no | off) echo OFF ;; *) echo ON ;; esac
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_system_packages() {
    local missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        log "system packages: all present"
        return
    fi
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The real tools that Tablewright's output must satisfy (drizzle-kit, drizzle-orm, TypeScript, wrangler), pinned by
# the lockfiles in tools/: the interop tests run against them.
install_node_tools() {
    local dir
    for dir in "$ROOT/tools/interop" "$ROOT/tools/goldens" "$ROOT/tools/goldens-v1" "$ROOT/tools/interop-v1" \
        "$ROOT/tools/interop-wrangler-v1"; do
        [ -f "$dir/package-lock.json" ] || continue
        if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
            continue
        fi
        log "npm ci in ${dir#$ROOT/}"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    done
}

configure_and_build() {
    log "building in $BUILD_DIR ($BUILD_TYPE)"
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
    # Relative paths in the cache keys: build trees in other folders of the checkout share hits.
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
    local options=(-DTW_REQUIRE_INTEROP="$(on_off "${TW_REQUIRE_INTEROP:-}")" -DTW_WARNINGS_AS_ERRORS="$(on_off "${CI:-}")")
    [ -n "${TW_REALWORLD_DIR:-}" ] && options+=(-DTW_REALWORLD_DIR="$TW_REALWORLD_DIR")
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${options[@]}" >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    log "running tests"
    ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 600
}

# The fuzz targets of tests/fuzz in their own build folder (clang, only the reader libraries), each run for a few
# seconds from the committed corpus and crashers. New inputs go to a scratch folder, never into the checkout; a
# crasher is saved under the build folder's fuzz-artifacts/ and named in the output.
build_and_run_fuzzers() {
    local seconds=${1:-5}
    local build_dir=${TW_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
    log "building the fuzz targets in $build_dir"
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTW_FUZZ=ON >/dev/null
    cmake --build "$build_dir" --target tw_fuzzers --parallel "$(nproc)"
    local scratch failed=()
    scratch=$(mktemp -d)
    mkdir -p "$build_dir/fuzz-artifacts"
    for program in "$build_dir"/tests/fuzz/fuzz_*; do
        [ -f "$program" ] && [ -x "$program" ] || continue # not the fuzz_*_autogen folders
        local name=${program##*/fuzz_}
        log "fuzz_$name for ${seconds}s"
        mkdir -p "$scratch/$name"
        local inputs=("$ROOT/tests/fuzz/corpus/$name")
        [ -d "$ROOT/tests/fuzz/regressions/$name" ] && inputs+=("$ROOT/tests/fuzz/regressions/$name")
        "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
            -artifact_prefix="$build_dir/fuzz-artifacts/$name-" "$scratch/$name" "${inputs[@]}" ||
            failed+=("$name")
    done
    rm -rf "$scratch"
    if [ ${#failed[@]} -gt 0 ]; then
        log "fuzz targets that failed: ${failed[*]} (inputs in $build_dir/fuzz-artifacts/)"
        return 1
    fi
}

run_app() {
    local project=${1:-$ROOT/examples/aperto.twproj}
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
        # No screen to open the designer on (e.g. over ssh): validate the project instead.
        log "no display; tablewright check $project"
        "$BUILD_DIR/app/tablewright" check "$project"
        return
    fi
    log "tablewright $project"
    "$BUILD_DIR/app/tablewright" "$project"
}

main() {
    local action=${1:-}
    case "$action" in
    deps) install_system_packages ;;
    test)
        install_system_packages
        install_node_tools
        configure_and_build
        run_tests
        ;;
    fuzz)
        install_system_packages
        build_and_run_fuzzers "${@:2}"
        ;;
    run)
        install_system_packages
        configure_and_build
        run_app "${@:2}"
        ;;
    *)
        sed -n '3,11p' "${BASH_SOURCE[0]}" >&2
        exit 2
        ;;
    esac
}

main "$@"
