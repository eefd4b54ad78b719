//! macOS readers: the OS's own tools, each run through `tool` (killed at its
//! deadline), and the login framework for the screen lock (`lock`). What each output
//! means is core's (`core::device::read`'s macOS half). This file cannot be compiled
//! on the project's Linux machines: it is kept small and reviewed.
//!
//! | check / fact | read from |
//! |---|---|
//! | `os_supported` | `sw_vers` |
//! | `disk_encryption` | `fdesetup status` |
//! | `screen_lock` | `SACScreenLockEnabled` (password after sleep or the screen saver) |
//! | `firewall` | `socketfilterfw --getglobalstate` |
//! | `secure_boot` | not checked (unknown) |
//! | Bluetooth | `defaults read /Library/Preferences/com.apple.Bluetooth ControllerPowerState` |
//! | browser | LaunchServices' https handler (`plutil -convert xml1`) |
//! | Touch ID | not read |

mod lock;
mod tool;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use mfa_ready_core::device::{
    Bluetooth, Check, CheckId, DeviceFacts, MinOs, OsFacts, Platform, Status, os_check, read,
};

use super::reader::{DeviceCheck, FactSource, Host, Readers};

/// How long one tool may take: under the check's own deadline (2 s), so that a slow
/// tool is reported as such, and killed, rather than abandoned.
const TOOL_DEADLINE: Duration = Duration::from_millis(1500);

pub(super) fn readers(host: &Host, min_os: &MinOs) -> Readers {
    // The one tool run here rather than on a blocking thread: the report must name the
    // OS before the checks run. sw_vers answers in milliseconds; its deadline holds.
    let os = stdout_of(host.path.as_ref(), "/usr/bin/sw_vers", &[]).and_then(|out| {
        let (name, version) = read::sw_vers(&out).ok_or("sw_vers: reply not recognised")?;
        Ok(OsFacts {
            platform: Platform::Macos,
            key: "macos".to_owned(),
            like: Vec::new(),
            name: format!("{name} {version}"),
            version: Some(version),
        })
    });
    let name = os
        .as_ref()
        .map_or_else(|_| "macOS".to_owned(), |o| o.name.clone());
    let path = host.path.clone();
    let checks: Vec<Arc<dyn DeviceCheck>> = vec![
        Arc::new(OsSupported {
            os,
            min_os: min_os.clone(),
        }),
        Arc::new(Reader(
            CheckId::DiskEncryption,
            path.clone(),
            disk_encryption,
        )),
        Arc::new(Reader(CheckId::ScreenLock, path.clone(), screen_lock)),
        Arc::new(Reader(CheckId::Firewall, path.clone(), firewall)),
        Arc::new(Reader(CheckId::SecureBoot, path.clone(), secure_boot)),
    ];
    let sources: Vec<Arc<dyn FactSource>> = vec![
        Arc::new(Facts(path.clone(), bluetooth)),
        Arc::new(Facts(path, browser)),
    ];
    (name, checks, sources)
}

/// A check read by one function, given where tools are looked up.
struct Reader(
    CheckId,
    Option<OsString>,
    fn(CheckId, Option<&OsString>) -> Check,
);

impl DeviceCheck for Reader {
    fn id(&self) -> CheckId {
        self.0
    }
    fn read(&self) -> Check {
        (self.2)(self.0, self.1.as_ref())
    }
}

/// Facts read by one function, given where tools are looked up.
struct Facts(Option<OsString>, fn(Option<&OsString>, &mut DeviceFacts));

impl FactSource for Facts {
    fn read(&self, facts: &mut DeviceFacts) {
        (self.1)(self.0.as_ref(), facts);
    }
}

/// The tool at `absolute`, or, when tests set `Host::path`, its file name there.
fn locate(search: Option<&OsString>, absolute: &str) -> Option<PathBuf> {
    let absolute = Path::new(absolute);
    match search {
        None => Some(absolute.to_path_buf()),
        Some(dirs) => std::env::split_paths(dirs)
            .map(|d| d.join(absolute.file_name().unwrap_or_default()))
            .find(|p| p.is_file()),
    }
}

