//! Linux readers, as the signed-in user and never as root: files under `Host::root`
//! (os-release, mountinfo and sysfs, efivarfs, ufw's and KDE's configuration,
//! hidraw descriptors, mimeapps.list), BlueZ on the system bus, and the desktop's own
//! tools (`gsettings`, `firewall-cmd`, `xdg-settings`) through [`tool`]. By concern:
//! `posture` (OS, firewall, Secure Boot), `disk` (the root filesystem's device
//! stack), `screen_lock`, `bluez`, `facts` (a security key, the default browser);
//! what they share in `base`. This file only puts them together.
//!
//! Every path the session names (`HOME`, `XDG_CONFIG_HOME`, …) is read under the root
//! too, so a test's fake tree is all a reader sees.

use std::sync::Arc;

use mfa_ready_core::device::MinOs;

use super::reader::{DeviceCheck, FactSource, Host, Readers};

mod base;
mod bluez;
mod disk;
mod facts;
mod posture;
mod screen_lock;
mod tool;

#[cfg(test)]
mod tests;

use base::Session;
use tool::Tools;

pub(super) fn readers(host: &Host, min_os: &MinOs) -> Readers {
    readers_in(host, &Session::from_process(), min_os)
}

/// The readers for `host` as `session` sees it.
fn readers_in(host: &Host, session: &Session, min_os: &MinOs) -> Readers {
    let root = host.root.clone();
    let tools = Tools::new(host.path.clone());
    let os = posture::os_release(&root);
    let name = os
        .as_ref()
        .map_or_else(|| "Linux".to_owned(), |r| r.pretty_name.clone());
    let checks: Vec<Arc<dyn DeviceCheck>> = vec![
        Arc::new(posture::OsSupported::new(os, min_os.clone())),
        Arc::new(disk::DiskEncryption::new(root.clone())),
        Arc::new(screen_lock::ScreenLock::new(
            root.clone(),
            session.clone(),
            tools.clone(),
        )),
        Arc::new(posture::Firewall::new(root.clone(), tools.clone())),
        Arc::new(posture::SecureBoot::new(root.clone())),
    ];
    let sources: Vec<Arc<dyn FactSource>> = vec![
        Arc::new(bluez::Bluez::new(root.clone(), host.system_bus.clone())),
        Arc::new(facts::SecurityKey::new(root.clone())),
        Arc::new(facts::DefaultBrowser::new(root, session.clone(), tools)),
    ];
    (name, checks, sources)
}
