//! Windows readers, as the signed-in user without elevation; what each value means is
//! core's (`core::device::read`'s Windows half). By way of reading: `reg` (the
//! registry), `system` (flat calls: the version, the screen saver, the power scheme,
//! the system drive), `com` (the firewall's policy, BitLocker's shell property),
//! `winrt` (Windows Hello, the Bluetooth radio), `hid` (HID collections' usage pages).
//!
//! | check / fact | read from |
//! |---|---|
//! | `os_supported` | `RtlGetVersion` (the registry's numbers if it fails), name from `DisplayVersion` |
//! | `disk_encryption` | `System.Volume.BitLockerProtection` of the Windows drive |
//! | `screen_lock` | `InactivityTimeoutSecs` policy, the screen saver, sleep with sign-in on wake |
//! | `firewall` | `INetFwPolicy2`: the profiles in use |
//! | `secure_boot` | `UEFISecureBootEnabled` |
//! | Windows Hello | `UserConsentVerifier.CheckAvailabilityAsync` |
//! | Bluetooth | `Radio.GetRadiosAsync`, the Bluetooth radios' states |
//! | security key | a HID collection on the FIDO usage page |
//! | browser | the https `UserChoice` ProgId |

mod com;
mod hid;
mod reg;
mod system;
mod winrt;

use std::sync::Arc;

use mfa_ready_core::device::{
    Check, CheckId, DeviceFacts, MinOs, OsFacts, Platform, Status, os_check, read,
};
use reg::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE};

use super::reader::{DeviceCheck, FactSource, Host, Readers};

pub(super) fn readers(_host: &Host, min_os: &MinOs) -> Readers {
    let os = os_facts();
    let name = os
        .as_ref()
        .map_or_else(|| "Windows".to_owned(), |o| o.name.clone());
    let checks: Vec<Arc<dyn DeviceCheck>> = vec![
        Arc::new(OsSupported {
            os,
            min_os: min_os.clone(),
        }),
        Arc::new(Reader(CheckId::DiskEncryption, disk_encryption)),
        Arc::new(Reader(CheckId::ScreenLock, screen_lock)),
        Arc::new(Reader(CheckId::Firewall, firewall)),
        Arc::new(Reader(CheckId::SecureBoot, secure_boot)),
    ];
    let sources: Vec<Arc<dyn FactSource>> = vec![
        Arc::new(Facts(hello)),
        Arc::new(Facts(bluetooth)),
        Arc::new(Facts(security_key)),
        Arc::new(Facts(browser)),
    ];
    (name, checks, sources)
}

/// A check read by one function.
struct Reader(CheckId, fn(CheckId) -> Check);

impl DeviceCheck for Reader {
    fn id(&self) -> CheckId {
        self.0
    }
    fn read(&self) -> Check {
        (self.1)(self.0)
    }
}

/// Facts read by one function.
struct Facts(fn(&mut DeviceFacts));

impl FactSource for Facts {
    fn read(&self, facts: &mut DeviceFacts) {
        (self.0)(facts);
    }
}

fn status(on: Option<bool>) -> Status {
    match on {
        Some(true) => Status::Pass,
        Some(false) => Status::Fail,
        None => Status::Unknown,
    }
}

/// A COM or WinRT failure for the evidence: its HRESULT (the message is in the
/// system's language, the code is what IT searches for).
fn hresult(e: &windows::core::Error) -> String {
    format!("HRESULT {:#010x}", e.code().0)
}

const VERSION_KEY: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion";

/// Read once, when the readers are made: the report names the OS even when the
/// version check is not required.
fn os_facts() -> Option<OsFacts> {
    let text = |name| {
        reg::string(HKEY_LOCAL_MACHINE, VERSION_KEY, name)
            .ok()
            .flatten()
    };
    let (major, minor, build) = system::version().or_else(|| {
        // Never on a Windows this runs on; then the registry's numbers, not its
        // `CurrentVersion` ("6.3", frozen for old programs).
        let number = |name| {
            reg::dword(HKEY_LOCAL_MACHINE, VERSION_KEY, name)
                .ok()
                .flatten()
        };
        Some((
            number("CurrentMajorVersionNumber")?,
            number("CurrentMinorVersionNumber")?,
            read::windows_build(&text("CurrentBuildNumber")?)?,
        ))
    })?;
    let display = text("DisplayVersion").or_else(|| text("ReleaseId"));
    Some(OsFacts {
        platform: Platform::Windows,
        key: "windows".to_owned(),
        like: Vec::new(),
        version: read::windows_version(major, minor, build),
        name: read::windows_name(build, display.as_deref(), text("ProductName").as_deref()),
    })
}

struct OsSupported {
    os: Option<OsFacts>,
    min_os: MinOs,
}

