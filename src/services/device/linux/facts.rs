//! Two of the pre-flight's facts: a security key plugged in (a hidraw device whose
//! report descriptor has the FIDO usage page, as systemd's `fido_id` decides it;
//! the descriptors are readable by any user, the devices are not), and the default
//! browser (`xdg-settings get default-web-browser`, else the `mimeapps.list` files in
//! the order the freedesktop.org spec reads them).

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use mfa_ready_core::device::read::{browser, hid_is_fido, mimeapps_default};
use mfa_ready_core::device::{Browser, DeviceFacts};

use super::base::{Session, deadline, under};
use super::tool::Tools;
use crate::services::device::reader::FactSource;

/// A FIDO security key among the hidraw devices.
pub(super) struct SecurityKey {
    root: PathBuf,
}

impl SecurityKey {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }
}

impl FactSource for SecurityKey {
    fn read(&self, facts: &mut DeviceFacts) {
        facts.security_key = security_key(&self.root);
    }
}

/// `Some(true)` when a hidraw device is a FIDO key; `Some(false)` when every one was
/// read and none is (or there are none); `None` when one could not be read and none
/// of the others is a key, or sysfs could not be read at all.
fn security_key(root: &Path) -> Option<bool> {
    let entries = match std::fs::read_dir(under(root, "sys/class/hidraw")) {
        Ok(entries) => entries,
        // No hidraw class: no HID device has been plugged in since boot. Without
        // /sys/class at all, sysfs is not there to tell.
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return under(root, "sys/class").is_dir().then_some(false);
        }
        Err(_) => return None,
    };
    let mut unread = false;
    for entry in entries {
        let Ok(entry) = entry else {
            unread = true;
            continue;
        };
        match std::fs::read(entry.path().join("device/report_descriptor")) {
            Ok(descriptor) if hid_is_fido(&descriptor) => return Some(true),
            Ok(_) => {}
            Err(_) => unread = true,
        }
    }
    (!unread).then_some(false)
}

/// The default web browser.
pub(super) struct DefaultBrowser {
    root: PathBuf,
    session: Session,
    tools: Tools,
}

impl DefaultBrowser {
    pub fn new(root: PathBuf, session: Session, tools: Tools) -> Self {
        Self {
            root,
            session,
            tools,
        }
    }

    /// What `xdg-settings` says (it also knows KDE's and other desktops' own setting).
    fn xdg_settings(&self) -> Option<String> {
        let out = self
            .tools
            .run("xdg-settings", &["get", "default-web-browser"], deadline())
            .ok()?;
        let id = out.stdout.lines().next().unwrap_or_default().trim();
        (out.status.success() && !id.is_empty()).then(|| id.to_owned())
    }

    /// The `mimeapps.list` files, most specific first: the user's configuration,
    /// the system's, then the user's and the system's data folders; each with the
    /// desktop's own `{desktop}-mimeapps.list` before the shared one.
    fn mimeapps_lists(&self) -> Vec<PathBuf> {
        let desktops = self.session.desktop_names();
        let mut folders: Vec<PathBuf> = Vec::new();
        folders.extend(self.session.config_dir());
        folders.push(PathBuf::from("/etc/xdg"));
        folders.extend(self.session.data_dir().map(|d| d.join("applications")));
        folders.push(PathBuf::from("/usr/local/share/applications"));
        folders.push(PathBuf::from("/usr/share/applications"));
        let mut out = Vec::new();
        for folder in folders {
            for d in &desktops {
                out.push(under(&self.root, folder.join(format!("{d}-mimeapps.list"))));
            }
            out.push(under(&self.root, folder.join("mimeapps.list")));
        }
        out
    }

    fn mimeapps(&self) -> Option<String> {
        self.mimeapps_lists().iter().find_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            mimeapps_default(&text, "x-scheme-handler/https")
                .or_else(|| mimeapps_default(&text, "x-scheme-handler/http"))
        })
    }
}

impl FactSource for DefaultBrowser {
    fn read(&self, facts: &mut DeviceFacts) {
        facts.browser = self
            .xdg_settings()
            .or_else(|| self.mimeapps())
            .map_or(Browser::Unknown, |id| browser(&id));
    }
}
