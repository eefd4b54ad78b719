//! The OS's own outputs to facts, as `services::device` captured them: each parser
//! is tested on real outputs of the tool or file it reads. Nothing here reads; every
//! input is text or bytes handed in. Anything not recognised is `None` (unknown),
//! never a guess.

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

/// A device-mapper target's `dm/uuid` in sysfs: dm-crypt (LUKS or plain) targets
/// start with `CRYPT-` (cryptsetup's naming, what Chromium's device signals check).
pub fn dm_uuid_is_crypt(uuid: &str) -> bool {
    uuid.trim_start().starts_with("CRYPT-")
}

/// `/proc/self/mountinfo`: the `major:minor` of the filesystem mounted at `/`
/// (the last such line: later mounts cover earlier ones).
pub fn root_device(mountinfo: &str) -> Option<(u32, u32)> {
    mountinfo
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (_id, _parent, dev, _root, mount) =
                (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
            (mount == "/").then_some(dev)
        })
        .next_back()
        .and_then(|dev| {
            let (a, b) = dev.split_once(':')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
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

/// `gsettings get …` of an unsigned number ("uint32 300\n", or "300").
pub fn gsettings_uint(out: &str) -> Option<u64> {
    out.trim().rsplit(' ').next()?.parse().ok()
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
