//! `mfa-ready probe [--json]`: probe every portal once, print, store in history.
//!
//! Exit 0 when every portal is healthy (slow counts as healthy), 1 when any is
//! not, 2 on error (no valid policy, unusable data directory). Results are
//! stamped with the command's clock (`MFA_READY_NOW` when set), which also sets
//! the 7-day history window.

use std::path::Path;

use serde_json::{Value, json};

use crate::services::health::{self, FeedState, HealthReport, HealthSettings};
use crate::ui::names;
use mfa_ready_core::feeds::{Maintenance, MaintenanceState};
use mfa_ready_i18n::{Catalog, tr};

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
        print!("{}", report_text(&report, session.catalog()));
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

/// The table, then what it means in the reader's language (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`): each portal's sentence, the status pages and what they add. The table's
/// columns are values for IT and stay as they are.
pub fn report_text(report: &HealthReport, tr: &Catalog) -> String {
    let mut out = tr!(
        tr,
        "probe-checked-at",
        time = report.checked_at.to_string(),
        connection = names::connection(tr, &report.connectivity)
    );
    out.push_str("\n\n");
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
        out.push_str(&names::portal_explanation(tr, p));
        out.push('\n');
    }
    for f in &report.feeds {
        out.push_str(&feed_text(f, tr));
    }
    if let Some(c) = report.confirmation() {
        out.push_str(&names::confirmation(tr, &c));
        out.push('\n');
    }
    out
}

fn feed_text(f: &FeedState, tr: &Catalog) -> String {
    let Some(e) = &f.error else {
        let mut out = tr!(
            tr,
            "probe-feed-incidents",
            feed = f.name.as_str(),
            count = f.incidents.len()
        );
        out.push('\n');
        for i in &f.incidents {
            out.push_str(&format!("  - {}\n", i.title));
        }
        for m in &f.maintenances {
            out.push_str(&format!("  - {}\n", maintenance_text(m, tr)));
        }
        return out;
    };
    let mut out = tr!(
        tr,
        "probe-feed-unreadable",
        feed = f.name.as_str(),
        error = e.to_string()
    );
    out.push('\n');
    out
}

/// "Maintenance: Database upgrade (in progress, 2026-06-01T05:00:00Z to 2026-06-01T07:00:00Z)".
fn maintenance_text(m: &Maintenance, tr: &Catalog) -> String {
    let state = match m.state {
        MaintenanceState::InProgress => "in_progress",
        MaintenanceState::Verifying => "verifying",
    };
    let (from, until) = (
        m.window_start.map_or_else(String::new, |a| a.to_string()),
        m.window_end.map_or_else(String::new, |b| b.to_string()),
    );
    let window = match (m.window_start.is_some(), m.window_end.is_some()) {
        (true, true) => "from_until",
        (true, false) => "since",
        (false, true) => "until",
        (false, false) => "none",
    };
    tr!(
        tr,
        "probe-maintenance",
        title = m.title.as_str(),
        state = state,
        window = window,
        from = from,
        until = until
    )
}
