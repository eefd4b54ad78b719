//! The posture checks' vocabulary: which check, what it found, what was read and
//! what to do. The snake_case ids are a contract (`device --json`, the policy's
//! `[device] require`, the report's `device` object).

use serde::{Deserialize, Serialize};

/// One posture check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    /// The OS version is at least the policy's minimum.
    OsSupported,
    /// The system volume is encrypted (LUKS, BitLocker, FileVault).
    DiskEncryption,
    /// The screen locks with a password after a while idle.
    ScreenLock,
    /// A firewall is on.
    Firewall,
    /// The firmware boots only signed code.
    SecureBoot,
}

impl CheckId {
    pub const ALL: [CheckId; 5] = [
        Self::OsSupported,
        Self::DiskEncryption,
        Self::ScreenLock,
        Self::Firewall,
        Self::SecureBoot,
    ];

    /// The id in policies and JSON (`disk_encryption`).
    pub fn id(self) -> &'static str {
        match self {
            Self::OsSupported => "os_supported",
            Self::DiskEncryption => "disk_encryption",
            Self::ScreenLock => "screen_lock",
            Self::Firewall => "firewall",
            Self::SecureBoot => "secure_boot",
        }
    }

    /// Its name in English, as the gap sentence of `status --json` and `check` has it
    /// (the English catalogue's `device-check-*` say the same).
    pub fn label(self) -> &'static str {
        match self {
            Self::OsSupported => "Operating system version",
            Self::DiskEncryption => "Disk encryption",
            Self::ScreenLock => "Screen lock",
            Self::Firewall => "Firewall",
            Self::SecureBoot => "Secure Boot",
        }
    }

    /// The check an id names.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Fail,
    /// Could not be read (no permission, no such tool, a timeout): never a pass.
    Unknown,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::Unknown => "unknown",
        }
    }
}

/// The OS family the checks ran on: decides the fix's words and the settings link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Linux,
    Windows,
    Macos,
    Other,
}

impl Platform {
    pub fn id(self) -> &'static str {
        match self {
            Self::Linux => "linux",
            Self::Windows => "windows",
            Self::Macos => "macos",
            Self::Other => "other",
        }
    }

    /// The platform this binary was built for.
    pub fn current() -> Self {
        if cfg!(target_os = "windows") {
            Self::Windows
        } else if cfg!(target_os = "macos") {
            Self::Macos
        } else if cfg!(target_os = "linux") {
            Self::Linux
        } else {
            Self::Other
        }
    }
}

/// What to do about a check that did not pass; the ui words it for the platform
/// (`device-fix-{check}-{platform}`) and offers [`settings_link`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fix {
    /// Update the OS (or ask IT for a newer one).
    UpdateOs,
    /// Turn on disk encryption (BitLocker, FileVault; on Linux: IT reinstalls with LUKS).
    EncryptDisk,
    /// Turn on the screen lock with a password.
    TurnOnScreenLock,
    /// Turn on the firewall.
    TurnOnFirewall,
    /// Turn on Secure Boot in the firmware settings (IT).
    TurnOnSecureBoot,
    /// This could not be read here: IT can confirm it.
    AskIt,
}

impl Fix {
    pub fn id(self) -> &'static str {
        match self {
            Self::UpdateOs => "update_os",
            Self::EncryptDisk => "encrypt_disk",
            Self::TurnOnScreenLock => "turn_on_screen_lock",
            Self::TurnOnFirewall => "turn_on_firewall",
            Self::TurnOnSecureBoot => "turn_on_secure_boot",
            Self::AskIt => "ask_it",
        }
    }

    /// What to do when `check` has `status` (nothing for a pass).
    pub fn for_check(check: CheckId, status: Status) -> Option<Fix> {
        match status {
            Status::Pass => None,
            Status::Unknown => Some(Fix::AskIt),
            Status::Fail => Some(match check {
                CheckId::OsSupported => Fix::UpdateOs,
                CheckId::DiskEncryption => Fix::EncryptDisk,
                CheckId::ScreenLock => Fix::TurnOnScreenLock,
                CheckId::Firewall => Fix::TurnOnFirewall,
                CheckId::SecureBoot => Fix::TurnOnSecureBoot,
            }),
        }
    }
}

