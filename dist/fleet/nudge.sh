#!/bin/sh
# A nudge IT can trigger remotely (ssh, Ansible, Salt, a systemd timer, Jamf policy):
# when this user is not ready, a desktop notification says what to add and by when,
# and clicking it (or the next login) opens MFA Ready. It changes nothing itself.
#
#   sudo -u alice DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus dist/fleet/nudge.sh
#   dist/fleet/nudge.sh --force     # nudge even when ready (a test)
set -eu

app="${MFA_READY_BIN:-}"
if [ -z "$app" ]; then
    for c in /usr/bin/mfa-ready "/Applications/MFA Ready.app/Contents/MacOS/mfa-ready" "$(command -v mfa-ready || true)"; do
        if [ -n "$c" ] && [ -x "$c" ]; then app="$c"; break; fi
    done
fi
[ -n "$app" ] || { echo "nudge: MFA Ready is not installed" >&2; exit 2; }

set +e
line="$("$app" check 2>&1)"
code=$?
line="$(printf '%s\n' "$line" | head -n 1)"
set -e
if [ "$code" -eq 0 ] && [ "${1:-}" != "--force" ]; then
    echo "nudge: $line (no nudge)"
    exit 0
fi

# The `remind` command (issue 8) is the app's own reminder; use it when this build has it.
if "$app" remind --help >/dev/null 2>&1; then
    exec "$app" remind
fi
title="MFA Ready"
if command -v notify-send >/dev/null 2>&1; then
    notify-send --app-name="MFA Ready" --icon=mfa-ready "$title" "$line"
elif command -v osascript >/dev/null 2>&1; then
    osascript -e "display notification \"$(printf '%s' "$line" | tr -d '"\\')\" with title \"$title\""
else
    echo "nudge: $line (no notification tool here)"
fi
echo "nudge: $line"
