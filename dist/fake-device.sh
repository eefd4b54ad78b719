#!/usr/bin/env bash
# A fake computer for `MFA_READY_DEVICE_ROOT` (issue 17): what MFA Ready's Linux readers
# see of a Debian 12 laptop, for tests of the built binary and for screenshots.
#
#   dist/fake-device.sh DIR [ready|plain]
#
# ready: LUKS2 under the root filesystem, the screen locks after 5 minutes (GNOME),
#        ufw on, Secure Boot on, a FIDO security key plugged in, Chrome the browser.
# plain: the same, but the root filesystem is on a plain disk (disk encryption fails).
#
# Run with XDG_CURRENT_DESKTOP=GNOME so the screen lock is read (from DIR/bin/gsettings).
set -euo pipefail
ROOT="$1"
MODE="${2:-ready}"
mkdir -p "$ROOT"
ROOT="$(cd "$ROOT" && pwd)"

put() { mkdir -p "$(dirname "$ROOT/$1")"; printf '%b' "$2" >"$ROOT/$1"; }
tool() { put "bin/$1" "#!/bin/sh\n$2\n"; chmod 755 "$ROOT/bin/$1"; }
block() { # sysfs-dir major:minor [dm-uuid] [slave-dir]
    local dir="$ROOT/$1" name
    name="$(basename "$1")"
    mkdir -p "$dir/slaves"
    printf 'MAJOR=%s\nMINOR=%s\nDEVNAME=%s\n' "${2%%:*}" "${2##*:}" "$name" >"$dir/uevent"
    if [ -n "${3:-}" ]; then mkdir -p "$dir/dm"; printf '%s' "$3" >"$dir/dm/uuid"; fi
    if [ -n "${4:-}" ]; then ln -sfn "$ROOT/$4" "$dir/slaves/$(basename "$4")"; fi
    mkdir -p "$ROOT/sys/dev/block"
    ln -sfn "$dir" "$ROOT/sys/dev/block/$2"
}

put etc/os-release 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nID=debian\n'
VDA=sys/devices/pci0000:00/0000:00:04.0/virtio1/block/vda
block "$VDA" 254:0
block "$VDA/vda2" 254:2
if [ "$MODE" = plain ]; then
    put proc/self/mountinfo '21 1 254:2 / / rw,relatime shared:1 - ext4 /dev/vda2 rw\n'
else
    block sys/devices/virtual/block/dm-0 253:0 \
        CRYPT-LUKS2-00b4b79c209a4dcfadf37e310778f583-vda2_crypt "$VDA/vda2"
    put proc/self/mountinfo '21 1 253:0 / / rw,relatime shared:1 - ext4 /dev/mapper/vda2_crypt rw\n'
fi
put sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c '\x06\x00\x00\x00\x01'
put etc/ufw/ufw.conf 'ENABLED=yes\nLOGLEVEL=low\n'
# A FIDO key (CTAP HID: usage page 0xF1D0), as systemd's fido_id tests have it.
put sys/class/hidraw/hidraw0/device/report_descriptor '\x06\xd0\xf1\x09\x01\xa1\x01\x09\x20\x15\x00\x26\xff\x00\x75\x08\x95\x40\x81\x02\x09\x21\x15\x00\x26\xff\x00\x75\x08\x95\x40\x91\x02\xc0'
mkdir -p "$ROOT/sys/class/bluetooth/hci0"
tool gsettings 'case "$3" in
lock-enabled) echo true ;;
idle-delay) echo "uint32 300" ;;
lock-delay) echo "uint32 0" ;;
disable-lock-screen) echo false ;;
*) exit 1 ;;
esac'
tool xdg-settings 'echo google-chrome.desktop'
echo "$ROOT"
