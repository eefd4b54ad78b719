//! The result of one health check (the `probe --json` contract), what each vendor
//! status feed said, and the sentences drawn from them.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::services::probe::{FetchError, ProbeResult};
use crate::services::store::ProbeRow;
use mfa_ready_core::fault::{
    ConnectivityObservation, HostHealth, PortalSummary, host_health, portal_summary,
};
use mfa_ready_core::feeds::{FeedError, FeedKind, FeedStatus, Incident, Maintenance, ParsedFeed};
use mfa_ready_core::policy::StatusFeed;
use mfa_ready_core::text::single_line;

/// Why a status feed could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedFailure {
    /// Not fetched: refused URL, connection, timeout, too large.
    #[error("could not load: {0}")]
    Load(#[from] FetchError),
    /// Fetched, but not with a 2xx.
    #[error("could not load: HTTP {0}")]
    Status(u16),
    /// Fetched, but not a feed of its kind.
    #[error("{0}")]
    Parse(#[from] FeedError),
    /// The fetch task ended without an answer.
    #[error("feed task failed")]
    Task,
}

/// One vendor status feed as last fetched. A feed that failed to load or parse
/// carries `error` and no incidents: it is never shown as "no incidents".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedState {
    pub name: String,
    pub kind: FeedKind,
    pub url: String,
    /// Whether the feed could be read (`ok` / `error` in JSON).
    pub status: FeedRead,
    /// Why the feed could not be used.
    pub error: Option<String>,
    /// The feed's overall status, when it loaded.
    pub overall: Option<FeedStatus>,
    /// Open incidents (empty when `error` is set: unknown, not none).
    pub incidents: Vec<Incident>,
    /// Scheduled maintenances in progress or verifying, apart from incidents.
    #[serde(default)]
    pub maintenances: Vec<Maintenance>,
}

/// Whether a status feed could be fetched and parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedRead {
    Ok,
    Error,
}

impl FeedState {
    /// The state of `feed` after a fetch and parse.
    pub fn from_result(feed: &StatusFeed, result: Result<ParsedFeed, FeedFailure>) -> Self {
        let (status, error, overall, incidents, maintenances) = match result {
            Ok(p) => (
                FeedRead::Ok,
                None,
                Some(p.overall),
                p.incidents,
                p.maintenances,
            ),
            Err(e) => (
                FeedRead::Error,
                Some(single_line(&e.to_string())),
                None,
                Vec::new(),
                Vec::new(),
            ),
        };
        Self {
            name: feed.name.clone(),
            kind: feed.kind,
            url: feed.url.clone(),
            status,
            error,
            overall,
            incidents,
            maintenances,
        }
    }

    /// True when the feed loaded and reports an open incident or degradation
    /// (a degradation explained by maintenance in progress is maintenance).
    pub fn confirms_incident(&self) -> bool {
        self.error.is_none()
            && (!self.incidents.is_empty()
                || self.overall == Some(FeedStatus::Incident)
                || (self.overall == Some(FeedStatus::Degraded) && self.maintenances.is_empty()))
    }

    /// True when the feed loaded and reports maintenance in progress.
    pub fn in_maintenance(&self) -> bool {
        self.error.is_none() && !self.maintenances.is_empty()
    }
}

/// The result of one health check. Field names are the `probe --json` contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthReport {
    pub checked_at: Timestamp,
    pub connectivity: ConnectivityObservation,
    pub portals: Vec<ProbeResult>,
    pub feeds: Vec<FeedState>,
}

/// What the providers' status pages add to a failing portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmation {
    /// A feed reports an open incident.
    Incident { feed: String },
    /// A feed reports maintenance in progress.
    Maintenance { feed: String },
    /// No feed could be read.
    FeedsUnreadable,
    /// The feeds were read and report nothing.
    OnlyYou,
}

impl HealthReport {
    /// Every portal usable (slow counts as usable).
    pub fn all_healthy(&self) -> bool {
        self.portals.iter().all(|p| p.outcome.is_healthy())
    }

