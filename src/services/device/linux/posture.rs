//! The OS, the firewall and Secure Boot: each a file or one tool.
//!
//! Firewall: ufw's `ENABLED=` in `/etc/ufw/ufw.conf` (readable without root, unlike
//! `ufw status`) and firewalld's `firewall-cmd --state`; when neither is installed
//! the check is unknown: nftables or iptables rules need root to read, and are not
//! guessed at. Secure Boot: the `SecureBoot` EFI variable; a machine that booted
//! without EFI (`/sys/firmware/efi` absent) cannot have Secure Boot on, so it fails.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use mfa_ready_core::device::read::{
    OsRelease, efi_secure_boot, firewalld_state, os_release as parse_os_release, ufw_enabled,
};
use mfa_ready_core::device::{Check, CheckId, MinOs, OsFacts, Status, os_check};

use super::base::{deadline, under, why};
use super::tool::{ToolError, Tools};
use crate::services::device::reader::DeviceCheck;

/// `/etc/os-release`, else `/usr/lib/os-release` (os-release(5)).
pub(super) fn os_release(root: &Path) -> Option<OsRelease> {
    ["etc/os-release", "usr/lib/os-release"]
        .iter()
        .find_map(|p| std::fs::read_to_string(under(root, p)).ok())
        .map(|text| parse_os_release(&text))
}

/// `os_supported`: the distribution and its version against the policy's minimums.
pub(super) struct OsSupported {
    os: Option<OsFacts>,
    min_os: MinOs,
}

impl OsSupported {
    pub fn new(os: Option<OsRelease>, min_os: MinOs) -> Self {
        Self {
            os: os.as_ref().map(OsFacts::linux),
            min_os,
        }
    }
}

impl DeviceCheck for OsSupported {
    fn id(&self) -> CheckId {
        CheckId::OsSupported
    }
    fn read(&self) -> Check {
        os_check(self.os.as_ref(), &self.min_os)
    }
}

/// `firewall`: ufw or firewalld.
pub(super) struct Firewall {
    root: PathBuf,
    tools: Tools,
}

/// What one firewall said.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    /// Not installed.
    Absent,
    On(String),
    Off(String),
    /// Installed, but its state could not be read.
    Unread(String),
}

impl Firewall {
    pub fn new(root: PathBuf, tools: Tools) -> Self {
        Self { root, tools }
    }

    fn ufw(&self) -> Said {
        match std::fs::read_to_string(under(&self.root, "etc/ufw/ufw.conf")) {
            Err(e) if e.kind() == ErrorKind::NotFound => Said::Absent,
            Err(e) => Said::Unread(format!("ufw: /etc/ufw/ufw.conf not readable ({})", why(&e))),
            Ok(text) => match ufw_enabled(&text) {
                Some(true) => Said::On("ufw enabled (ENABLED=yes in /etc/ufw/ufw.conf)".into()),
                Some(false) => Said::Off("ufw disabled (ENABLED=no in /etc/ufw/ufw.conf)".into()),
                None => Said::Unread("ufw: no ENABLED= in /etc/ufw/ufw.conf".into()),
            },
        }
    }

    fn firewalld(&self) -> Said {
        match self.tools.run("firewall-cmd", &["--state"], deadline()) {
            Err(ToolError::NotFound(_)) => Said::Absent,
            Err(e) => Said::Unread(format!("firewalld: {e}")),
            // "not running" comes with exit status 252: the words are what count.
            Ok(out) => match firewalld_state(&out.stdout) {
                Some(true) => Said::On("firewalld running (firewall-cmd --state)".into()),
                Some(false) => Said::Off("firewalld not running (firewall-cmd --state)".into()),
                None => Said::Unread(format!(
                    "firewalld: firewall-cmd --state gave no state ({})",
                    out.status
                )),
            },
        }
    }
}

impl DeviceCheck for Firewall {
    fn id(&self) -> CheckId {
        CheckId::Firewall
    }
    fn read(&self) -> Check {
        let ufw = self.ufw();
        if let Said::On(e) = ufw {
            return Check::new(CheckId::Firewall, Status::Pass, e);
        }
        let (status, evidence) = judge_firewalls(&[ufw, self.firewalld()]);
        Check::new(CheckId::Firewall, status, evidence)
    }
}

/// One firewall on passes; otherwise one that could not be read leaves it unknown;
/// every installed one off fails; none installed is unknown.
fn judge_firewalls(said: &[Said]) -> (Status, String) {
    if let Some(Said::On(e)) = said.iter().find(|s| matches!(s, Said::On(_))) {
        return (Status::Pass, e.clone());
    }
    let unread: Vec<&str> = said
        .iter()
        .filter_map(|s| match s {
            Said::Unread(e) => Some(e.as_str()),
            _ => None,
        })
        .collect();
    if !unread.is_empty() {
        return (Status::Unknown, unread.join("; "));
    }
    let off: Vec<&str> = said
        .iter()
        .filter_map(|s| match s {
            Said::Off(e) => Some(e.as_str()),
            _ => None,
        })
        .collect();
    if off.is_empty() {
        (
            Status::Unknown,
            "neither ufw nor firewalld is installed; other firewalls (nftables, iptables) need root to read".into(),
        )
    } else {
        (Status::Fail, off.join("; "))
    }
}

/// `secure_boot`: the firmware's `SecureBoot` variable.
pub(super) struct SecureBoot {
    root: PathBuf,
}

/// The EFI global variable GUID's `SecureBoot` in efivarfs.
const SECURE_BOOT_VAR: &str = "SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c";

impl SecureBoot {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    fn judge(&self) -> (Status, String) {
        let firmware = under(&self.root, "sys/firmware");
        if !firmware.is_dir() {
            return (Status::Unknown, "/sys/firmware not readable".into());
        }
        let efi = firmware.join("efi");
        if !efi.is_dir() {
            return (Status::Fail, "legacy BIOS boot (no EFI)".into());
        }
        let vars = efi.join("efivars");
        match std::fs::read(vars.join(SECURE_BOOT_VAR)) {
            Ok(bytes) => match efi_secure_boot(&bytes) {
                Some(true) => (Status::Pass, "SecureBoot=1 (EFI variable)".into()),
                Some(false) => (Status::Fail, "SecureBoot=0 (EFI variable)".into()),
                None => (
                    Status::Unknown,
                    format!(
                        "SecureBoot EFI variable not understood ({} bytes)",
                        bytes.len()
                    ),
                ),
            },
            Err(e) if e.kind() == ErrorKind::NotFound => {
                // efivarfs mounted (it lists variables) but no SecureBoot: firmware
                // without Secure Boot. Nothing listed: efivarfs is not mounted.
                let listed = std::fs::read_dir(&vars).is_ok_and(|mut d| d.next().is_some());
                if listed {
                    (
                        Status::Fail,
                        "EFI boot, but the firmware has no SecureBoot variable".into(),
                    )
                } else {
                    (
                        Status::Unknown,
                        "EFI variables not readable (efivarfs not mounted)".into(),
                    )
                }
            }
            Err(e) => (
                Status::Unknown,
                format!("SecureBoot EFI variable not readable ({})", why(&e)),
            ),
        }
    }
}

impl DeviceCheck for SecureBoot {
    fn id(&self) -> CheckId {
        CheckId::SecureBoot
    }
    fn read(&self) -> Check {
        let (status, evidence) = self.judge();
        Check::new(CheckId::SecureBoot, status, evidence)
    }
}
