//! The OS's own outputs to facts, as `services::device` captured them: each parser
//! is tested on real outputs of the tool or file it reads. Nothing here reads; every
//! input is text or bytes handed in. Anything not recognised is `None` (unknown),
//! never a guess.
//!
//! Linux's here (os-release, mountinfo and device-mapper uuids, efivarfs, gsettings,
//! kscreenlockerrc, ufw, firewalld, hidraw descriptors, BlueZ, the default browser);
//! macOS's and Windows's in their own files.

use super::preflight::{Bluetooth, Browser};

/// `/etc/os-release` (freedesktop.org os-release(5)): the keys the checks use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OsRelease {
    /// `ID` ("debian", "ubuntu", "fedora").
    pub id: String,
    /// `ID_LIKE`, split ("debian" for Ubuntu).
    pub id_like: Vec<String>,
    /// `VERSION_ID` ("12", "22.04"); absent on rolling releases.
    pub version_id: Option<String>,
    /// `PRETTY_NAME` ("Debian GNU/Linux 12 (bookworm)").
    pub pretty_name: String,
}

/// Parses os-release: `KEY=value` lines, values optionally quoted with `"` or `'`
/// and `\` escapes inside double quotes; comments and blank lines skipped.
pub fn os_release(text: &str) -> OsRelease {
    let mut out = OsRelease::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, raw)) = line.split_once('=') else {
            continue;
        };
        let value = unquote(raw.trim());
        match key.trim() {
            "ID" => out.id = value.to_ascii_lowercase(),
            "ID_LIKE" => {
                out.id_like = value
                    .split_whitespace()
                    .map(str::to_ascii_lowercase)
                    .collect();
            }
            "VERSION_ID" => out.version_id = Some(value),
            "PRETTY_NAME" => out.pretty_name = value,
            _ => {}
        }
    }
    if out.id.is_empty() {
        // os-release(5): ID defaults to "linux".
        out.id = "linux".to_owned();
    }
    if out.pretty_name.is_empty() {
        out.pretty_name = "Linux".to_owned();
    }
    out
}

fn unquote(v: &str) -> String {
    if let Some(inner) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else {
                out.push(c);
            }
        }
        out
    } else if let Some(inner) = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        inner.to_owned()
    } else {
        v.to_owned()
    }
}

/// A device-mapper target's `dm/uuid` in sysfs: cryptsetup names what it maps
/// `CRYPT-<type>-…` (what Chromium's device signals check). Of those, dm-verity
/// (`CRYPT-VERITY-`), a standalone dm-integrity (`CRYPT-INTEGRITY-`) and the
/// dm-integrity device under a LUKS2 volume with integrity (`CRYPT-SUBDEV-`) check
/// data but do not encrypt it; LUKS1/2, plain, TrueCrypt, BitLocker, loop-AES and
/// FileVault mappings do.
pub fn dm_uuid_is_crypt(uuid: &str) -> bool {
    let Some(rest) = uuid.trim_start().strip_prefix("CRYPT-") else {
        return false;
    };
    let kind = rest.split('-').next().unwrap_or_default();
    !matches!(kind, "VERITY" | "INTEGRITY" | "SUBDEV")
}

/// A `dm/uuid` cut to what names its kind, for evidence: `CRYPT-LUKS2-…`, `LVM-…`,
/// `mpath-…`. The rest (volume and LUKS uuids, a mapping's name) identifies one
/// machine's disks and stays out of what is shown.
pub fn dm_uuid_kind(uuid: &str) -> String {
    let mut rest = uuid.trim();
    let parts = if rest.starts_with("CRYPT-") { 2 } else { 1 };
    let mut kept = Vec::with_capacity(parts);
    for _ in 0..parts {
        match rest.split_once('-') {
            Some((head, tail)) if !head.is_empty() => {
                kept.push(head);
                rest = tail;
            }
            _ => return "…".to_owned(),
        }
    }
    format!("{}-…", kept.join("-"))
}

/// The filesystem mounted at `/`, as `/proc/self/mountinfo` gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RootMount {
    /// Field 3, `major:minor` (`0:…` for btrfs subvolumes, overlayfs, NFS: not a
    /// block device's number).
    pub dev: (u32, u32),
    /// The filesystem type after the ` - ` separator (`ext4`, `btrfs`).
    pub fstype: String,
    /// The mount source after it (`/dev/mapper/luks-…`, `/dev/vda`), octal escapes
    /// (`\040` for a space) decoded.
    pub source: String,
}

