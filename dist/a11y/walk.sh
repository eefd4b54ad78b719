#!/usr/bin/env bash
# Opens the real window under Xvfb with the AT-SPI bus on a private D-Bus session, reads
# its accessibility tree as a screen reader does, takes a screenshot, and measures the
# contrast of every text node in it.
#
#   dist/a11y/walk.sh OUT_DIR -- mfa-ready [ARGS...]
#
# Needs: xvfb, imagemagick, dbus-x11, at-spi2-core, python3-pyatspi (Debian). Writes
# OUT_DIR/tree.txt, OUT_DIR/nodes.json, OUT_DIR/window.png and OUT_DIR/contrast.txt.
# Environment: WAIT (seconds before reading, default 6), DISPLAY (default :93),
# KEYS (xdotool key names to send first, e.g. "ctrl+equal ctrl+equal").
set -euo pipefail
OUT="$1"
shift
[ "${1:-}" = "--" ] && shift
mkdir -p "$OUT"
here="$(cd "$(dirname "$0")" && pwd)"
export DISPLAY="${DISPLAY:-:93}"
Xvfb "$DISPLAY" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
sleep 1
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
"$@" >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP $XPID "$DBUS_SESSION_BUS_PID" 2>/dev/null || true' EXIT
sleep "${WAIT:-6}"
if [ -n "${KEYS:-}" ]; then
    win="$(xdotool search --name "MFA Ready" | head -1)"
    for k in $KEYS; do xdotool key --window "$win" "$k"; sleep 0.3; done
    sleep 1
fi
/usr/bin/python3 "$here/atspi-tree.py" --json "$OUT/nodes.json" >"$OUT/tree.txt"
import -window root "$OUT/window.png"
python3 "$here/contrast.py" "$OUT/window.png" "$OUT/nodes.json" >"$OUT/contrast.txt" || true
tail -1 "$OUT/contrast.txt"
