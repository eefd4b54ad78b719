//! The policy's `[device]` section and what the checks mean for the verdict: a
//! required check that fails blocks readiness; one that cannot be read blocks only
//! with `unknown = "fail"`, and is shown either way; unknown is never a pass.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::{Check, CheckId, DeviceReport, Platform, Status};
use super::read::OsRelease;
use super::version::{OsVersion, at_least};

/// How a required check that could not be read counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnknownIs {
    /// Shown, does not block (the default).
    #[default]
    Warn,
    /// Blocks like a failure.
    Fail,
}

/// The policy's `min_os`: by OS key, the oldest version allowed.
pub type MinOs = BTreeMap<String, OsVersion>;

/// `[device]`: the checks required, the oldest OS versions allowed, and how unknown
/// counts. The default requires nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeviceRule {
    pub require: Vec<CheckId>,
    /// By OS key: `windows`, `macos`, or a Linux distribution's os-release `ID`
    /// (`ubuntu`, `debian`, `fedora`, …).
    pub min_os: MinOs,
    pub unknown: UnknownIs,
}

impl DeviceRule {
    pub fn requires(&self, id: CheckId) -> bool {
        self.require.contains(&id)
    }
}

/// What the checks mean for the verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeviceVerdict {
    /// Required checks that block readiness (failed; or unknown with `unknown = "fail"`).
    pub blocking: Vec<CheckId>,
    /// Required checks that could not be read, with `unknown = "warn"`: shown only.
    pub warnings: Vec<CheckId>,
}

impl DeviceVerdict {
    pub fn blocks(&self) -> bool {
        !self.blocking.is_empty()
    }
}

/// The checks against the rule.
pub fn assess(report: &DeviceReport, rule: &DeviceRule) -> DeviceVerdict {
    let mut v = DeviceVerdict::default();
    for id in CheckId::ALL.into_iter().filter(|id| rule.requires(*id)) {
        match (report.status(id), rule.unknown) {
            (Status::Pass, _) => {}
            (Status::Fail, _) | (Status::Unknown, UnknownIs::Fail) => v.blocking.push(id),
            (Status::Unknown, UnknownIs::Warn) => v.warnings.push(id),
        }
    }
    v
}

/// The OS as the checks know it: its key for `min_os`, its version and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsFacts {
    pub platform: Platform,
    /// `windows`, `macos`, or the os-release `ID`.
    pub key: String,
    /// Other keys it answers to (os-release `ID_LIKE`: Ubuntu is also `debian`).
    pub like: Vec<String>,
    pub version: Option<OsVersion>,
    /// As a person names it ("Debian GNU/Linux 12 (bookworm)").
    pub name: String,
}

impl OsFacts {
    /// A Linux distribution from its os-release.
    pub fn linux(r: &OsRelease) -> Self {
        Self {
            platform: Platform::Linux,
            key: r.id.clone(),
            like: r.id_like.clone(),
            version: r.version_id.as_deref().and_then(OsVersion::parse),
            name: r.pretty_name.clone(),
        }
    }
}

