//! This computer in a reader's language (`device.ftl`): a check's name and status, what
//! to do on this OS, why a method cannot be set up here. One wording for the window,
//! `mfa-ready device` and the report.

use mfa_ready_i18n::{Catalog, tr};

use super::model::{CheckId, Fix, Platform, Status};
use super::preflight::{Blocker, Preflight};

/// "Disk encryption".
pub fn check_name(tr: &Catalog, id: CheckId) -> String {
    tr.text(&format!("device-check-{}", id.id()))
}

/// "OK", "Not met", "Could not check".
pub fn status(tr: &Catalog, s: Status) -> String {
    tr.text(&format!("device-status-{}", s.id()))
}

/// What to do about a check, as this OS has it ("Turn on BitLocker (Settings → …)").
pub fn fix(tr: &Catalog, fix: Fix, platform: Platform) -> String {
    match fix {
        Fix::AskIt => tr!(tr, "device-fix-ask_it"),
        _ => tr.text(&format!("device-fix-{}-{}", fix.id(), platform.id())),
    }
}

/// Why a method cannot be set up here now, with what to do.
pub fn blocker(tr: &Catalog, b: Blocker) -> String {
    tr.text(&format!("device-blocker-{}", b.id()))
}

/// A method's pre-flight: "Ready here", "Could not check", or why not.
pub fn preflight(tr: &Catalog, p: Preflight) -> String {
    match p {
        Preflight::Ready => tr!(tr, "device-preflight-ready"),
        Preflight::Unknown => tr!(tr, "device-preflight-unknown"),
        Preflight::Blocked(b) => blocker(tr, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_i18n::Lang;

    /// Every check, status, fix on every platform and blocker has its own words in
    /// every language (no id on screen, no English left in the others), and English
    /// names the checks as core's gap sentence does.
    #[test]
    fn every_language_words_every_check_fix_and_blocker() {
        let en = Catalog::new(Lang::En);
        for id in CheckId::ALL {
            assert_eq!(check_name(&en, id), id.label());
        }
        let fixes = [
            Fix::UpdateOs,
            Fix::EncryptDisk,
            Fix::TurnOnScreenLock,
            Fix::TurnOnFirewall,
            Fix::TurnOnSecureBoot,
            Fix::AskIt,
        ];
        let blockers = [
            Blocker::BluetoothOff,
            Blocker::NoBluetooth,
            Blocker::BrowserCannot,
            Blocker::NoKeyPluggedIn,
            Blocker::HelloNotSetUp,
            Blocker::HelloUnavailable,
            Blocker::OtherOs,
        ];
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            let mut said = Vec::new();
            said.extend(CheckId::ALL.map(|id| check_name(&tr, id)));
            said.extend([Status::Pass, Status::Fail, Status::Unknown].map(|s| status(&tr, s)));
            for p in [
                Platform::Linux,
                Platform::Windows,
                Platform::Macos,
                Platform::Other,
            ] {
                said.extend(fixes.map(|f| fix(&tr, f, p)));
            }
            said.extend(blockers.map(|b| blocker(&tr, b)));
            for s in &said {
                assert!(
                    !s.is_empty() && !s.contains("device-") && !s.contains('{'),
                    "{lang:?}: {s:?}"
                );
            }
            if lang != Lang::En {
                assert_ne!(
                    fix(&tr, Fix::EncryptDisk, Platform::Windows),
                    fix(&en, Fix::EncryptDisk, Platform::Windows)
                );
                assert_ne!(
                    blocker(&tr, Blocker::BluetoothOff),
                    blocker(&en, Blocker::BluetoothOff)
                );
            }
        }
        // The fix names the OS's own feature.
        assert!(fix(&en, Fix::EncryptDisk, Platform::Windows).contains("BitLocker"));
        assert!(fix(&en, Fix::EncryptDisk, Platform::Macos).contains("FileVault"));
    }
}