/// A tool's standard output, or the evidence of why there is none (never its text:
/// a reply not understood may name the user).
fn stdout_of(search: Option<&OsString>, absolute: &str, args: &[&str]) -> Result<String, String> {
    let name = Path::new(absolute)
        .file_name()
        .map_or_else(|| absolute.into(), |n| n.to_string_lossy());
    let program = locate(search, absolute).ok_or_else(|| format!("{name}: not found"))?;
    match tool::run(&program, args, TOOL_DEADLINE) {
        Ok(out) if out.success => Ok(out.stdout),
        Ok(_) => Err(format!("{name}: failed")),
        Err(failure) => Err(format!("{name}: {failure}")),
    }
}

fn status(on: bool) -> Status {
    if on { Status::Pass } else { Status::Fail }
}

struct OsSupported {
    os: Result<OsFacts, String>,
    min_os: MinOs,
}

impl DeviceCheck for OsSupported {
    fn id(&self) -> CheckId {
        CheckId::OsSupported
    }
    fn read(&self) -> Check {
        match &self.os {
            Ok(os) => os_check(Some(os), &self.min_os),
            Err(why) => Check::new(CheckId::OsSupported, Status::Unknown, why.clone()),
        }
    }
}

/// `fdesetup status` needs no administrator to report.
fn disk_encryption(id: CheckId, search: Option<&OsString>) -> Check {
    match stdout_of(search, "/usr/bin/fdesetup", &["status"]) {
        Ok(out) => match read::fdesetup_status(&out) {
            Some(s) => Check::new(id, status(s.on), format!("fdesetup status: {}", s.said)),
            None => Check::new(id, Status::Unknown, "fdesetup status: reply not recognised"),
        },
        Err(why) => Check::new(id, Status::Unknown, why),
    }
}

/// Whether the password is asked after sleep or the screen saver (how soon, and
/// whether the Mac ever sleeps, is not read).
fn screen_lock(id: CheckId, _search: Option<&OsString>) -> Check {
    match lock::screen_lock_enabled() {
        Some(true) => Check::new(
            id,
            Status::Pass,
            "password required after sleep or the screen saver (SACScreenLockEnabled)",
        ),
        Some(false) => Check::new(
            id,
            Status::Fail,
            "no password after sleep or the screen saver (SACScreenLockEnabled)",
        ),
        None => Check::new(
            id,
            Status::Unknown,
            "SACScreenLockEnabled not found in the login framework",
        ),
    }
}

fn firewall(id: CheckId, search: Option<&OsString>) -> Check {
    let tool = "/usr/libexec/ApplicationFirewall/socketfilterfw";
    match stdout_of(search, tool, &["--getglobalstate"]) {
        Ok(out) => match read::socketfilterfw(&out) {
            Some(s) => Check::new(
                id,
                status(s.on),
                format!("application firewall: {}", s.said),
            ),
            None => Check::new(id, Status::Unknown, "socketfilterfw: reply not recognised"),
        },
        Err(why) => Check::new(id, Status::Unknown, why),
    }
}

/// Apple's Secure Boot (T2, Apple silicon) has no unprivileged reader; the policy's
/// secure_boot is unknown here, never a pass.
fn secure_boot(id: CheckId, _search: Option<&OsString>) -> Check {
    Check::new(id, Status::Unknown, "not checked on macOS")
}

/// The controller's power state as the Bluetooth preferences keep it (a plist any user
/// may read; `system_profiler SPBluetoothDataType` takes seconds, past the deadline).
fn bluetooth(search: Option<&OsString>, facts: &mut DeviceFacts) {
    let args = [
        "read",
        "/Library/Preferences/com.apple.Bluetooth",
        "ControllerPowerState",
    ];
    if let Ok(out) = stdout_of(search, "/usr/bin/defaults", &args) {
        facts.bluetooth = match read::defaults_bool(&out) {
            Some(true) => Bluetooth::On,
            Some(false) => Bluetooth::Off,
            None => Bluetooth::Unknown,
        };
    }
}

/// The https handler the user chose; none chosen stays unknown (it is Safari then, but
/// that is an inference, not a reading).
fn browser(search: Option<&OsString>, facts: &mut DeviceFacts) {
    let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_owned()) else {
        return;
    };
    let plist = home
        .join("Library/Preferences/com.apple.LaunchServices/com.apple.launchservices.secure.plist");
    let Some(plist) = plist.to_str() else {
        return;
    };
    let args = ["-convert", "xml1", "-o", "-", plist];
    if let Ok(xml) = stdout_of(search, "/usr/bin/plutil", &args)
        && let Some(id) = read::launch_services_https(&xml)
    {
        facts.browser = read::browser_bundle_id(&id);
    }
}
