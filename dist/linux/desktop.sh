#!/usr/bin/env bash
# The desktop entry as packages install it: cargo-packager's template
# (dist/linux/mfa-ready.desktop) with its fields filled, written to OUT.
#   dist/linux/desktop.sh OUT
set -euo pipefail
cd "$(dirname "$0")/../.."
sed -e 's/{{name}}/MFA Ready/' -e 's|{{exec}}|mfa-ready|' -e 's/{{icon}}/mfa-ready/' \
    -e 's/{{categories}}/Utility/' -e 's/{{#if comment}}{{comment}}{{else}}//' -e 's/{{\/if}}//' \
    dist/linux/mfa-ready.desktop > "$1"
