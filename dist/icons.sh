#!/usr/bin/env bash
# Icons for the window and every installer, from ONE source: assets/icons/mfa-ready.png.
#
#   dist/icons.sh            # assets/icons/mfa-ready.png -> dist/icons/* (all sizes)
#   dist/icons.sh --source   # (re)draw the source itself, then all sizes
#
# Needs ImageMagick (`convert`; dist/setup-debian.sh installs it). Outputs:
#   dist/icons/NxN.png        16 24 32 48 64 128 256 512 (Linux hicolor, AppImage, .deb, window;
#                             macOS: cargo-packager builds the .app's .icns from these PNGs)
#   dist/icons/mfa-ready.ico  16-256 in one file (MSI, NSIS, the .exe's resource)
set -euo pipefail
cd "$(dirname "$0")/.."

SRC=assets/icons/mfa-ready.png
OUT=dist/icons

draw_source() {
    # A blue rounded tile, a white shield, a green check mark: "your sign-in is covered".
    convert -size 1024x1024 xc:none \
        -fill '#2160c4' -draw 'roundrectangle 64,64 960,960 180,180' \
        -fill white -draw 'path "M 512,190 L 770,290 L 770,520 C 770,690 650,800 512,860 C 374,800 254,690 254,520 L 254,290 Z"' \
        -fill none -stroke '#1d9a55' -strokewidth 72 \
        -draw 'stroke-linecap round stroke-linejoin round polyline 380,530 480,630 660,420' \
        -strip "$SRC"
}

if [ "${1:-}" = "--source" ]; then
    mkdir -p "$(dirname "$SRC")"
    draw_source
    echo "icons: drew $SRC"
fi

[ -f "$SRC" ] || { echo "icons: $SRC is missing (run dist/icons.sh --source)" >&2; exit 1; }
mkdir -p "$OUT"
for n in 16 24 32 48 64 128 256 512; do
    convert "$SRC" -resize "${n}x${n}" -strip "PNG32:$OUT/${n}x${n}.png"
done
convert "$SRC" -define icon:auto-resize=256,64,48,32,24,16 -strip "$OUT/mfa-ready.ico"
echo "icons: wrote $(ls "$OUT" | wc -l) files in $OUT from $SRC"
