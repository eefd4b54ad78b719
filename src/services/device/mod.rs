//! This device, read as the signed-in user: the posture checks (`core::device`'s
//! vocabulary) and the facts the pre-flight needs. Every read is small, behind
//! [`DeviceCheck`] (one per check) or [`FactSource`], and runs on a blocking thread
//! with a deadline ([`CHECK_TIMEOUT`]): a tool that never answers is unknown, never a
//! hang, and nothing here blocks a frame. The rules (what counts, what the verdict
//! says) are core's; this module only reads.
//!
//! Platforms: `linux` (files under a root that tests point at a fake tree, BlueZ
//! over D-Bus, the desktop's settings tools), `windows` and `macos` (their own
//! readers, kept small; macOS cannot be compiled here and is reviewed).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mfa_ready_core::device::{Check, CheckId, DeviceFacts, DeviceReport, Platform, Status};

/// How long one check may take before it counts as unknown.
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// One posture check's reader.
pub trait DeviceCheck: Send + Sync {
    fn id(&self) -> CheckId;
    /// Reads the OS (blocking is fine: it runs on a blocking thread under a deadline).
    fn read(&self) -> Check;
}

/// A reader of some of the pre-flight's facts (Bluetooth, the browser, a security
/// key, Windows Hello); it fills what it knows and leaves the rest.
pub trait FactSource: Send + Sync {
    fn read(&self, facts: &mut DeviceFacts);
}

/// Where the readers look. Tests point `root` at a fake tree (`etc/os-release`,
/// `proc/self/mountinfo`, `sys/…`), `system_bus` at a private D-Bus (BlueZ mocked by
/// python-dbusmock) and `path` at captured tools.
#[derive(Debug, Clone, Default)]
pub struct Host {
    /// `/` on a real machine.
    pub root: PathBuf,
    /// The system bus address (`None`: the OS's own).
    pub system_bus: Option<String>,
    /// Where tools are looked up (`None`: `PATH`).
    pub path: Option<std::ffi::OsString>,
}

/// Reads this device under another root: a fake tree for tests and screenshots
/// (`etc/os-release`, `sys/…`; tools only from its `bin/`), like `MFA_READY_NOW` for
/// the clock. Never set in production.
pub const ROOT_ENV: &str = "MFA_READY_DEVICE_ROOT";
/// The system bus to ask BlueZ on, with [`ROOT_ENV`] (a private bus in tests).
pub const BUS_ENV: &str = "MFA_READY_DEVICE_BUS";

impl Host {
    /// The machine this runs on, or the fake tree [`ROOT_ENV`] names.
    pub fn from_env() -> Self {
        match std::env::var_os(ROOT_ENV) {
            Some(root) if !root.is_empty() => {
                let root = PathBuf::from(root);
                Self {
                    path: Some(root.join("bin").into_os_string()),
                    system_bus: std::env::var(BUS_ENV).ok(),
                    root,
                }
            }
            _ => Self::real(),
        }
    }

    /// The machine this runs on.
    pub fn real() -> Self {
        Self {
            root: PathBuf::from("/"),
            system_bus: None,
            path: None,
        }
    }
}

/// What was read about this device: the posture checks and the pre-flight's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceSnapshot {
    pub report: DeviceReport,
    pub facts: DeviceFacts,
}

