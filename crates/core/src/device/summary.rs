//! What `device --json`, `status --json`, `check --json` and the report say about
//! this computer: every check (with whether the policy requires it), the pre-flight of
//! each method the policy allows, and whether the computer meets the policy. Nothing
//! personal: the evidence names devices and settings, never a serial number, a user
//! name or an address.

use serde::{Deserialize, Serialize};

use super::model::{CheckId, DeviceReport, Fix, Platform, Status};
use super::preflight::{DeviceFacts, Preflight, preflight};
use super::rules::{DeviceRule, assess};
use crate::methods::MethodKind;

/// The `device` object. Field names are a contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSummary {
    pub platform: Platform,
    /// The OS as a person names it.
    pub os: String,
    /// Every required check passes (or, with `unknown = "warn"`, could not be read).
    pub meets_policy: bool,
    pub checks: Vec<CheckEntry>,
    pub preflight: Vec<PreflightEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckEntry {
    pub id: CheckId,
    pub status: Status,
    /// The policy's `[device] require` lists it.
    pub required: bool,
    /// Whether it keeps the verdict from ready.
    pub blocking: bool,
    /// What was read.
    pub evidence: String,
    pub fix: Option<Fix>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreflightEntry {
    pub method: MethodKind,
    #[serde(flatten)]
    pub preflight: Preflight,
}

impl DeviceSummary {
    /// The checks that keep the verdict from ready.
    pub fn blocking(&self) -> impl Iterator<Item = &CheckEntry> {
        self.checks.iter().filter(|c| c.blocking)
    }

    /// The pre-flight of one method (ready when not listed: nothing here decides it).
    pub fn preflight_of(&self, method: MethodKind) -> Preflight {
        self.preflight
            .iter()
            .find(|p| p.method == method)
            .map_or(Preflight::Ready, |p| p.preflight)
    }
}

/// The summary for the methods the policy allows.
pub fn summarize(
    report: &DeviceReport,
    facts: &DeviceFacts,
    rule: &DeviceRule,
    methods: &[MethodKind],
) -> DeviceSummary {
    let verdict = assess(report, rule);
    DeviceSummary {
        platform: report.platform,
        os: report.os_name.clone(),
        meets_policy: !verdict.blocks(),
        checks: report
            .checks
            .iter()
            .map(|c| CheckEntry {
                id: c.id,
                status: c.status,
                required: rule.requires(c.id),
                blocking: verdict.blocking.contains(&c.id),
                evidence: c.evidence.clone(),
                fix: c.fix,
            })
            .collect(),
        preflight: methods
            .iter()
            .map(|m| PreflightEntry {
                method: *m,
                preflight: preflight(*m, facts),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::{Bluetooth, Check, UnknownIs};

    #[test]
    fn the_summary_marks_required_and_blocking_checks_and_each_methods_preflight() {
        let report = DeviceReport {
            platform: Platform::Linux,
            os_name: "Debian GNU/Linux 12 (bookworm)".into(),
            checks: vec![
                Check::new(CheckId::OsSupported, Status::Pass, "debian 12"),
                Check::new(
                    CheckId::DiskEncryption,
                    Status::Fail,
                    "/ on vda (254:0), not encrypted",
                ),
                Check::new(CheckId::ScreenLock, Status::Unknown, "no desktop session"),
            ],
        };
        let facts = DeviceFacts {
            platform: Some(Platform::Linux),
            bluetooth: Bluetooth::NoAdapter,
            security_key: Some(false),
            ..DeviceFacts::default()
        };
        let rule = DeviceRule {
            require: vec![CheckId::DiskEncryption, CheckId::ScreenLock],
            unknown: UnknownIs::Warn,
            ..DeviceRule::default()
        };
        let s = summarize(
            &report,
            &facts,
            &rule,
            &[
                MethodKind::Passkey,
                MethodKind::SecurityKey,
                MethodKind::AuthenticatorApp,
            ],
        );
        assert!(!s.meets_policy);
        assert_eq!(
            s.blocking().map(|c| c.id).collect::<Vec<_>>(),
            vec![CheckId::DiskEncryption]
        );
        assert!(s.checks[2].required && !s.checks[2].blocking);
        assert!(!s.checks[0].required);
        let json = serde_json::to_value(&s).unwrap_or_default();
        assert_eq!(json["checks"][1]["fix"], "encrypt_disk");
        assert_eq!(
            json["preflight"][0],
            serde_json::json!({"method": "passkey", "state": "blocked", "blocker": "no_bluetooth"})
        );
        assert_eq!(
            json["preflight"][2],
            serde_json::json!({"method": "authenticator_app", "state": "ready"})
        );
        let back: DeviceSummary = serde_json::from_value(json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, s);
        let relaxed = DeviceRule {
            require: vec![CheckId::ScreenLock],
            ..DeviceRule::default()
        };
        assert!(summarize(&report, &facts, &relaxed, &[]).meets_policy);
    }
}