/// `/proc/self/mountinfo`: the mount at `/` (the last such line: later mounts cover
/// earlier ones).
pub fn root_mount(mountinfo: &str) -> Option<RootMount> {
    mountinfo
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (_id, _parent, dev, _root, mount) =
                (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
            (mount == "/").then_some((dev, l))
        })
        .next_back()
        .and_then(|(dev, line)| {
            let (a, b) = dev.split_once(':')?;
            let dev = (a.parse().ok()?, b.parse().ok()?);
            // Optional fields end at a lone "-"; then fstype, source, options.
            let mut after = line.split_whitespace().skip_while(|f| *f != "-").skip(1);
            let fstype = after.next().unwrap_or_default().to_owned();
            let source = unescape_octal(after.next().unwrap_or_default());
            Some(RootMount {
                dev,
                fstype,
                source,
            })
        })
}

/// `/proc/self/mountinfo`: the `major:minor` of the filesystem mounted at `/`.
pub fn root_device(mountinfo: &str) -> Option<(u32, u32)> {
    root_mount(mountinfo).map(|m| m.dev)
}

/// The kernel writes space, tab, newline and `\` in mountinfo fields as `\ooo`.
fn unescape_octal(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let code = bytes
            .get(i + 1..i + 4)
            .filter(|d| bytes[i] == b'\\' && d.iter().all(|c| (b'0'..=b'7').contains(c)))
            .and_then(|d| u8::from_str_radix(std::str::from_utf8(d).ok()?, 8).ok());
        match code {
            Some(c) => {
                out.push(c);
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `SecureBoot-8be4df61-…` EFI variable as efivarfs gives it: 4 bytes of
/// attributes, then the value (1: on, 0: off).
pub fn efi_secure_boot(bytes: &[u8]) -> Option<bool> {
    match bytes.get(4) {
        Some(1) if bytes.len() == 5 => Some(true),
        Some(0) if bytes.len() == 5 => Some(false),
        _ => None,
    }
}

/// `gsettings get …` of a boolean ("true\n").
pub fn gsettings_bool(out: &str) -> Option<bool> {
    match out.trim() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// `gsettings get …` of an unsigned number ("uint32 300\n", or "300"): the whole
/// output, so nothing else (a warning that reached it) is taken for the value.
pub fn gsettings_uint(out: &str) -> Option<u64> {
    let t = out.trim();
    t.strip_prefix("uint32 ").unwrap_or(t).parse().ok()
}

/// KDE's `kscreenlockerrc`: `[Daemon]` `Autolock` (default true) and `Timeout` in
/// minutes (default 5). `None` text (no file) gives KDE's defaults.
pub fn kscreenlocker(text: Option<&str>) -> (bool, u64) {
    let (mut autolock, mut timeout) = (true, 5);
    let mut in_daemon = false;
    for line in text.unwrap_or_default().lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_daemon = line == "[Daemon]";
            continue;
        }
        if !in_daemon {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            match k.trim() {
                "Autolock" => autolock = v.trim() != "false",
                "Timeout" => timeout = v.trim().parse().unwrap_or(timeout),
                _ => {}
            }
        }
    }
    (autolock, timeout)
}

/// `/etc/ufw/ufw.conf`'s `ENABLED=yes|no`.
pub fn ufw_enabled(conf: &str) -> Option<bool> {
    conf.lines().find_map(|l| {
        let v = l.trim().strip_prefix("ENABLED=")?;
        match v.trim().trim_matches(['"', '\'']) {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    })
}

/// `firewall-cmd --state`: "running" or "not running".
pub fn firewalld_state(out: &str) -> Option<bool> {
    match out.trim() {
        "running" => Some(true),
        "not running" => Some(false),
        _ => None,
    }
}

/// Which desktop's settings say how the screen locks, from `XDG_CURRENT_DESKTOP`
/// (a `:`-separated list, "ubuntu:GNOME", "X-Cinnamon", "KDE").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Desktop {
    /// GNOME and what runs on its settings (Ubuntu's, Unity, Budgie):
    /// `org.gnome.desktop.screensaver` and `org.gnome.desktop.session`.
    Gnome,
    /// Cinnamon: `org.cinnamon.desktop.screensaver` and `org.cinnamon.desktop.session`.
    Cinnamon,
    /// Plasma: `kscreenlockerrc`.
    Kde,
    /// Another desktop (Xfce, MATE, LXQt, a window manager): its lock is not read.
    Other,
}

/// The desktop `XDG_CURRENT_DESKTOP` names (`None` when it names none).
pub fn desktop(xdg_current_desktop: &str) -> Option<Desktop> {
    let names: Vec<String> = xdg_current_desktop
        .split(':')
        .map(|n| n.trim().to_ascii_uppercase())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return None;
    }
    let has = |n: &str| names.iter().any(|x| x == n);
    Some(if has("X-CINNAMON") || has("CINNAMON") {
        Desktop::Cinnamon
    } else if has("KDE") {
        Desktop::Kde
    } else if has("GNOME") || has("UNITY") || has("BUDGIE") {
        Desktop::Gnome
    } else {
        Desktop::Other
    })
}

/// The default application for `mime` in a `mimeapps.list` (freedesktop.org MIME
/// applications associations): `[Default Applications]`'s first desktop id for it
/// (`x-scheme-handler/https=firefox-esr.desktop;`).
pub fn mimeapps_default(text: &str, mime: &str) -> Option<String> {
    let mut in_defaults = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_defaults = line == "[Default Applications]";
            continue;
        }
        if !in_defaults {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        if k.trim() == mime {
            return v
                .split(';')
                .map(str::trim)
                .find(|id| !id.is_empty())
                .map(str::to_owned);
        }
    }
    None
}