/// Where the OS's own settings for a check open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SettingsLink {
    /// A URI the OS opens in its settings app (`ms-settings:…`, `x-apple.systempreferences:…`).
    Uri(&'static str),
    /// A settings program and its arguments (GNOME Settings' panel).
    Program(&'static str, &'static [&'static str]),
}

/// The settings page for `check` on `platform`, where the OS has one a user can open.
/// Secure Boot lives in the firmware: no page.
pub fn settings_link(check: CheckId, platform: Platform) -> Option<SettingsLink> {
    use SettingsLink::{Program, Uri};
    match (platform, check) {
        (Platform::Windows, CheckId::OsSupported) => Some(Uri("ms-settings:windowsupdate")),
        (Platform::Windows, CheckId::DiskEncryption) => Some(Uri("ms-settings:deviceencryption")),
        (Platform::Windows, CheckId::ScreenLock) => Some(Uri("ms-settings:signinoptions")),
        (Platform::Windows, CheckId::Firewall) => Some(Uri("windowsdefender://network/")),
        (Platform::Macos, CheckId::OsSupported) => Some(Uri(
            "x-apple.systempreferences:com.apple.Software-Update-Settings.extension",
        )),
        (Platform::Macos, CheckId::DiskEncryption) => Some(Uri(
            "x-apple.systempreferences:com.apple.preference.security?FileVault",
        )),
        (Platform::Macos, CheckId::ScreenLock) => Some(Uri(
            "x-apple.systempreferences:com.apple.Lock-Screen-Settings.extension",
        )),
        (Platform::Macos, CheckId::Firewall) => Some(Uri(
            "x-apple.systempreferences:com.apple.preference.security?Firewall",
        )),
        (Platform::Linux, CheckId::ScreenLock) => {
            Some(Program("gnome-control-center", &["privacy"]))
        }
        _ => None,
    }
}

/// One check's result. `evidence` is what was read, for IT and the helpdesk (never
/// a serial number, a user name or an address); the window shows it behind Details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: CheckId,
    pub status: Status,
    pub evidence: String,
    /// What to do (absent for a pass).
    pub fix: Option<Fix>,
}

impl Check {
    /// A result with the fix that goes with it.
    pub fn new(id: CheckId, status: Status, evidence: impl Into<String>) -> Self {
        Self {
            id,
            status,
            evidence: evidence.into(),
            fix: Fix::for_check(id, status),
        }
    }
}

/// Every check that ran, in [`CheckId::ALL`] order, on one platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceReport {
    pub platform: Platform,
    /// The OS as a person names it ("Debian GNU/Linux 12 (bookworm)", "Windows 11 23H2").
    pub os_name: String,
    pub checks: Vec<Check>,
}

impl DeviceReport {
    /// The result of one check (unknown when it did not run).
    pub fn status(&self, id: CheckId) -> Status {
        self.checks
            .iter()
            .find(|c| c.id == id)
            .map_or(Status::Unknown, |c| c.status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_serde_agrees() {
        for c in CheckId::ALL {
            assert_eq!(CheckId::from_id(c.id()), Some(c));
            assert_eq!(
                serde_json::to_value(c).unwrap_or_default(),
                serde_json::json!(c.id())
            );
        }
        assert_eq!(CheckId::from_id("antivirus"), None);
        for s in [Status::Pass, Status::Fail, Status::Unknown] {
            assert_eq!(
                serde_json::to_value(s).unwrap_or_default(),
                serde_json::json!(s.id())
            );
        }
    }

    #[test]
    fn a_pass_needs_nothing_unknown_asks_it_and_a_failure_says_what_to_turn_on() {
        assert_eq!(Fix::for_check(CheckId::Firewall, Status::Pass), None);
        assert_eq!(
            Fix::for_check(CheckId::Firewall, Status::Unknown),
            Some(Fix::AskIt)
        );
        assert_eq!(
            Fix::for_check(CheckId::DiskEncryption, Status::Fail),
            Some(Fix::EncryptDisk)
        );
        assert_eq!(
            Check::new(CheckId::ScreenLock, Status::Fail, "lock-enabled false").fix,
            Some(Fix::TurnOnScreenLock)
        );
    }

    #[test]
    fn settings_links_exist_where_the_os_has_a_page_and_never_for_the_firmware() {
        assert_eq!(
            settings_link(CheckId::DiskEncryption, Platform::Windows),
            Some(SettingsLink::Uri("ms-settings:deviceencryption"))
        );
        for p in [Platform::Linux, Platform::Windows, Platform::Macos] {
            assert_eq!(settings_link(CheckId::SecureBoot, p), None);
        }
        for c in CheckId::ALL {
            if let Some(SettingsLink::Uri(u)) = settings_link(c, Platform::Macos) {
                assert!(u.starts_with("x-apple.systempreferences:"), "{u}");
            }
        }
    }
}