/// `os_supported`: with no `min_os` at all, any OS whose version was read passes; with
/// `min_os`, this OS must be listed and at least that version. An OS the list does not
/// name fails (the organisation listed what it supports), except a derivative of one it
/// names (`ID_LIKE`): its own version cannot be compared with its parent's, so unknown.
pub fn os_check(os: Option<&OsFacts>, min_os: &MinOs) -> Check {
    let Some(os) = os else {
        return Check::new(CheckId::OsSupported, Status::Unknown, "OS version not read");
    };
    let Some(have) = &os.version else {
        return Check::new(
            CheckId::OsSupported,
            Status::Unknown,
            format!("{}: no version number", os.name),
        );
    };
    if min_os.is_empty() {
        return Check::new(
            CheckId::OsSupported,
            Status::Pass,
            format!(
                "{} ({} {have}); the policy sets no minimum",
                os.name, os.key
            ),
        );
    }
    // A derivative's own version numbers say nothing of its parent's (Mint 22 is built
    // on Ubuntu 24.04, Ubuntu 16.04 on Debian 9): only this OS's own key is compared.
    if let Some(parent) = os.like.iter().find(|k| min_os.contains_key(*k))
        && !min_os.contains_key(&os.key)
    {
        return Check::new(
            CheckId::OsSupported,
            Status::Unknown,
            format!(
                "{} ({} {have}); built on {parent}, whose minimum cannot be compared with its version",
                os.name, os.key
            ),
        );
    }
    let listed = min_os.get(&os.key).map(|min| (&os.key, min));
    match listed {
        Some((key, min)) => {
            let status = if at_least(have, min) {
                Status::Pass
            } else {
                Status::Fail
            };
            Check::new(
                CheckId::OsSupported,
                status,
                format!("{} ({} {have}); minimum {key} {min}", os.name, os.key),
            )
        }
        None => Check::new(
            CheckId::OsSupported,
            Status::Fail,
            format!(
                "{} ({} {have}); the policy's minimums name only {}",
                os.name,
                os.key,
                min_os.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(statuses: &[(CheckId, Status)]) -> DeviceReport {
        DeviceReport {
            platform: Platform::Linux,
            os_name: "Debian GNU/Linux 12 (bookworm)".into(),
            checks: statuses
                .iter()
                .map(|(id, s)| Check::new(*id, *s, "read"))
                .collect(),
        }
    }

    fn v(s: &str) -> OsVersion {
        OsVersion::parse(s)
            .unwrap_or_else(|| OsVersion::parse("0").unwrap_or_else(|| unreachable!()))
    }

    #[test]
    fn only_required_checks_count_and_unknown_is_never_a_pass() {
        let r = report(&[
            (CheckId::DiskEncryption, Status::Fail),
            (CheckId::ScreenLock, Status::Unknown),
            (CheckId::Firewall, Status::Fail),
            (CheckId::OsSupported, Status::Pass),
        ]);
        let none = DeviceRule::default();
        assert_eq!(assess(&r, &none), DeviceVerdict::default());
        let warn = DeviceRule {
            require: vec![
                CheckId::OsSupported,
                CheckId::DiskEncryption,
                CheckId::ScreenLock,
            ],
            ..DeviceRule::default()
        };
        let got = assess(&r, &warn);
        assert_eq!(got.blocking, vec![CheckId::DiskEncryption]);
        assert_eq!(got.warnings, vec![CheckId::ScreenLock]);
        let fail = DeviceRule {
            unknown: UnknownIs::Fail,
            ..warn
        };
        let got = assess(&r, &fail);
        assert_eq!(
            got.blocking,
            vec![CheckId::DiskEncryption, CheckId::ScreenLock]
        );
        assert!(got.warnings.is_empty());
        // A required check that never ran is unknown, not a pass.
        let sb = DeviceRule {
            require: vec![CheckId::SecureBoot],
            unknown: UnknownIs::Fail,
            ..DeviceRule::default()
        };
        assert_eq!(assess(&r, &sb).blocking, vec![CheckId::SecureBoot]);
    }

    #[test]
    fn os_minimums_follow_the_distribution_and_what_it_is_like() {
        let min: BTreeMap<String, OsVersion> = [
            ("windows".to_owned(), v("10.0.22631")),
            ("ubuntu".to_owned(), v("22.04")),
            ("debian".to_owned(), v("12")),
        ]
        .into();
        let debian = OsFacts {
            platform: Platform::Linux,
            key: "debian".into(),
            like: vec![],
            version: Some(v("12")),
            name: "Debian GNU/Linux 12 (bookworm)".into(),
        };
        assert_eq!(os_check(Some(&debian), &min).status, Status::Pass);
        let old = OsFacts {
            version: Some(v("11")),
            ..debian.clone()
        };
        let c = os_check(Some(&old), &min);
        assert_eq!(c.status, Status::Fail);
        assert!(c.evidence.contains("minimum debian 12"), "{}", c.evidence);
        // Mint is built on Ubuntu, but Mint 22.1 is not Ubuntu 22.1: its version cannot
        // be judged by Ubuntu's minimum (unknown), unless the policy names Mint itself.
        let mint = OsFacts {
            key: "linuxmint".into(),
            like: vec!["ubuntu".into(), "debian".into()],
            version: Some(v("22.1")),
            ..debian.clone()
        };
        let c = os_check(Some(&mint), &min);
        assert_eq!(c.status, Status::Unknown, "{}", c.evidence);
        assert!(c.evidence.contains("built on ubuntu"), "{}", c.evidence);
        let mut with_mint = min.clone();
        with_mint.insert("linuxmint".into(), v("21"));
        assert_eq!(os_check(Some(&mint), &with_mint).status, Status::Pass);
        let fedora = OsFacts {
            key: "fedora".into(),
            version: Some(v("42")),
            ..debian.clone()
        };
        assert_eq!(os_check(Some(&fedora), &min).status, Status::Fail);
        assert_eq!(
            os_check(Some(&fedora), &BTreeMap::new()).status,
            Status::Pass
        );
        let arch = OsFacts {
            version: None,
            ..fedora
        };
        assert_eq!(os_check(Some(&arch), &min).status, Status::Unknown);
        assert_eq!(os_check(None, &min).status, Status::Unknown);
    }
}
