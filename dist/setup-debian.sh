#!/usr/bin/env bash
# Installs what MFA Ready needs to build, test and open its window on Debian/Ubuntu.
# Safe to run again. Uses sudo when not root.
#
#   ./dist/setup-debian.sh && cargo run --release    # set up and run the app
#   ./dist/setup-debian.sh && cargo test             # set up and run the tests
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

PACKAGES=(
    # build: a C compiler for bundled SQLite
    gcc libc6-dev pkg-config
    # TLS roots for the app's HTTPS checks
    ca-certificates
    # a real window: X11 / Wayland client libraries, EGL + Mesa (wgpu renders on llvmpipe without a GPU)
    libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 libxkbcommon0 libwayland-client0
    libegl1 libegl-mesa0 libgl1-mesa-dri
    # system fonts (loaded with dlopen at run time)
    libfontconfig1
    # desktop notifications and the keychain talk over D-Bus
    libdbus-1-3
    # headless window for the screenshot and benchmark scripts
    xvfb xauth x11-utils imagemagick xdotool
    # a Japanese font (egui ships no CJK glyphs; the window loads the system's)
    fonts-ipafont-gothic
    # the window's accessibility tree read as a screen reader reads it (dist/a11y, screenshots)
    dbus-x11 at-spi2-core python3-pyatspi
    # the device checks' tests: a private message bus with BlueZ mocked (tests/network/device.rs)
    dbus python3-dbusmock
    # the proxy tests: GNOME's proxy settings set with gsettings on a private bus, read
    # back through GLib and dconf (tests/network/route.rs)
    libglib2.0-bin gsettings-desktop-schemas dconf-gsettings-backend dconf-service
    # the man page's test renders it with man (tests/cli/docs.rs)
    man-db
    # what IT's reviewers run on the packages: lintian on the .deb (dist/deb-e2e.sh), the
    # AppStream metadata and the desktop entry validated in CI (.ci/run)
    lintian appstream desktop-file-utils
    # the HTML report checked with axe-core in headless Chromium (tests/cli/report_a11y.rs)
    chromium
    # the Windows check in CI: a MinGW C compiler for the bundled C (SQLite, ring)
    gcc-mingw-w64-x86-64
    # CI parses the release workflow's YAML
    python3 python3-yaml
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup-debian: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "setup-debian: system packages already installed"
fi

# axe-core (npm, pinned) for the HTML report's accessibility test.
AXE_VERSION="4.14.1"
if ! command -v npm >/dev/null 2>&1; then
    echo "setup-debian: installing npm (for axe-core)"
    $SUDO apt-get install -y -qq --no-install-recommends npm
fi
axe_dir="$(npm root -g)/axe-core"
if ! grep -q "\"version\": \"$AXE_VERSION\"" "$axe_dir/package.json" 2>/dev/null; then
    echo "setup-debian: installing axe-core $AXE_VERSION"
    $SUDO npm install -g --no-audit --no-fund "axe-core@$AXE_VERSION" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "setup-debian: installing Rust with rustup (needs Rust 1.95 or newer)"
    $SUDO apt-get install -y -qq --no-install-recommends curl
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
fi

need="1.95.0"
have="$(rustc --version | awk '{print $2}')"
if [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n1)" != "$need" ]; then
    if command -v rustup >/dev/null 2>&1; then
        echo "setup-debian: Rust $have is too old; updating"
        rustup update stable
    else
        echo "setup-debian: Rust $have is older than $need; please update it" >&2
        exit 1
    fi
fi
if command -v rustup >/dev/null 2>&1; then
    rustup component add rustfmt clippy >/dev/null 2>&1 || true
    # Windows code paths are checked on Linux (.ci/run).
    rustup target add x86_64-pc-windows-gnu >/dev/null
fi
echo "setup-debian: ready ($(rustc --version))"
