#!/bin/bash
# Jamf Pro extension attribute: MFA Ready's verdict for the logged-in user.
# Data type String; input type Script. Jamf runs it as root, so the check runs as the
# console user (the store is per user). Result values for smart groups:
#   Ready: ...        ready
#   Not ready: ...    not ready yet (add a method)
#   Overdue: ...      deadline passed
#   Error: ...        the check could not decide (policy refused, not installed, no user)
app="/Applications/MFA Ready.app/Contents/MacOS/mfa-ready"
user="$(stat -f %Su /dev/console 2>/dev/null || true)"
if [ ! -x "$app" ]; then
    echo "<result>Error: MFA Ready is not installed</result>"
    exit 0
fi
if [ -z "$user" ] || [ "$user" = "root" ] || [ "$user" = "loginwindow" ]; then
    echo "<result>Error: nobody is logged in</result>"
    exit 0
fi
uid="$(id -u "$user")"
out="$(launchctl asuser "$uid" sudo -u "$user" "$app" check 2>&1)"
code=$?
out="$(printf '%s\n' "$out" | head -n 1)"
case "$code" in
    0 | 1) echo "<result>${out}</result>" ;;
    *) echo "<result>Error: ${out}</result>" ;;
esac
exit 0
