//! What the device readers share: the traits each reader implements, where they read
//! ([`Host`]), their deadline and what a read gives ([`DeviceSnapshot`]). Platform
//! modules and the window's protocol import this file, never the module's root.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mfa_ready_core::device::{Check, CheckId, DeviceFacts, DeviceReport, DeviceSummary, summarize};

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
/// (`etc/os-release`, `sys/…`; tools only from its `bin/`). Debug builds only, like
/// `MFA_READY_SYSTEM_DIR`: a release build always reads the computer it runs on, so no
/// one can make a computer look compliant with an environment variable.
pub const ROOT_ENV: &str = "MFA_READY_DEVICE_ROOT";
/// The system bus to ask BlueZ on, with [`ROOT_ENV`] (a private bus in tests).
pub const BUS_ENV: &str = "MFA_READY_DEVICE_BUS";

impl Host {
    /// The machine this runs on, or the fake tree [`ROOT_ENV`] names.
    pub fn from_env() -> Self {
        if !cfg!(debug_assertions) {
            return Self::real();
        }
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

impl DeviceSnapshot {
    /// This computer against `policy`: every check marked required or not, and the
    /// pre-flight of each method it allows (the `device` object).
    pub fn summary(&self, policy: &mfa_ready_core::policy::Policy) -> DeviceSummary {
        summarize(
            &self.report,
            &self.facts,
            &policy.device,
            &policy.enrollment.allowed_methods,
        )
    }
}

/// What a platform module gives: the OS's name, its checks and its fact sources.
pub(crate) type Readers = (String, Vec<Arc<dyn DeviceCheck>>, Vec<Arc<dyn FactSource>>);
