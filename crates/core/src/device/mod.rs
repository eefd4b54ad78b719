//! This device: the posture checks an organisation can require (`[device]` in the
//! policy) and the pre-flight that says which method can be set up here now.
//!
//! Pure: `services::device` reads the OS (files, D-Bus, the OS's own tools, each
//! with a timeout) and hands the raw text here. By concern: `model` (checks,
//! statuses, what to do), `read` (the OS's outputs to facts: os-release, sysfs,
//! gsettings, fdesetup, socketfilterfw, hidraw descriptors, …), `version` (OS
//! version order), `rules` (the policy's `[device]` and what a check means for the
//! verdict), `preflight` (which method will work on this computer).

mod model;
mod preflight;
pub mod read;
mod rules;
pub mod said;
mod summary;
mod version;

pub use model::{Check, CheckId, DeviceReport, Fix, Platform, SettingsLink, Status, settings_link};
pub use preflight::{Blocker, Bluetooth, Browser, DeviceFacts, Hello, Preflight, preflight};
pub use rules::{DeviceRule, DeviceVerdict, MinOs, OsFacts, UnknownIs, assess, os_check};
pub use summary::{CheckEntry, DeviceSummary, PreflightEntry, summarize};
pub use version::{OsVersion, at_least};