    /// What the overview's one line says: every portal normal, or the worst one.
    pub fn summary(&self) -> Option<PortalSummary<&ProbeResult>> {
        portal_summary(self.portals.iter().map(|p| (p.outcome, p)))
    }

    /// Per-host state for consumers such as a circuit breaker, keyed by
    /// [`mfa_ready_core::weburl::host_key`]. A failure behind a redirect to another
    /// host counts against that host, not the portal's.
    pub fn hosts(&self) -> Vec<HostHealth> {
        host_health(
            self.portals
                .iter()
                .map(|p| (p.judged_url(), p.outcome, p.checked_at)),
        )
    }

    /// What the status feeds add when a portal fails: the provider confirms an
    /// incident, or reports maintenance, or could not be read, or only you see it.
    pub fn confirmation(&self) -> Option<Confirmation> {
        if self.all_healthy() {
            return None;
        }
        if let Some(f) = self.feeds.iter().find(|f| f.confirms_incident()) {
            return Some(Confirmation::Incident {
                feed: f.name.clone(),
            });
        }
        if let Some(f) = self.feeds.iter().find(|f| f.in_maintenance()) {
            return Some(Confirmation::Maintenance {
                feed: f.name.clone(),
            });
        }
        if self.feeds.is_empty() {
            return None;
        }
        if self.feeds.iter().all(|f| f.error.is_some()) {
            return Some(Confirmation::FeedsUnreadable);
        }
        Some(Confirmation::OnlyYou)
    }

    /// Rows for the history table.
    pub fn rows(&self) -> Vec<ProbeRow> {
        self.portals.iter().map(row_from_result).collect()
    }
}

fn row_from_result(p: &ProbeResult) -> ProbeRow {
    ProbeRow {
        at: p.checked_at,
        portal: p.name.clone(),
        url: p.url.clone(),
        outcome: Some(p.outcome),
        http_status: p.http_status,
        dns_ms: p.phases_ms.dns,
        connect_ms: p.phases_ms.connect,
        tls_ms: p.phases_ms.tls,
        first_byte_ms: p.phases_ms.first_byte,
        total_ms: p.phases_ms.total,
        timed_out_phase: p.timed_out_phase.map(|ph| ph.as_str().to_owned()),
        request_id: p.request_id.clone(),
        explanation: p.explanation.clone(),
        says: p.says.clone(),
        route: p.proxy.clone(),
        technical: p.technical.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed() -> StatusFeed {
        StatusFeed {
            name: "Duo".into(),
            kind: FeedKind::Statuspage,
            url: "https://status.duo.com/api/v2/summary.json".into(),
        }
    }

    #[test]
    fn feed_state_never_reads_a_failure_as_no_incidents() {
        let s = FeedState::from_result(&feed(), Err(FeedFailure::Status(500)));
        assert_eq!(s.status, FeedRead::Error);
        assert_eq!(s.error.as_deref(), Some("could not load: HTTP 500"));
        assert_eq!(s.overall, None);
        assert!(!s.confirms_incident());
        assert!(!s.in_maintenance());
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["status"], "error");
        assert_eq!(json["kind"], "statuspage");
    }

    #[test]
    fn maintenance_is_not_an_incident() {
        let body = br#"{"status":{"indicator":"maintenance"},
            "components":[{"name":"Push","status":"under_maintenance"}],
            "scheduled_maintenances":[{"name":"Upgrade","status":"in_progress"}]}"#;
        let parsed = mfa_ready_core::feeds::parse_feed(FeedKind::Statuspage, body).unwrap();
        let s = FeedState::from_result(&feed(), Ok(parsed));
        assert!(s.in_maintenance());
        assert!(!s.confirms_incident());
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["maintenances"][0]["title"], "Upgrade");
        assert_eq!(json["maintenances"][0]["state"], "in_progress");
    }
}
