#!/usr/bin/env bash
# The Linux path end to end: build the .deb, install it into a clean root, put a signed
# policy and the public key in its /etc/mfa-ready/, run the installed
# `mfa-ready status --json`; then change one byte of the policy and show exit 2 with the
# reason. Prints every artefact's size and fails if the .deb is 15 MB or more.
#
#   dist/deb-e2e.sh                 # cargo build --release, then package and test
#   MFA_READY_SKIP_BUILD=1 dist/deb-e2e.sh   # reuse target/release/mfa-ready
#
# The .deb comes from `cargo packager --formats deb` (Cargo.toml [package.metadata.packager]) when
# cargo-packager is installed, else from dpkg-deb with the same layout (below), so the
# script runs on a machine that has only Debian's tools. The clean root is `dpkg -x`
# plus the C libraries the binary links (ldd), entered with chroot (as root) or
# `unshare -r chroot` (as a user): the installed binary reads the real /etc/mfa-ready
# of that root, as on a device; no test hook is involved (release builds ignore it).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_DEB_BYTES=$((15 * 1000 * 1000))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "${MFA_READY_SKIP_BUILD:-}" ]; then
    nice -n 10 cargo build --release --locked
fi
bin=target/release/mfa-ready
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
arch="$(dpkg --print-architecture)"

# ------------------------------------------------------------------ 1. the .deb
build_deb_with_dpkg() {
    local pkg="$work/pkg" out="$1"
    install -Dm755 "$bin" "$pkg/usr/bin/mfa-ready"
    for n in 32 128 256 512; do
        install -Dm644 "dist/icons/${n}x${n}.png" "$pkg/usr/share/icons/hicolor/${n}x${n}/apps/mfa-ready.png"
    done
    sed -e 's/{{name}}/MFA Ready/' -e 's|{{exec}}|mfa-ready|' -e 's/{{icon}}/mfa-ready/' \
        -e 's/{{categories}}/Utility/' -e 's/{{#if comment}}{{comment}}{{else}}//' -e 's/{{\/if}}//' \
        dist/linux/mfa-ready.desktop > "$work/mfa-ready.desktop"
    install -Dm644 "$work/mfa-ready.desktop" "$pkg/usr/share/applications/mfa-ready.desktop"
    install -Dm644 dist/linux/com.mfa-ready.app.metainfo.xml "$pkg/usr/share/metainfo/com.mfa-ready.app.metainfo.xml"
    install -Dm644 dist/linux/etc-README "$pkg/etc/mfa-ready/README"
    install -Dm755 dist/fleet/nudge.sh "$pkg/usr/share/mfa-ready/nudge.sh"
    install -Dm644 dist/fleet/mfa-ready-check.service "$pkg/usr/lib/systemd/user/mfa-ready-check.service"
    install -Dm644 dist/fleet/mfa-ready-check.timer "$pkg/usr/lib/systemd/user/mfa-ready-check.timer"
    install -Dm644 dist/LICENSE.txt "$pkg/usr/share/doc/mfa-ready/copyright"
    cp -a target/release/docs/usr/. "$pkg/usr/"
    mkdir -p "$pkg/DEBIAN"
    cat > "$pkg/DEBIAN/control" <<CONTROL
Package: mfa-ready
Version: $version
Architecture: $arch
Maintainer: MFA Ready
Section: utils
Priority: optional
Depends: libc6, libfontconfig1, libxkbcommon0, libegl1, libdbus-1-3
Installed-Size: $(du -sk "$pkg" | cut -f1)
Description: Get enrolled in several MFA methods before your organisation's deadline
 MFA Ready says whether you have enough sign-in methods, of different kinds and on
 different devices, before your organisation's deadline, and which one to add next.
CONTROL
    dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out" >/dev/null
}

# The man page and completions, from the built program (dist/docs.sh).
dist/docs.sh "$bin" target/release/docs >/dev/null
deb=""
if cargo packager --version >/dev/null 2>&1; then
    echo "== .deb: cargo packager --formats deb"
    cargo packager --release --formats deb
    deb="$(ls -t target/release/*.deb | head -n 1)"
else
    echo "== .deb: cargo-packager is not installed; dpkg-deb with the same layout"
    deb="target/release/mfa-ready_${version}_${arch}.deb"
    build_deb_with_dpkg "$deb"