/// Runs every check and fact source for this platform at once, each under
/// [`CHECK_TIMEOUT`]. `min_os` is the policy's (for `os_supported`).
pub async fn read(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> DeviceSnapshot {
    let platform = Platform::current();
    let (os_name, checks, sources) = platform_readers(host, min_os);
    let checks = run_checks(checks).await;
    let facts = run_facts(platform, sources).await;
    DeviceSnapshot {
        report: DeviceReport {
            platform,
            os_name,
            checks,
        },
        facts,
    }
}

pub(crate) type Readers = (String, Vec<Arc<dyn DeviceCheck>>, Vec<Arc<dyn FactSource>>);

#[cfg(target_os = "linux")]
fn platform_readers(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> Readers {
    linux::readers(host, min_os)
}

#[cfg(target_os = "windows")]
fn platform_readers(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> Readers {
    windows::readers(host, min_os)
}

#[cfg(target_os = "macos")]
fn platform_readers(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> Readers {
    macos::readers(host, min_os)
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
fn platform_readers(_host: &Host, _min_os: &mfa_ready_core::device::MinOs) -> Readers {
    ("this operating system".to_owned(), Vec::new(), Vec::new())
}

/// Each check on its own blocking thread under the deadline, in [`CheckId::ALL`]
/// order; a check with no reader on this platform is unknown.
pub async fn run_checks(checks: Vec<Arc<dyn DeviceCheck>>) -> Vec<Check> {
    let tasks: Vec<_> = checks
        .into_iter()
        .map(|c| {
            let id = c.id();
            let task = tokio::task::spawn_blocking(move || c.read());
            (id, tokio::time::timeout(CHECK_TIMEOUT, task))
        })
        .collect();
    let mut out = Vec::new();
    for (id, task) in tasks {
        out.push(match task.await {
            Ok(Ok(check)) => check,
            Ok(Err(_)) => Check::new(id, Status::Unknown, "the reader stopped"),
            Err(_) => Check::new(
                id,
                Status::Unknown,
                format!("no answer within {} s", CHECK_TIMEOUT.as_secs()),
            ),
        });
    }
    for id in CheckId::ALL {
        if !out.iter().any(|c| c.id == id) {
            out.push(Check::new(
                id,
                Status::Unknown,
                "not checked on this operating system",
            ));
        }
    }
    out.sort_by_key(|c| c.id);
    out
}

/// Every fact source at once, each under the deadline; what one could not read in
/// time stays unknown.
pub async fn run_facts(platform: Platform, sources: Vec<Arc<dyn FactSource>>) -> DeviceFacts {
    let tasks: Vec<_> = sources
        .into_iter()
        .map(|s| {
            let task = tokio::task::spawn_blocking(move || {
                let mut f = DeviceFacts::default();
                s.read(&mut f);
                f
            });
            tokio::time::timeout(CHECK_TIMEOUT, task)
        })
        .collect();
    let mut facts = DeviceFacts {
        platform: Some(platform),
        ..DeviceFacts::default()
    };
    for task in tasks {
        if let Ok(Ok(f)) = task.await {
            merge(&mut facts, &f);
        }
    }
    facts
}

/// What `from` knows, over what `into` does not.
fn merge(into: &mut DeviceFacts, from: &DeviceFacts) {
    use mfa_ready_core::device::{Bluetooth, Browser, Hello};
    if from.bluetooth != Bluetooth::Unknown {
        into.bluetooth = from.bluetooth;
    }
    if from.browser != Browser::Unknown {
        into.browser = from.browser;
    }
    if from.security_key.is_some() {
        into.security_key = from.security_key;
    }
    if from.hello != Hello::Unknown {
        into.hello = from.hello;
    }
    if from.touch_id.is_some() {
        into.touch_id = from.touch_id;
    }
}

/// Opens this OS's settings page for `check` (core's link: a settings URI, or GNOME
/// Settings' panel); never anything the window passes in.
pub fn open_settings(check: CheckId) -> Result<(), String> {
    use mfa_ready_core::device::{SettingsLink, settings_link};
    match settings_link(check, Platform::current()) {
        Some(SettingsLink::Uri(uri)) => open::that_detached(uri).map_err(|e| e.to_string()),
        Some(SettingsLink::Program(program, args)) => std::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(|_| ())
            .map_err(|e| format!("{program}: {e}")),
        None => Err(format!("no settings page for {} on this OS", check.id())),
    }
}

mod service;
pub(crate) use service::DeviceService;
pub use service::DeviceSetup;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "windows")]
mod windows;

#[cfg(test)]
mod tests {
    use super::*;

    struct Slow;
    impl DeviceCheck for Slow {
        fn id(&self) -> CheckId {
            CheckId::Firewall
        }
        fn read(&self) -> Check {
            std::thread::sleep(Duration::from_secs(3));
            Check::new(CheckId::Firewall, Status::Pass, "too late")
        }
    }

    struct Fixed(CheckId, Status);
    impl DeviceCheck for Fixed {
        fn id(&self) -> CheckId {
            self.0
        }
        fn read(&self) -> Check {
            Check::new(self.0, self.1, "read")
        }
    }

    /// A reader that never answers is unknown after the deadline; the others are
    /// not held up; a check with no reader is unknown; the order is fixed.
    #[tokio::test]
    async fn a_check_that_hangs_is_unknown_after_its_deadline() {
        let checks: Vec<Arc<dyn DeviceCheck>> = vec![
            Arc::new(Slow),
            Arc::new(Fixed(CheckId::DiskEncryption, Status::Fail)),
        ];
        let got = run_checks(checks).await;
        let ids: Vec<_> = got.iter().map(|c| c.id).collect();
        assert_eq!(ids, CheckId::ALL.to_vec());
        let fw = &got[3];
        assert_eq!(fw.status, Status::Unknown);
        assert!(fw.evidence.contains("2 s"), "{}", fw.evidence);
        assert_eq!(got[1].status, Status::Fail);
        assert_eq!(got[4].status, Status::Unknown);
    }
}
