//! `screen_lock`: whether the screen locks by itself after a while idle, in the
//! desktop's own settings, chosen by `XDG_CURRENT_DESKTOP`. GNOME (and desktops on
//! its settings) and Cinnamon through `gsettings`: the lock is on
//! (`screensaver lock-enabled`), not forbidden (GNOME's `lockdown
//! disable-lock-screen`), and the screen blanks at all (`session idle-delay`, 0 is
//! never). KDE Plasma through `kscreenlockerrc` (`Autolock`, `Timeout`), the
//! system's `/etc/xdg` copy under the user's. Any other desktop, no desktop session,
//! or no `gsettings`: unknown.

use std::io::ErrorKind;
use std::path::PathBuf;
use std::time::Instant;

use mfa_ready_core::device::read::{
    Desktop, desktop, gsettings_bool, gsettings_uint, kscreenlocker,
};
use mfa_ready_core::device::{Check, CheckId, Status};

use super::base::{Session, deadline, under, why};
use super::tool::Tools;
use crate::services::device::reader::DeviceCheck;

pub(super) struct ScreenLock {
    root: PathBuf,
    session: Session,
    tools: Tools,
}

/// The gsettings schemas a desktop keeps its lock in.
struct Schemas {
    label: &'static str,
    screensaver: &'static str,
    session: &'static str,
    /// GNOME's `lockdown` (an administrator's lock-out of the lock screen).
    lockdown: Option<&'static str>,
}

const GNOME: Schemas = Schemas {
    label: "GNOME",
    screensaver: "org.gnome.desktop.screensaver",
    session: "org.gnome.desktop.session",
    lockdown: Some("org.gnome.desktop.lockdown"),
};

const CINNAMON: Schemas = Schemas {
    label: "Cinnamon",
    screensaver: "org.cinnamon.desktop.screensaver",
    session: "org.cinnamon.desktop.session",
    lockdown: None,
};

/// What gsettings said about the lock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct GsettingsLock {
    lock_enabled: Option<bool>,
    idle_delay: Option<u64>,
    disable_lock_screen: Option<bool>,
}

impl ScreenLock {
    pub fn new(root: PathBuf, session: Session, tools: Tools) -> Self {
        Self {
            root,
            session,
            tools,
        }
    }

    fn judge(&self) -> (Status, String) {
        let Some(found) = self.session.desktop.as_deref().and_then(desktop) else {
            return (
                Status::Unknown,
                "no desktop session (XDG_CURRENT_DESKTOP is not set)".into(),
            );
        };
        match found {
            Desktop::Gnome => self.gsettings(&GNOME),
            Desktop::Cinnamon => self.gsettings(&CINNAMON),
            Desktop::Kde => self.kde(),
            Desktop::Other => (
                Status::Unknown,
                format!(
                    "the screen lock of this desktop ({}) is not read",
                    shown_desktop(&self.session)
                ),
            ),
        }
    }

    fn gsettings(&self, schemas: &Schemas) -> (Status, String) {
        let until = deadline();
        let get = |schema: &str, key: &str| self.get(schema, key, until);
        let lock_enabled = match get(schemas.screensaver, "lock-enabled") {
            Ok(v) => v.and_then(|s| gsettings_bool(&s)),
            Err(e) => return (Status::Unknown, e),
        };
        let idle_delay = match get(schemas.session, "idle-delay") {
            Ok(v) => v.and_then(|s| gsettings_uint(&s)),
            Err(e) => return (Status::Unknown, e),
        };
        // Older GNOME has no such key (the tool says so and fails): it only counts when
        // it says true. A tool that could not answer leaves the lock unknown.
        let disable_lock_screen = match schemas.lockdown.map(|s| get(s, "disable-lock-screen")) {
            None => None,
            Some(Ok(v)) => v.and_then(|s| gsettings_bool(&s)),
            Some(Err(e)) => return (Status::Unknown, e),
        };
        judge_gsettings(
            schemas.label,
            GsettingsLock {
                lock_enabled,
                idle_delay,
                disable_lock_screen,
            },
        )
    }

    /// `gsettings get schema key`'s stdout when it exits cleanly (`None` when it
    /// does not: no such schema or key); `Err` with the evidence when it cannot run.
    fn get(&self, schema: &str, key: &str, until: Instant) -> Result<Option<String>, String> {
        match self.tools.run("gsettings", &["get", schema, key], until) {
            Ok(out) => Ok(out.status.success().then_some(out.stdout)),
            Err(e) => Err(format!("gsettings: {e}")),
        }
    }

