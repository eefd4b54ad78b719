//! `mfa-ready device [--json]`: this computer's posture checks and which method can be
//! set up here now. Exit 0 when every check the policy requires passes (a check that
//! cannot be read counts only with `unknown = "fail"`), 1 when one does not, 2 on
//! error. No network: it reads files, D-Bus and the OS's own tools, each under 2 s.

use std::time::Duration;

use crate::services::device::{self, DeviceSnapshot, Host};
use crate::ui::names;
use mfa_ready_core::device::{DeviceSummary, Status};
use mfa_ready_core::policy::Policy;
use mfa_ready_i18n::{Catalog, tr};

use super::common::{CliError, EXIT_NOT_READY, EXIT_OK};
use super::session::Session;

pub fn run(session: &Session, as_json: bool) -> Result<u8, CliError> {
    let policy = session.policy()?;
    let snapshot = read(policy)?;
    let summary = snapshot.summary(policy);
    if as_json {
        let mut doc = serde_json::to_value(&summary)?;
        doc["facts"] = serde_json::to_value(snapshot.facts)?;
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        print!("{}", text(&summary, policy, session.catalog()));
    }
    Ok(if summary.meets_policy {
        EXIT_OK
    } else {
        EXIT_NOT_READY
    })
}

/// Reads this device (or the fake tree `MFA_READY_DEVICE_ROOT` names).
pub fn read(policy: &Policy) -> Result<DeviceSnapshot, CliError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let snapshot = runtime.block_on(device::read(&Host::from_env(), &policy.device.min_os));
    // A reader past its deadline has had its tool killed; nothing is left to wait for.
    runtime.shutdown_timeout(Duration::from_millis(100));
    Ok(snapshot)
}

/// The `device` object `status`, `check` and `report` carry; `None` when this
/// computer could not be read at all (the verdict then counts its checks unknown).
pub fn summary(policy: &Policy) -> Option<DeviceSummary> {
    read(policy).ok().map(|s| s.summary(policy))
}

/// The lines for people, in the command line's language.
fn text(s: &DeviceSummary, policy: &Policy, tr: &Catalog) -> String {
    let mut out = tr!(tr, "device-cli-title", os = s.os.as_str());
    out.push('\n');
    let org = policy.organization.as_str();
    // The verdict only where the policy requires something of this computer.
    if s.checks.iter().any(|c| c.required) {
        out.push_str(&if s.meets_policy {
            tr!(tr, "device-meets", org = org)
        } else {
            tr!(tr, "device-does-not-meet", org = org)
        });
        out.push('\n');
    }
    out.push('\n');
    for c in &s.checks {
        let mut status = names::device_status(tr, c.status);
        if c.required {
            status = format!("{status} · {}", tr!(tr, "device-required", org = org));
        }
        out.push_str(&tr!(
            tr,
            "device-cli-check",
            check = names::device_check(tr, c.id),
            status = status
        ));
        out.push('\n');
        out.push_str(&format!("    {}\n", c.evidence));
        if let Some(fix) = c.fix.filter(|_| c.status != Status::Pass) {
            out.push_str(&format!("    {}\n", names::device_fix(tr, fix, s.platform)));
        }
    }
    out.push('\n');
    out.push_str(&tr!(tr, "device-preflight-title"));
    out.push('\n');
    // The methods this computer decides; the others are set up on the phone.
    for p in s.preflight.iter().filter(|p| p.method.decided_by_device()) {
        let state = mfa_ready_core::device::said::preflight(tr, p.preflight);
        out.push_str(&tr!(
            tr,
            "device-cli-preflight",
            method = names::method(tr, p.method),
            state = state
        ));
        out.push('\n');
    }
    out
}
