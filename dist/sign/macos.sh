#!/usr/bin/env bash
# Signs, notarises and staples MFA Ready's macOS artefacts.
#
#   dist/sign/macos.sh "target/release/MFA Ready.app" target/release/*.dmg
#
# 1. codesign with the hardened runtime and a secure timestamp (the .app first, then the .dmg);
# 2. xcrun notarytool submit --wait (each .dmg, or a zip of a lone .app);
# 3. xcrun stapler staple, so Gatekeeper passes offline too.
#
# Secrets only from the environment (GitHub secrets in the release workflow):
#   APPLE_SIGNING_IDENTITY      "Developer ID Application: Contoso Ltd (TEAMID1234)"
#   APPLE_CERTIFICATE_P12_BASE64, APPLE_CERTIFICATE_PASSWORD
#                               optional: imported into a temporary keychain first (CI)
#   notarisation, either an App Store Connect API key:
#   APPLE_API_KEY_P8_BASE64, APPLE_API_KEY_ID, APPLE_API_ISSUER
#   or an Apple ID with an app-specific password:
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
# Without APPLE_SIGNING_IDENTITY it says so and exits 0 (unsigned test builds).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 APP_OR_DMG..." >&2
    exit 2
fi
if [ -z "${APPLE_SIGNING_IDENTITY:-}" ]; then
    echo "sign/macos: APPLE_SIGNING_IDENTITY is not set: artefacts left unsigned"
    exit 0
fi
here="$(cd "$(dirname "$0")" && pwd)"
entitlements="$here/../macos/entitlements.plist"
work="$(mktemp -d)"
cleanup() {
    if [ -n "${keychain:-}" ]; then security delete-keychain "$keychain" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${APPLE_CERTIFICATE_P12_BASE64:-}" ]; then
    keychain="$work/signing.keychain-db"
    kc_pass="$(uuidgen)"
    printf '%s' "$APPLE_CERTIFICATE_P12_BASE64" | base64 --decode > "$work/cert.p12"
    security create-keychain -p "$kc_pass" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$kc_pass" "$keychain"
    security import "$work/cert.p12" -k "$keychain" -P "${APPLE_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k "$kc_pass" "$keychain" >/dev/null
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm -f "$work/cert.p12"
fi

notary_auth=()
if [ -n "${APPLE_API_KEY_P8_BASE64:-}" ]; then
    printf '%s' "$APPLE_API_KEY_P8_BASE64" | base64 --decode > "$work/AuthKey.p8"
    notary_auth=(--key "$work/AuthKey.p8" --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER")
elif [ -n "${APPLE_ID:-}" ]; then
    notary_auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi

sign() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" \
        --sign "$APPLE_SIGNING_IDENTITY" "$1"
    codesign --verify --strict --verbose=2 "$1"
}

notarise() {
    if [ "${#notary_auth[@]}" -eq 0 ]; then
        echo "sign/macos: no notarisation credentials: $1 signed but not notarised"
        return
    fi
    local upload="$1"
    if [ -d "$1" ]; then
        upload="$work/$(basename "$1").zip"
        ditto -c -k --keepParent "$1" "$upload"
    fi
    xcrun notarytool submit "$upload" "${notary_auth[@]}" --wait
    xcrun stapler staple "$1"
    xcrun stapler validate "$1"
}

for f in "$@"; do
    case "$f" in
        *.app) sign "$f" ;;
    esac
done
for f in "$@"; do
    case "$f" in
        *.dmg) sign "$f"; notarise "$f" ;;
        *.app) [ "$#" -eq 1 ] && notarise "$f" ;;
    esac
done
spctl --assess --type open --context context:primary-signature -v "$@" 2>&1 || true
