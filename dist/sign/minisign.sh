#!/usr/bin/env bash
# A detached minisign signature per release artefact, SHA256SUMS over all of them, and
# SHA256SUMS.minisig, so an IT admin can check a download with dist/verify.sh.
#
#   dist/sign/minisign.sh artefacts        # signs every file in that folder
#
# The release key is minisign's own format (made with `mfa-ready policy keygen` or
# `minisign -G`). Secrets only from the environment:
#   MINISIGN_SECRET_KEY        the secret key file's contents (CI secret)
#   MINISIGN_SECRET_KEY_FILE   or a path to it
#   MINISIGN_PASSWORD          its password, if it has one (fed on standard input)
# Needs `minisign` (Debian/Ubuntu: apt-get install minisign; macOS: brew install minisign;
# Windows: scoop install minisign). Without a key: SHA256SUMS only, and it says so.
set -euo pipefail

dir="${1:?usage: $0 ARTEFACT_DIR}"
cd "$dir"
rm -f SHA256SUMS SHA256SUMS.minisig
artefacts=()
for f in *; do
    case "$f" in
        *.minisig | SHA256SUMS) ;;
        *) [ -f "$f" ] && artefacts+=("$f") ;;
    esac
done
if [ "${#artefacts[@]}" -eq 0 ]; then
    echo "sign/minisign: no artefacts in $dir" >&2
    exit 1
fi
if command -v sha256sum >/dev/null 2>&1; then
    sha256sum -- "${artefacts[@]}" > SHA256SUMS
else
    shasum -a 256 -- "${artefacts[@]}" > SHA256SUMS
fi
echo "sign/minisign: SHA256SUMS over ${#artefacts[@]} artefacts"

key="${MINISIGN_SECRET_KEY_FILE:-}"
tmp=""
if [ -z "$key" ] && [ -n "${MINISIGN_SECRET_KEY:-}" ]; then
    tmp="$(mktemp)"
    chmod 600 "$tmp"
    printf '%s\n' "$MINISIGN_SECRET_KEY" > "$tmp"
    key="$tmp"
fi
trap '[ -n "$tmp" ] && rm -f "$tmp"' EXIT
if [ -z "$key" ]; then
    echo "sign/minisign: no MINISIGN_SECRET_KEY: artefacts and SHA256SUMS left unsigned"
    exit 0
fi
command -v minisign >/dev/null 2>&1 || { echo "sign/minisign: minisign is not installed" >&2; exit 1; }

version="${RELEASE_VERSION:-$(date -u +%Y-%m-%d)}"
sign() {
    local comment="mfa-ready $version: $(basename "$1")"
    if [ -n "${MINISIGN_PASSWORD:-}" ]; then
        printf '%s\n' "$MINISIGN_PASSWORD" | minisign -S -s "$key" -m "$1" -t "$comment"
    else
        minisign -S -s "$key" -m "$1" -t "$comment" < /dev/null
    fi
}
for f in "${artefacts[@]}" SHA256SUMS; do
    sign "$f"
done
echo "sign/minisign: signed ${#artefacts[@]} artefacts and SHA256SUMS"
