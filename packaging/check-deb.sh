#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The `package_deb` test: builds the .deb with CPack from BUILD_DIR, checks its metadata and contents, validates the
# desktop entry, the AppStream metainfo and the MIME type, installs it and runs the installed binary: --version,
# `check` and `render` on the installed example, and the designer window started offscreen.
# Installs for real with apt-get when run as root with CI set (a throw-away CI machine); elsewhere it unpacks the
# package with `dpkg -x` into a temporary root and runs from there. Exit 77 (skipped) when a tool is missing,
# unless CI is set.
# Usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build_dir="$1"
version="$2"
fail() { echo "package_deb: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli update-mime-database identify; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        [ -n "${CI:-}" ] && fail "$tool is not installed (scripts/dev.sh deps installs it)"
        echo "package_deb: $tool not installed; skipped" >&2
        exit 77
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"

step "cpack -G DEB"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/tablewright_*.deb)"
[ "$(basename "$deb")" = "tablewright_${version}_$(dpkg --print-architecture).deb" ] || fail "unexpected name $deb"

step "metadata (dpkg-deb -I)"
info="$(dpkg-deb -I "$deb")"
echo "$info" | grep -E '^ (Package|Version|Depends|Recommends|Section):'
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = tablewright ] || fail "Package is not tablewright"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), not $version"
depends="$(field Depends)"
for dep in libqt6widgets6 libqt6sql6 libqt6svg6 libc6 qt6-qpa-plugins libqt6sql6-sqlite; do
    echo "$depends" | grep -Eq "(^|, )$dep( |,|$)" || fail "Depends lacks $dep: $depends"
done

step "contents (dpkg-deb -c)"
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
for path in ./usr/bin/tablewright \
            ./usr/share/applications/tablewright.desktop \
            ./usr/share/metainfo/invalid.tablewright.Tablewright.metainfo.xml \
            ./usr/share/mime/packages/tablewright.xml \
            ./usr/share/icons/hicolor/scalable/apps/tablewright.svg \
            ./usr/share/icons/hicolor/48x48/apps/tablewright.png \
            ./usr/share/icons/hicolor/256x256/apps/tablewright.png \
            ./usr/share/icons/hicolor/scalable/mimetypes/application-x-tablewright-project.svg \
            ./usr/share/icons/hicolor/48x48/mimetypes/application-x-tablewright-project.png \
            ./usr/share/man/man1/tablewright.1 \
            ./usr/share/doc/tablewright/copyright \
            ./usr/share/doc/tablewright/user-guide.md \
            ./usr/share/tablewright/examples/aperto.twproj \
            ./usr/share/tablewright/examples/aperto-before-categories.twproj; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
if grep -E '/(include|lib/cmake)/|\.a$|_tests?$' "$work/contents"; then fail "the package holds build or test files"; fi

step "desktop entry, metainfo, MIME type"
root="$work/root"
dpkg -x "$deb" "$root"
share="$root/usr/share"
desktop-file-validate "$share/applications/tablewright.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/invalid.tablewright.Tablewright.metainfo.xml" || fail "appstreamcli validate"
grep -qx 'MimeType=application/x-tablewright-project;' "$share/applications/tablewright.desktop" \
    || fail "the desktop entry does not open application/x-tablewright-project"
mkdir -p "$work/mime/packages"
cp "$share/mime/packages/tablewright.xml" "$work/mime/packages/"
update-mime-database "$work/mime" >/dev/null || fail "update-mime-database rejected tablewright.xml"
grep -q 'application/x-tablewright-project:\*\.twproj' "$work/mime/globs2" || fail "*.twproj is not in globs2"
grep -q 'application/x-tablewright-project:application-x-tablewright-project' "$work/mime/icons" \
    || fail "the MIME type has no icon of its own"

installed=0
if [ "$(id -u)" -eq 0 ] && [ -n "${CI:-}" ]; then
    step "apt-get install $deb"
    (cd "$work/out" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$(basename "$deb")") \
        || fail "apt-get install"
    installed=1
    bin=/usr/bin/tablewright
    example=/usr/share/tablewright/examples/aperto.twproj
else
    step "no real install (needs root and CI set): running from the unpacked root"
    bin="$root/usr/bin/tablewright"
    example="$share/tablewright/examples/aperto.twproj"
fi

step "installed binary"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
[ "$("$bin" --version)" = "tablewright $version" ] || fail "--version printed '$("$bin" --version)'"
"$bin" check "$example" || fail "check on the installed example"
"$bin" render "$example" -o "$work/example.png" || fail "render"
read -r width height colours < <(identify -format '%w %h %k\n' "$work/example.png")
echo "rendered $width x $height, $colours colours"
[ "$width" -ge 400 ] && [ "$height" -ge 300 ] && [ "$colours" -ge 16 ] || fail "the rendered diagram looks blank"
# The designer itself, offscreen: still running after 3 s means it started (plug-ins found, project opened).
set +e
HOME="$work/home" QT_QPA_PLATFORM=offscreen timeout 3 "$bin" "$example" >"$work/gui.log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { cat "$work/gui.log" >&2; fail "the designer exited with $status instead of running"; }

if [ "$installed" -eq 1 ]; then
    step "desktop integration registered"
    [ -f /usr/share/mime/application/x-tablewright-project.xml ] || fail "the MIME database lacks the type"
    grep -q 'application/x-tablewright-project=.*tablewright.desktop' /usr/share/applications/mimeinfo.cache \
        || fail "mimeinfo.cache does not map the type to tablewright.desktop"
    grep -q '^50:application/x-tablewright-project:\*\.twproj$' /usr/share/mime/globs2 \
        || fail "the system MIME database does not map *.twproj"
    # What a file manager asks on double-click (xdg-mime's own type sniffing needs a desktop session, so the
    # type comes from the glob above).
    if command -v xdg-mime >/dev/null 2>&1; then
        default="$(xdg-mime query default application/x-tablewright-project)"
        [ "$default" = tablewright.desktop ] || fail "xdg-mime opens the type with '$default'"
    fi
fi
echo "package_deb: OK ($deb)"
