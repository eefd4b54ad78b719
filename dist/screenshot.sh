#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb.
#   ./dist/setup-debian.sh && ./dist/screenshot.sh
# Uses a throw-away data dir, the sample Contoso policy and a fixed clock, so the pictures
# are reproducible. Writes assets/screenshots/:
#   overview.png          not ready (the app and SMS on one phone)
#   overview-ready.png    ready
#   overview-overdue.png  after the deadline
#   methods.png           the methods page, with the passkey's QR code
#   browser.png           "Your browser didn't open" (no browser under Xvfb), with the link as a QR code
#   text-150.png          the overview at 150 % text size
#   large-text.png        the overview at 200 % text size
#   overview-light.png    the light theme
#   overview-de.png       in German
#   overview-ja.png       in Japanese (a Japanese system font: fonts-ipafont-gothic)
#   overview-pseudo.png   the pseudo-locale (accented, 40 % longer): nothing cut off
#   device-failing.png    This computer, under a policy requiring every check, on a fake
#                         Debian laptop whose disk is not encrypted (dist/fake-device.sh)
#   device-ready.png      the same laptop with LUKS: every check passing
# The browser notice is reached by pressing "Open setup page" over AT-SPI (dist/a11y),
# as a screen-reader user would; it needs dbus-x11, at-spi2-core and python3-pyatspi.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
BIN="$PWD/target/release/mfa-ready"
POLICY="$PWD/assets/demo/contoso-policy.toml"
OUT="$PWD/assets/screenshots"
WORK="$(mktemp -d)"
DISPLAY_NUM=":97"
export TZ="Europe/Berlin"
export MFA_READY_SYSTEM_DIR="$WORK/no-system-folder" # debug builds only; release ignores it
trap 'kill "${APP_PID:-}" "${XVFB_PID:-}" "${DBUS_SESSION_BUS_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

Xvfb "$DISPLAY_NUM" -screen 0 1024x1400x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY="$DISPLAY_NUM"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
if command -v dbus-launch >/dev/null && [ -x /usr/libexec/at-spi-bus-launcher ]; then
    eval "$(dbus-launch --sh-syntax)"
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    sleep 1
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
fi

# data NAME NOW METHODS...: a data folder with these methods marked, as of NOW.
data() {
    local dir="$WORK/$1" now="$2"
    shift 2
    mkdir -p "$dir"
    # Creates the store (and its settings table) even with no method marked.
    MFA_READY_NOW="$now" "$BIN" --policy "$POLICY" --data-dir "$dir" status >/dev/null || true
    for m in "$@"; do
        MFA_READY_NOW="$now" "$BIN" --policy "$POLICY" --data-dir "$dir" methods mark "$m" >/dev/null
    done
}

# setting NAME KEY VALUE: one of the window's remembered choices, in its settings table.
setting() {
    python3 - "$WORK/$1/mfa-ready.sqlite3" "$2" "$3" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (sys.argv[2], sys.argv[3]))
c.commit()
PY
}

# shoot NAME NOW FILE [PRESS]: opens the window on data NAME at NOW, optionally presses a
# control by its accessible name, and saves the window.
shoot() {
    MFA_READY_NOW="$2" "$BIN" --policy "$POLICY" --data-dir "$WORK/$1" >/dev/null 2>&1 &
    APP_PID=$!
    local win=""
    for _ in $(seq 100); do
        win="$(xwininfo -root -tree 2>/dev/null | awk '/"MFA Ready/ {print $1; exit}')"
        [ -n "$win" ] && break
        sleep 0.1
    done
    [ -n "$win" ] || { echo "screenshot: the window did not appear" >&2; exit 1; }
    if [ -n "${TALL:-}" ]; then
        # Tall enough to show This computer below the fold (no window manager here:
        # the window takes the size it is given).
        xdotool windowsize "$win" 1000 "$TALL"
    fi
    sleep 2
    if [ -n "${4:-}" ]; then
        /usr/bin/python3 dist/a11y/press.py "$4"
        sleep 2
    fi
    import -window "$win" "$OUT/$3"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    echo "screenshot: wrote $OUT/$3"
}

BEFORE="2026-12-11T09:30:00Z"
AFTER="2026-12-18T09:30:00Z"

# A user halfway there: the authenticator app and SMS, both on one phone.
data halfway "$BEFORE" authenticator_app phone_sms
shoot halfway "$BEFORE" overview.png
data ready "$BEFORE" authenticator_app security_key
shoot ready "$BEFORE" overview-ready.png
data late "$AFTER" authenticator_app
shoot late "$AFTER" overview-overdue.png
data phone "$BEFORE"
setting phone wizard_page methods
shoot phone "$BEFORE" methods.png
shoot phone "$BEFORE" browser.png "Open setup page for Passkey on your phone"
data mid "$BEFORE" authenticator_app phone_sms
setting mid ui_text_size 150
shoot mid "$BEFORE" text-150.png
data big "$BEFORE" authenticator_app phone_sms
setting big ui_text_size 200
shoot big "$BEFORE" large-text.png
data light "$BEFORE" authenticator_app phone_sms
setting light ui_theme light
shoot light "$BEFORE" overview-light.png
for lang in de ja en-XA; do
    name="$lang"
    [ "$lang" = en-XA ] && name=pseudo
    data "lang-$lang" "$BEFORE" authenticator_app phone_sms
    setting "lang-$lang" ui_language "$lang"
    shoot "lang-$lang" "$BEFORE" "overview-$name.png"
done

# This computer (issue 17): a fake Debian laptop read through MFA_READY_DEVICE_ROOT (which
# only debug builds honour), under the sample policy requiring every check; no bus, so
# Bluetooth is not known.
cargo build --quiet --bin mfa-ready
DEBUG_BIN="$PWD/target/debug/mfa-ready"
DEVICE_POLICY="$WORK/device-policy.toml"
sed 's/^\[helpdesk\]/[device]\nrequire = ["os_supported", "disk_encryption", "screen_lock", "firewall", "secure_boot"]\nmin_os = { debian = "12", ubuntu = "22.04", windows = "10.0.22631", macos = "14.0" }\n\n[helpdesk]/' \
    "$POLICY" >"$DEVICE_POLICY"
for mode in plain ready; do
    dist/fake-device.sh "$WORK/device-$mode" "$mode" >/dev/null
    name=failing
    [ "$mode" = ready ] && name=ready
    BIN="$DEBUG_BIN" POLICY="$DEVICE_POLICY" data "dev-$mode" "$BEFORE" authenticator_app security_key
    BIN="$DEBUG_BIN" POLICY="$DEVICE_POLICY" TALL=1250 XDG_CURRENT_DESKTOP=GNOME \
        MFA_READY_DEVICE_ROOT="$WORK/device-$mode" MFA_READY_DEVICE_BUS="unix:path=$WORK/no-bus" \
        shoot "dev-$mode" "$BEFORE" "device-$name.png"
done
