//! `mfa-ready probe [--json]`: probe every portal once, print, store in history.
//!
//! Exit 0 when every portal is healthy (slow counts as healthy), 1 when any is
//! not, 2 on error (no valid policy, unusable data directory). Results are
//! stamped with the command's clock (`MFA_READY_NOW` when set), which also sets
//! the 7-day history window.

use std::path::Path;

use serde_json::{Value, json};

use crate::services::health::{self, FeedState, HealthReport, HealthSettings};
use mfa_ready_core::feeds::{Maintenance, MaintenanceState};

use super::common::{CliError, EXIT_NOT_READY, EXIT_OK};
use super::session::Session;

/// Runs the command.
pub fn run(session: &Session, as_json: bool) -> Result<u8, CliError> {
    let clock = session.clock;
    let loaded = session.loaded();
    let policy = session.policy()?;
    let mut store = session.store()?;
    let settings =
        HealthSettings::from_policy(policy, loaded.source.path.as_deref().and_then(Path::parent))
            .with_clock(clock);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let report = runtime.block_on(async {
        let prober = health::prober(&settings).await;
        health::check(&prober, &settings).await
    });
    health::record(&mut store, &report)?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&report_json(&report))?);
    } else {
        print!("{}", report_text(&report));
    }
    Ok(if report.all_healthy() {
        EXIT_OK
    } else {
        EXIT_NOT_READY
    })
}

/// The JSON contract: `checked_at`, `connectivity`, `portals`, `feeds`.
pub fn report_json(report: &HealthReport) -> Value {
    let mut v = serde_json::to_value(report).unwrap_or_else(|_| json!({}));
    if let Ok(hosts) = serde_json::to_value(report.hosts()) {
        v["hosts"] = hosts;
    }
    v
}

fn ms(v: Option<f64>) -> String {
    v.map_or("-".to_owned(), |v| format!("{v:.0}"))
}

/// The table.
pub fn report_text(report: &HealthReport) -> String {
    // With no connectivity check in the policy, nothing was checked: not "online".
    let connection = if report.connectivity.checks.is_empty() {
        "not checked (the policy has no connectivity_check)"
    } else {
        health::connectivity_label(report.connectivity.outcome)
    };
    let mut out = format!(
        "Checked at {} · connection: {connection}\n\n",
        report.checked_at
    );
    out.push_str(&format!(
        "{:<32} {:<20} {:>6} {:>6} {:>8} {:>6} {:>10} {:>8}  {}\n",
        "PORTAL", "OUTCOME", "HTTP", "DNS", "CONNECT", "TLS", "FIRSTBYTE", "TOTAL", "REQUEST ID"
    ));
    for p in &report.portals {
        let t = &p.phases_ms;
        out.push_str(&format!(
            "{:<32} {:<20} {:>6} {:>6} {:>8} {:>6} {:>10} {:>8}  {}\n",
            p.name.chars().take(32).collect::<String>(),
            p.outcome.as_str(),
            p.http_status.map_or("-".to_owned(), |s| s.to_string()),
            ms(t.dns),
            ms(t.connect),
            ms(t.tls),
            ms(t.first_byte),
            ms(t.total),
            p.request_id.as_deref().unwrap_or("-"),
        ));
    }
    out.push('\n');
    for p in &report.portals {
        out.push_str(&format!("{}: {}\n", p.name, p.explanation));
    }
    for f in &report.feeds {
        out.push_str(&feed_text(f));
    }
    if let Some(c) = report.confirmation() {
        out.push_str(&format!("{c}\n"));
    }
    out
}

fn feed_text(f: &FeedState) -> String {
    let Some(e) = &f.error else {
        let mut out = format!(
            "Status feed {}: {} open incident(s)\n",
            f.name,
            f.incidents.len()
        );
        for i in &f.incidents {
            out.push_str(&format!("  - {}\n", i.title));
        }
        for m in &f.maintenances {
            out.push_str(&format!("  - maintenance: {}\n", maintenance_text(m)));
        }
        return out;
    };
    format!("Status feed {}: could not be read: {e}\n", f.name)
}

/// "Database upgrade (in progress, 2026-06-01T05:00:00Z to 2026-06-01T07:00:00Z)".
fn maintenance_text(m: &Maintenance) -> String {
    let state = match m.state {
        MaintenanceState::InProgress => "in progress",
        MaintenanceState::Verifying => "verifying",
    };
    let window = match (m.window_start, m.window_end) {
        (Some(a), Some(b)) => format!(", {a} to {b}"),
        (Some(a), None) => format!(", since {a}"),
        (None, Some(b)) => format!(", until {b}"),
        (None, None) => String::new(),
    };
    format!("{} ({state}{window})", m.title)
}
