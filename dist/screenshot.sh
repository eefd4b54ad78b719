#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb.
#   ./dist/setup-debian.sh && ./dist/screenshot.sh
# Writes assets/screenshots/{overview,methods}.png. Uses a throw-away data dir,
# the sample Contoso policy and a fixed clock, so the pictures are reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
BIN=target/release/mfa-ready
POLICY=assets/demo/contoso-policy.toml
DATA="$(mktemp -d)"
DISPLAY_NUM=":97"
export MFA_READY_NOW="2026-12-11T09:30:00Z"
export TZ="Europe/Berlin"
trap 'kill "${APP_PID:-}" "${XVFB_PID:-}" 2>/dev/null || true; rm -rf "$DATA"' EXIT

# A user halfway there: the authenticator app and SMS, both on one phone.
"$BIN" --policy "$POLICY" --data-dir "$DATA" methods mark authenticator_app >/dev/null
"$BIN" --policy "$POLICY" --data-dir "$DATA" methods mark phone_sms >/dev/null

Xvfb "$DISPLAY_NUM" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY="$DISPLAY_NUM"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

shoot() { # page file
    "$BIN" --policy "$POLICY" --data-dir "$DATA" >/dev/null 2>&1 &
    APP_PID=$!
    local win=""
    for _ in $(seq 100); do
        win="$(xwininfo -root -tree 2>/dev/null | awk '/"MFA Ready"/ {print $1; exit}')"
        [ -n "$win" ] && break
        sleep 0.1
    done
    [ -n "$win" ] || { echo "screenshot: the window did not appear" >&2; exit 1; }
    sleep 2
    import -window "$win" "$2"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    echo "screenshot: wrote $2"
}

sqlite_page() { # page: written through the app's own settings table
    python3 - "$DATA/mfa-ready.sqlite3" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO meta(key, value) VALUES ('wizard_page', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (sys.argv[2],))
c.commit()
PY
}

sqlite_page overview
shoot overview assets/screenshots/overview.png
sqlite_page methods
shoot methods assets/screenshots/methods.png
