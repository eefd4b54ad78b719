//! macOS tools' outputs: `fdesetup status`, `socketfilterfw --getglobalstate`, `sw_vers`.

use super::super::version::OsVersion;

/// `fdesetup status` on macOS: "FileVault is On." / "FileVault is Off." (also with
/// "Encryption in progress" or "Decryption in progress" lines after it).
pub fn fdesetup_status(out: &str) -> Option<bool> {
    let first = out.lines().next()?.trim();
    if first.starts_with("FileVault is On") {
        Some(true)
    } else if first.starts_with("FileVault is Off") {
        Some(false)
    } else {
        None
    }
}

/// `/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate`: "Firewall is
/// enabled. (State = 1)", "Firewall is disabled. (State = 0)", and "(State = 2)" for
/// "block all incoming connections" (on).
pub fn socketfilterfw(out: &str) -> Option<bool> {
    let t = out.trim();
    if let Some(state) = t.split("State = ").nth(1).and_then(|s| {
        s.trim_end_matches([')', '.', ' '])
            .trim()
            .parse::<u8>()
            .ok()
    }) {
        return Some(state > 0);
    }
    if t.contains("is enabled") {
        Some(true)
    } else if t.contains("is disabled") {
        Some(false)
    } else {
        None
    }
}

/// `sw_vers`'s `ProductName` and `ProductVersion`.
pub fn sw_vers(out: &str) -> Option<(String, OsVersion)> {
    let get = |key: &str| {
        out.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == key).then(|| v.trim().to_owned())
        })
    };
    let version = OsVersion::parse(&get("ProductVersion")?)?;
    Some((
        get("ProductName").unwrap_or_else(|| "macOS".to_owned()),
        version,
    ))
}