impl DeviceCheck for OsSupported {
    fn id(&self) -> CheckId {
        CheckId::OsSupported
    }
    fn read(&self) -> Check {
        os_check(self.os.as_ref(), &self.min_os)
    }
}

fn disk_encryption(id: CheckId) -> Check {
    let Some(drive) = system::system_drive() else {
        return Check::new(
            id,
            Status::Unknown,
            "the drive Windows runs from was not found",
        );
    };
    match com::bitlocker(&drive) {
        Ok(v) => Check::new(
            id,
            status(read::bitlocker_protection(v)),
            format!(
                "BitLocker on {drive}: {} (System.Volume.BitLockerProtection = {v})",
                read::bitlocker_state(v)
            ),
        ),
        // Also what a Windows without BitLocker (Home, no device encryption) answers.
        Err(e) => Check::new(
            id,
            Status::Unknown,
            format!(
                "System.Volume.BitLockerProtection of {drive} not read ({})",
                hresult(&e)
            ),
        ),
    }
}

fn screen_lock(id: CheckId) -> Check {
    const POLICY: &str = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System";
    let (saver_active, saver_secure, saver_timeout_secs) = system::screen_saver();
    let (sign_in_on_wake, sleep_after_secs) = system::power();
    let facts = read::WindowsScreenLock {
        inactivity_limit_secs: reg::dword(HKEY_LOCAL_MACHINE, POLICY, "InactivityTimeoutSecs")
            .ok()
            .flatten(),
        saver_active,
        saver_secure,
        saver_timeout_secs,
        sign_in_on_wake,
        sleep_after_secs,
    };
    let (on, evidence) = read::windows_screen_lock(&facts);
    Check::new(id, status(on), evidence)
}

fn firewall(id: CheckId) -> Check {
    match com::firewall() {
        Ok((current, enabled)) => {
            let (on, evidence) = read::windows_firewall(current, enabled);
            Check::new(id, status(on), evidence)
        }
        // The firewall service stopped answers this way too.
        Err(e) => Check::new(
            id,
            Status::Unknown,
            format!("Windows Firewall policy not read ({})", hresult(&e)),
        ),
    }
}

fn secure_boot(id: CheckId) -> Check {
    const KEY: &str = r"SYSTEM\CurrentControlSet\Control\SecureBoot\State";
    match reg::dword(HKEY_LOCAL_MACHINE, KEY, "UEFISecureBootEnabled") {
        Ok(Some(v)) => Check::new(
            id,
            status(read::uefi_secure_boot(v)),
            format!("UEFISecureBootEnabled = {v}"),
        ),
        Ok(None) => Check::new(
            id,
            Status::Unknown,
            "no UEFISecureBootEnabled value: firmware without UEFI Secure Boot (legacy BIOS)",
        ),
        Err(code) => Check::new(
            id,
            Status::Unknown,
            format!("UEFISecureBootEnabled not read (error {code})"),
        ),
    }
}

fn hello(facts: &mut DeviceFacts) {
    match winrt::hello_availability() {
        Ok(v) => facts.hello = read::hello_availability(v),
        Err(e) => tracing::debug!("Windows Hello availability not read ({})", hresult(&e)),
    }
}

fn bluetooth(facts: &mut DeviceFacts) {
    match winrt::bluetooth_states() {
        Ok(states) => facts.bluetooth = read::bluetooth_radios(&states),
        Err(e) => tracing::debug!("Bluetooth radios not read ({})", hresult(&e)),
    }
}

/// A key seen is plugged in; none seen is "none" only when every collection could be
/// read (one that could not might be the key).
fn security_key(facts: &mut DeviceFacts) {
    match hid::collections() {
        Ok(c) => {
            let seen = c
                .usage_pages
                .iter()
                .any(|p| read::hid_usage_page_is_fido(*p));
            facts.security_key = (seen || c.unreadable == 0).then_some(seen);
        }
        Err(code) => tracing::debug!("HID interfaces not listed (CONFIGRET {code})"),
    }
}

/// Windows 11 keeps a newer choice under `UserChoiceLatest` (2025); `UserChoice` is
/// where every Windows 10 and 11 keeps it.
fn browser(facts: &mut DeviceFacts) {
    const HTTPS: &str = r"Software\Microsoft\Windows\Shell\Associations\UrlAssociations\https";
    let prog_id = ["UserChoiceLatest", "UserChoice"].iter().find_map(|sub| {
        reg::string(HKEY_CURRENT_USER, &format!(r"{HTTPS}\{sub}"), "ProgId")
            .ok()
            .flatten()
    });
    if let Some(id) = prog_id {
        facts.browser = read::browser_prog_id(&id);
    }
}
