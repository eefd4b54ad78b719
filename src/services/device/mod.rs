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

use mfa_ready_core::device::{CheckId, Platform};

pub mod reader;
mod run;
pub use reader::{BUS_ENV, CHECK_TIMEOUT, DeviceCheck, DeviceSnapshot, FactSource, Host, ROOT_ENV};
pub use run::{read, run_checks, run_facts};

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
            .map(|mut child| {
                // Reaped when it closes, so no zombie stays for the window's life.
                std::thread::spawn(move || child.wait());
            })
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
