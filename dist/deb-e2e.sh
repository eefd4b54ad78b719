#!/usr/bin/env bash
# The Linux path end to end: build the .deb, install it into a clean root, put a signed
# policy and the public key in its /etc/mfa-ready/, run the installed
# `mfa-ready status --json`; then change one byte of the policy and show exit 2 with the
# reason. Prints every artefact's size and fails if the .deb is 15 MB or more.
#
#   dist/deb-e2e.sh                 # cargo build --release, then package and test
#   MFA_READY_SKIP_BUILD=1 dist/deb-e2e.sh   # reuse target/release/mfa-ready
#
# The .deb comes from dist/deb.sh (dpkg-deb, xz: the package MFA Ready ships) and must
# pass lintian with no error and no warning. The clean root is `dpkg -x`
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
# The one .deb MFA Ready ships (dist/deb.sh: dpkg-deb, xz), then lintian over it: no
# error and no warning (lintian comes with dist/setup-debian.sh).
echo "== .deb: dist/deb.sh"
deb="$(dist/deb.sh "$bin")"
if command -v lintian >/dev/null 2>&1; then
    echo "== lintian"
    lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' || true
    lintian --fail-on error,warning --tag-display-limit 0 "$deb" >/dev/null 2>&1 \
        || { echo "deb-e2e: lintian found errors or warnings" >&2; exit 1; }
    echo "  lintian: no errors, no warnings"
else
    echo "deb-e2e: lintian is not installed (dist/setup-debian.sh installs it)" >&2
    exit 1
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
