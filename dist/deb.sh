#!/usr/bin/env bash
# The .deb, built with dpkg-deb from the release binary: the one .deb MFA Ready ships.
#   dist/deb.sh [BIN] [OUT]      # default: target/release/mfa-ready, target/release/
#                                #   mfa-ready_VERSION_ARCH.deb
# Why not cargo-packager's .deb (it still makes the AppImage, MSI, NSIS and DMG): its
# deb writer compresses with gzip only, and at 42 MB of binary that package is about
# 17.6 MB against the 15 MB budget; xz makes it about 12.3 MB. This layout also carries
# what lintian asks of a package: a machine-readable copyright (DEP-5) naming every
# crate compiled in, a changelog, a Maintainer with an address, the man page and the
# completions (dist/docs.sh), description lines within 80 columns.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/mfa-ready}"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
arch="$(dpkg --print-architecture)"
out="${2:-target/release/mfa-ready_${version}_${arch}.deb}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pkg="$work/pkg"

install -Dm755 "$bin" "$pkg/usr/bin/mfa-ready"
for n in 32 128 256 512; do
    install -Dm644 "dist/icons/${n}x${n}.png" "$pkg/usr/share/icons/hicolor/${n}x${n}/apps/mfa-ready.png"
done
dist/linux/desktop.sh "$work/mfa-ready.desktop"
install -Dm644 "$work/mfa-ready.desktop" "$pkg/usr/share/applications/mfa-ready.desktop"
install -Dm644 dist/linux/com.mfa-ready.app.metainfo.xml "$pkg/usr/share/metainfo/com.mfa-ready.app.metainfo.xml"
install -Dm644 dist/linux/etc-README "$pkg/etc/mfa-ready/README"
install -Dm755 dist/fleet/nudge.sh "$pkg/usr/share/mfa-ready/nudge.sh"
install -Dm644 dist/fleet/mfa-ready-check.service "$pkg/usr/lib/systemd/user/mfa-ready-check.service"
install -Dm644 dist/fleet/mfa-ready-check.timer "$pkg/usr/lib/systemd/user/mfa-ready-check.timer"

# The man page and completions, from the binary itself.
dist/docs.sh "$bin" "$work/docs" >/dev/null
cp -a "$work/docs/usr/." "$pkg/usr/"

# usr/share/doc: the changelog (native package: changelog.gz) and the DEP-5 copyright.
doc="$pkg/usr/share/doc/mfa-ready"
install -d "$doc"
gzip -9n < dist/linux/changelog > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
python3 dist/linux/copyright.py > "$doc/copyright"
chmod 0644 "$doc/copyright"

mkdir -p "$pkg/DEBIAN"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: mfa-ready
Version: $version
Architecture: $arch
Maintainer: MFA Ready maintainers <packaging@mfa-ready.app>
Section: utils
Priority: optional
Depends: libc6, libfontconfig1, libxkbcommon0, libegl1, libdbus-1-3
Installed-Size: $(du -sk "$pkg" | cut -f1)
Homepage: https://mfa-ready.app
Description: get enrolled in several MFA methods before a deadline
 MFA Ready says whether you have enough sign-in methods, of different kinds
 and on different devices, before your organisation's deadline, and which one
 to add next. It checks the sign-in portals from your own network, keeps
 enrollment requests on disk while a portal fails, and reads this computer's
 security settings. IT ships it with a signed organisation policy and checks
 devices with "mfa-ready check".
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out" >/dev/null
echo "$out"
