#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG sizes of the application icon (resources/icons/tablewright.svg) and of the project-file
# icon (resources/app-icon/application-x-tablewright-project.svg) into resources/app-icon/hicolor/. The PNGs are
# committed; run this after changing either SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/resources/app-icon/hicolor"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$out/${size}x${size}/apps" "$out/${size}x${size}/mimetypes"
    rsvg-convert -w "$size" -h "$size" "$root/resources/icons/tablewright.svg" \
        -o "$out/${size}x${size}/apps/tablewright.png"
    rsvg-convert -w "$size" -h "$size" "$root/resources/app-icon/application-x-tablewright-project.svg" \
        -o "$out/${size}x${size}/mimetypes/application-x-tablewright-project.png"
done
echo "wrote $out"
# The Windows installer's icon (packaging/windows/tablewright.ico), from the PNGs; needs ImageMagick.
if command -v /usr/bin/convert >/dev/null; then
    /usr/bin/convert "$out"/{16x16,24x24,32x32,48x48,64x64,256x256}/apps/tablewright.png \
        "$root/packaging/windows/tablewright.ico"
    echo "wrote $root/packaging/windows/tablewright.ico"
else
    echo "render-icons.sh: ImageMagick's convert not found; packaging/windows/tablewright.ico left as it is" >&2
fi