    fn kde(&self) -> (Status, String) {
        let Some(config) = self.session.config_dir() else {
            return (
                Status::Unknown,
                "KDE: no home folder to read kscreenlockerrc from".into(),
            );
        };
        let mut text = String::new();
        let mut found = false;
        for path in [
            under(&self.root, "etc/xdg/kscreenlockerrc"),
            under(&self.root, config.join("kscreenlockerrc")),
        ] {
            match std::fs::read_to_string(&path) {
                Ok(t) => {
                    found = true;
                    text.push_str(&t);
                    text.push('\n');
                }
                Err(e) if e.kind() == ErrorKind::NotFound => {}
                Err(e) => {
                    return (
                        Status::Unknown,
                        format!("KDE: kscreenlockerrc not readable ({})", why(&e)),
                    );
                }
            }
        }
        let (autolock, timeout) = kscreenlocker(found.then_some(text.as_str()));
        let source = if found {
            "kscreenlockerrc"
        } else {
            "KDE's defaults, no kscreenlockerrc"
        };
        let shown = format!("KDE: Autolock {autolock}, Timeout {timeout} min ({source})");
        if !autolock {
            (Status::Fail, shown)
        } else if timeout == 0 {
            (Status::Fail, format!("{shown}: never locks"))
        } else {
            (Status::Pass, shown)
        }
    }
}

impl DeviceCheck for ScreenLock {
    fn id(&self) -> CheckId {
        CheckId::ScreenLock
    }
    fn read(&self) -> Check {
        let (status, evidence) = self.judge();
        Check::new(CheckId::ScreenLock, status, evidence)
    }
}

/// The lock is on, not forbidden, and the screen blanks after a while (0: never).
fn judge_gsettings(label: &str, s: GsettingsLock) -> (Status, String) {
    if s.disable_lock_screen == Some(true) {
        return (
            Status::Fail,
            format!("{label}: lockdown disable-lock-screen true (locking is turned off)"),
        );
    }
    let (Some(lock), Some(idle)) = (s.lock_enabled, s.idle_delay) else {
        let missing: Vec<&str> = [
            s.lock_enabled.is_none().then_some("lock-enabled"),
            s.idle_delay.is_none().then_some("idle-delay"),
        ]
        .into_iter()
        .flatten()
        .collect();
        return (
            Status::Unknown,
            format!("{label}: gsettings gave no {}", missing.join(" or ")),
        );
    };
    let shown = format!("{label}: lock-enabled {lock}, idle-delay {idle} s");
    if !lock {
        (Status::Fail, shown)
    } else if idle == 0 {
        (Status::Fail, format!("{shown} (the screen never blanks)"))
    } else {
        (Status::Pass, shown)
    }
}

/// `XDG_CURRENT_DESKTOP` as evidence: letters, digits and `:-_.` only, cut short.
fn shown_desktop(session: &Session) -> String {
    session
        .desktop
        .as_deref()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || ":-_.".contains(*c))
        .take(40)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(l: Option<bool>, i: Option<u64>, d: Option<bool>) -> GsettingsLock {
        GsettingsLock {
            lock_enabled: l,
            idle_delay: i,
            disable_lock_screen: d,
        }
    }

    #[test]
    fn the_lock_must_be_on_allowed_and_the_screen_must_blank() {
        let pass = judge_gsettings("GNOME", lock(Some(true), Some(300), Some(false)));
        assert_eq!(
            pass,
            (
                Status::Pass,
                "GNOME: lock-enabled true, idle-delay 300 s".to_owned()
            )
        );
        let never = judge_gsettings("GNOME", lock(Some(true), Some(0), None));
        assert_eq!(never.0, Status::Fail);
        assert!(never.1.contains("never blanks"), "{}", never.1);
        assert_eq!(
            judge_gsettings("Cinnamon", lock(Some(false), Some(300), None)).0,
            Status::Fail
        );
        assert_eq!(
            judge_gsettings("GNOME", lock(Some(true), Some(300), Some(true))).0,
            Status::Fail
        );
        let unread = judge_gsettings("GNOME", lock(None, Some(300), None));
        assert_eq!(unread.0, Status::Unknown);
        assert!(unread.1.contains("no lock-enabled"), "{}", unread.1);
    }
}