fi
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\):/  \1:/p'
dpkg-deb --contents "$deb" | awk '{print "  " $6}'

# ------------------------------------------------------------------ 2. a clean root
root="$work/root"
dpkg -x "$deb" "$root"
# The man page renders and bash completes a command with the installed script.
echo "== the man page and completions in the package"
man -l "$root/usr/share/man/man1/mfa-ready.1.gz" 2>/dev/null | grep -q '^COMMANDS' \
    || { echo "deb-e2e: the man page does not render" >&2; exit 1; }
bash --norc -c "source '$root/usr/share/bash-completion/completions/mfa-ready'; complete -p mfa-ready" \
    || { echo "deb-e2e: the bash completion does not load" >&2; exit 1; }
for f in usr/share/zsh/vendor-completions/_mfa-ready usr/share/fish/vendor_completions.d/mfa-ready.fish; do
    test -s "$root/$f" || { echo "deb-e2e: $f missing" >&2; exit 1; }
done
mkdir -p "$root/tmp" "$root/lib64"
chmod 1777 "$root/tmp"
ldd "$root/usr/bin/mfa-ready" | grep -o '/[^ ]*' | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
# Only the installed program runs inside (no shell there); a clean environment.
in_root() {
    local pre=()
    [ "$(id -u)" -eq 0 ] || pre=(unshare -r)
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin MFA_READY_NOW=2026-12-01T09:00:00Z HOME=/tmp \
        "${pre[@]}" chroot "$root" /usr/bin/mfa-ready --data-dir /tmp/data "$@"
}

# ------------------------------------------------------------------ 3. signed policy
echo "== keygen, sign, install into /etc/mfa-ready of the clean root"
keys="$work/keys"
"$bin" policy keygen --unencrypted --out "$keys" | sed -n 's/^Key ID:/  key ID:/p'
cp assets/demo/contoso-policy.toml "$work/policy.toml"
MFA_READY_NOW=2026-12-01T09:00:00Z "$bin" policy sign --signer "Contoso IT" --key "$keys/mfa-ready.key" "$work/policy.toml"
etc="$root/etc/mfa-ready"
install -m644 "$work/policy.toml" "$work/policy.toml.minisig" "$etc/"
install -m644 "$keys/mfa-ready.pub" "$etc/trusted_keys"
chmod 755 "$etc"
ls -l "$etc" | sed 's/^/  /'

echo "== installed mfa-ready status --json (signed system policy)"
set +e
in_root status --json > "$work/status.json" 2> "$work/status.err"
code=$?
set -e
cat "$work/status.json"
cat "$work/status.err" >&2
echo "exit $code"
[ "$code" -eq 0 ] || [ "$code" -eq 1 ] || { echo "deb-e2e: expected exit 0 or 1" >&2; exit 1; }
grep -q '"signed": true' "$work/status.json" || { echo "deb-e2e: policy.signed is not true" >&2; exit 1; }
grep -q '"source": "system"' "$work/status.json" || { echo "deb-e2e: not the system policy" >&2; exit 1; }

echo "== one byte changed in /etc/mfa-ready/policy.toml"
sed -i '0,/min_methods = 2/s//min_methods = 1/' "$etc/policy.toml"
set +e
in_root status --json > "$work/tampered.json" 2> "$work/tampered.err"
code=$?
set -e
cat "$work/tampered.err"
echo "exit $code"
[ "$code" -eq 2 ] || { echo "deb-e2e: a tampered policy must exit 2" >&2; exit 1; }
grep -q 'refused: the signature does not match' "$work/tampered.err" || { echo "deb-e2e: no reason given" >&2; exit 1; }
[ ! -s "$work/tampered.json" ] || { echo "deb-e2e: printed a verdict from a tampered policy" >&2; exit 1; }

# ------------------------------------------------------------------ 4. sizes
echo "== artefact sizes"
for f in "$deb" "$bin" "$root/usr/bin/mfa-ready"; do
    printf '  %10d bytes  %s\n' "$(stat -c %s "$f")" "${f#"$work/"}"
done
deb_bytes="$(stat -c %s "$deb")"
[ "$deb_bytes" -lt "$MAX_DEB_BYTES" ] || { echo "deb-e2e: the .deb is $deb_bytes bytes, over 15 MB" >&2; exit 1; }
echo "deb-e2e: ok"