/// The browser a desktop id names (`xdg-settings get default-web-browser`, or
/// `mimeapps.list`): Firefox (`firefox.desktop`, `firefox-esr.desktop`, the snap's
/// `firefox_firefox.desktop`, Flathub's `org.mozilla.firefox.desktop`); Chrome,
/// Chromium, Edge and Brave, packaged, snapped or from Flathub; anything else is
/// another browser; an empty answer is unknown.
pub fn browser(desktop_id: &str) -> Browser {
    let id = desktop_id.trim().to_ascii_lowercase();
    let id = id.strip_suffix(".desktop").unwrap_or(&id);
    if id.is_empty() {
        return Browser::Unknown;
    }
    if id.starts_with("firefox") || id == "org.mozilla.firefox" {
        return Browser::Firefox;
    }
    const CHROMIUM: [&str; 9] = [
        "google-chrome",
        "chromium",
        "microsoft-edge",
        "brave-browser",
        "brave",
        "com.google.chrome",
        "org.chromium.chromium",
        "com.microsoft.edge",
        "com.brave.browser",
    ];
    if CHROMIUM.iter().any(|c| id.starts_with(c)) {
        Browser::Chromium
    } else {
        Browser::Other
    }
}

/// Bluetooth from BlueZ's adapters (`org.bluez.Adapter1` objects), each its
/// `Powered` property (`None`: not readable): on when any is powered; off when
/// every one is off; no adapter when BlueZ has none; unknown otherwise.
pub fn bluez_adapters(powered: &[Option<bool>]) -> Bluetooth {
    if powered.is_empty() {
        Bluetooth::NoAdapter
    } else if powered.contains(&Some(true)) {
        Bluetooth::On
    } else if powered.iter().all(|p| *p == Some(false)) {
        Bluetooth::Off
    } else {
        Bluetooth::Unknown
    }
}

/// Whether a HID report descriptor declares the FIDO Alliance usage page (0xF1D0),
/// as a security key's does (CTAP HID). Items are walked by the descriptor's own
/// grammar (short and long items), so a `0xF1D0` inside data is not mistaken for it.
pub fn hid_is_fido(descriptor: &[u8]) -> bool {
    let mut i = 0;
    while i < descriptor.len() {
        let prefix = descriptor[i];
        if prefix == 0xFE {
            // Long item: size, tag, data.
            let size = descriptor.get(i + 1).copied().unwrap_or(0) as usize;
            i += 3 + size;
            continue;
        }
        let size = match prefix & 0x03 {
            3 => 4,
            n => n as usize,
        };
        let data = descriptor.get(i + 1..i + 1 + size).unwrap_or_default();
        // Global item (type 1), tag 0: Usage Page.
        if prefix & 0xFC == 0x04 {
            let mut value = 0u32;
            for (k, b) in data.iter().enumerate() {
                value |= u32::from(*b) << (8 * k);
            }
            if value == 0xF1D0 {
                return true;
            }
        }
        i += 1 + size;
    }
    false
}

mod macos;
mod windows;

pub use macos::{
    Switch, browser_bundle_id, defaults_bool, fdesetup_status, launch_services_https,
    socketfilterfw, sw_vers,
};
pub use windows::{
    FIREWALL_PROFILES, WindowsScreenLock, bitlocker_protection, bitlocker_state, bluetooth_radios,
    browser_prog_id, hello_availability, hid_usage_page_is_fido, uefi_secure_boot, windows_build,
    windows_firewall, windows_name, windows_screen_lock, windows_version,
};

#[cfg(test)]
mod tests;
