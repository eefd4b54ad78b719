#!/usr/bin/env bash
# Checks an MFA Ready download before you deploy it: the signature on SHA256SUMS (made
# with the release key), then every artefact's checksum, then each artefact's own
# .minisig when minisign is installed.
#
#   dist/verify.sh DOWNLOAD_DIR RELEASE_PUBLIC_KEY
#
#   RELEASE_PUBLIC_KEY  the release key's .pub file, or its base64 line (RWQ...),
#                       published on the release page and in dist/README.md.
# Exit 0 when everything checks, 1 when anything does not (it says which file and why).
# Uses `minisign` when installed; otherwise an installed `mfa-ready policy verify`
# checks SHA256SUMS (the checksums then vouch for the artefacts).
set -euo pipefail

dir="${1:?usage: $0 DOWNLOAD_DIR RELEASE_PUBLIC_KEY}"
pub="${2:?usage: $0 DOWNLOAD_DIR RELEASE_PUBLIC_KEY}"
cd "$dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -f "$pub" ]; then
    cp "$pub" "$work/release.pub"
else
    printf 'untrusted comment: MFA Ready release key\n%s\n' "$pub" > "$work/release.pub"
fi
for f in SHA256SUMS SHA256SUMS.minisig; do
    [ -f "$f" ] || { echo "verify: $dir/$f is missing" >&2; exit 1; }
done

if command -v minisign >/dev/null 2>&1; then
    minisign -V -q -p "$work/release.pub" -m SHA256SUMS || { echo "verify: SHA256SUMS: bad signature" >&2; exit 1; }
elif command -v mfa-ready >/dev/null 2>&1; then
    mfa-ready policy verify SHA256SUMS --pubkey "$work/release.pub" >/dev/null ||
        { echo "verify: SHA256SUMS: bad signature" >&2; exit 1; }
else
    echo "verify: install minisign (or mfa-ready) to check the signature" >&2
    exit 1
fi
echo "verify: SHA256SUMS: signature valid"

if command -v sha256sum >/dev/null 2>&1; then
    sha256sum --strict -c SHA256SUMS
else
    shasum -a 256 -c SHA256SUMS
fi

if command -v minisign >/dev/null 2>&1; then
    while read -r _ file; do
        file="${file#\*}"
        if [ -f "$file.minisig" ]; then
            minisign -V -q -p "$work/release.pub" -m "$file" || { echo "verify: $file: bad signature" >&2; exit 1; }
            echo "verify: $file: signature valid"
        fi
    done < SHA256SUMS
fi
echo "verify: all artefacts check"
