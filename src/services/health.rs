//! Portal health: one check (connectivity + every portal + vendor status feeds),
//! its history in the store, and the schedule that runs it on the services thread.
//!
//! The schedule: once at start, then every `probe_interval_s` (±10 % jitter),
//! every minute while a portal fails, and at once on "Check now". A check that
//! is already running is never started twice; probes are never retried in a loop.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::core::fault::{
    ConnectivityObservation, ConnectivityOutcome, HostHealth, host_health, next_probe_delay,
    portal_summary,
};
use crate::core::feeds::{FeedKind, FeedStatus, ParsedFeed, parse_feed};
use crate::core::policy::{Policy, StatusFeed};

use super::probe::{ConnectivityCheck, PortalTarget, ProbeConfig, ProbeResult, Prober};
use super::store::{ProbeRow, Store};

/// How long probe results are kept.
pub const HISTORY_RETENTION: SignedDuration = SignedDuration::from_hours(7 * 24);

/// Upper bound for fetching one status feed.
pub const FEED_TIMEOUT: Duration = Duration::from_secs(15);

/// Everything a health check needs, derived from the policy.
#[derive(Debug, Clone)]
pub struct HealthSettings {
    pub targets: Vec<PortalTarget>,
    pub probe: ProbeConfig,
    pub feeds: Vec<StatusFeed>,
    pub interval_s: u32,
}

impl HealthSettings {
    /// From the policy in force. Relative `extra_root_certs` are resolved against
    /// `policy_dir` (the policy file's directory) when given. Proxies come from the
    /// environment (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`).
    pub fn from_policy(policy: &Policy, policy_dir: Option<&Path>) -> Self {
        let targets = policy
            .portals
            .iter()
            .map(|p| PortalTarget {
                name: p.name.clone(),
                url: p.url.clone(),
                slow_ms: u64::from(p.slow_ms),
                timeout_ms: u64::from(p.timeout_ms),
            })
            .collect();
        let extra_root_certs = policy
            .extra_root_certs
            .iter()
            .map(|p| {
                let path = PathBuf::from(p);
                match policy_dir {
                    Some(dir) if path.is_relative() => dir.join(path),
                    _ => path,
                }
            })
            .collect();
        let connectivity_checks = policy
            .connectivity_checks
            .iter()
            .map(|c| ConnectivityCheck {
                url: c.url.clone(),
                expect: c.expect.clone(),
            })
            .collect();
        Self {
            targets,
            probe: ProbeConfig {
                extra_root_certs,
                connectivity_checks,
                ..ProbeConfig::from_env()
            },
            feeds: policy.status_feeds.clone(),
            interval_s: policy.probe_interval_s,
        }
    }
}

/// One vendor status feed as last fetched. A feed that failed to load or parse
/// carries `error` and no incidents: it is never shown as "no incidents".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedState {
    pub name: String,
    pub kind: FeedKind,
    pub url: String,
    /// `ok` or `error`.
    pub status: String,
    /// Why the feed could not be used.
    pub error: Option<String>,
    /// The feed's overall status, when it loaded.
    pub overall: Option<FeedStatus>,
    /// Open incidents (empty when `error` is set: unknown, not none).
    pub incidents: Vec<crate::core::feeds::Incident>,
}

impl FeedState {
    fn from_result(feed: &StatusFeed, result: Result<ParsedFeed, String>) -> Self {
        let (status, error, overall, incidents) = match result {
            Ok(p) => ("ok", None, Some(p.overall), p.incidents),
            Err(e) => ("error", Some(e), None, Vec::new()),
        };
        Self {
            name: feed.name.clone(),
            kind: feed.kind,
            url: feed.url.clone(),
            status: status.to_owned(),
            error,
            overall,
            incidents,
        }
    }

    /// True when the feed loaded and reports an open incident or degradation.
    pub fn confirms_incident(&self) -> bool {
        self.error.is_none()
            && (!self.incidents.is_empty()
                || matches!(
                    self.overall,
                    Some(FeedStatus::Incident | FeedStatus::Degraded)
                ))
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

impl HealthReport {
    /// Every portal usable (slow counts as usable).
    pub fn all_healthy(&self) -> bool {
        self.portals.iter().all(|p| p.outcome.is_healthy())
    }

    /// The overview's one line.
    pub fn summary(&self) -> Option<String> {
        portal_summary(
            self.portals
                .iter()
                .map(|p| (p.name.as_str(), p.outcome, p.explanation.as_str())),
        )
    }

    /// Per-host state for consumers such as a circuit breaker.
    pub fn hosts(&self) -> Vec<HostHealth> {
        host_health(
            self.portals
                .iter()
                .map(|p| (p.url.as_str(), p.outcome, p.checked_at)),
        )
    }

    /// "The provider confirms an incident" vs "only you see this", when a portal fails.
    pub fn confirmation(&self) -> Option<String> {
        if self.all_healthy() {
            return None;
        }
        if let Some(f) = self.feeds.iter().find(|f| f.confirms_incident()) {
            return Some(format!(
                "The provider confirms an incident ({}): this is not your connection.",
                f.name
            ));
        }
        if self.feeds.is_empty() {
            return None;
        }
        if self.feeds.iter().all(|f| f.error.is_some()) {
            return Some(
                "The provider's status page could not be read, so it is unknown whether they know of a problem."
                    .to_owned(),
            );
        }
        Some("Only you see this: the provider's status page reports no incident.".to_owned())
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
        outcome: p.outcome.as_str().to_owned(),
        http_status: p.http_status,
        dns_ms: p.phases_ms.dns,
        connect_ms: p.phases_ms.connect,
        tls_ms: p.phases_ms.tls,
        first_byte_ms: p.phases_ms.first_byte,
        total_ms: p.phases_ms.total,
        timed_out_phase: p.timed_out_phase.map(|ph| ph.as_str().to_owned()),
        request_id: p.request_id.clone(),
        explanation: p.explanation.clone(),
        technical: p.technical.clone(),
    }
}

/// Fetches and parses one feed (https only, TLS verified).
pub async fn fetch_feed(prober: &Prober, feed: &StatusFeed) -> FeedState {
    let result = match prober.fetch_body(&feed.url, FEED_TIMEOUT, true).await {
        Err(e) => Err(format!("could not load: {e}")),
        Ok((status, _)) if !(200..300).contains(&status) => {
            Err(format!("could not load: HTTP {status}"))
        }
        Ok((_, body)) => parse_feed(feed.kind, &body).map_err(|e| e.to_string()),
    };
    FeedState::from_result(feed, result)
}

/// Builds the prober off the async threads (reading the trust store touches files).
pub async fn prober(settings: &HealthSettings) -> Prober {
    let cfg = settings.probe.clone();
    match tokio::task::spawn_blocking(move || Prober::new(cfg)).await {
        Ok(p) => p,
        Err(_) => Prober::new(settings.probe.clone()),
    }
}

/// One full check: connectivity, every portal and every feed, concurrently.
/// Never hangs: every probe and fetch has a deadline.
pub async fn check(prober: &Prober, settings: &HealthSettings) -> HealthReport {
    let checked_at = Timestamp::now();
    let feeds = async {
        let mut set = tokio::task::JoinSet::new();
        for (i, f) in settings.feeds.iter().enumerate() {
            let p = prober.clone();
            let f = f.clone();
            set.spawn(async move { (i, fetch_feed(&p, &f).await) });
        }
        let mut out: Vec<Option<FeedState>> = vec![None; settings.feeds.len()];
        while let Some(Ok((i, r))) = set.join_next().await {
            if let Some(slot) = out.get_mut(i) {
                *slot = Some(r);
            }
        }
        settings
            .feeds
            .iter()
            .zip(out)
            .map(|(f, r)| {
                r.unwrap_or_else(|| FeedState::from_result(f, Err("feed task failed".into())))
            })
            .collect::<Vec<_>>()
    };
    let ((connectivity, mut portals), feeds) = tokio::join!(
        async {
            tokio::join!(
                prober.check_connectivity(),
                prober.probe_all(&settings.targets)
            )
        },
        feeds
    );
    for p in &mut portals {
        p.reclassify(Some(&connectivity));
    }
    HealthReport {
        checked_at,
        connectivity,
        portals,
        feeds,
    }
}

/// Stores a report and prunes history older than [`HISTORY_RETENTION`].
pub fn record(store: &mut Store, report: &HealthReport) -> Result<(), super::store::StoreError> {
    store.insert_probe_results(&report.rows())?;
    store.prune_probe_results(report.checked_at - HISTORY_RETENTION)?;
    Ok(())
}

/// What the window shows of portal health.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HealthSnapshot {
    /// A check is running now.
    pub checking: bool,
    /// The latest finished check.
    pub report: Option<HealthReport>,
    /// Stored results of the last [`HISTORY_RETENTION`], oldest first.
    pub history: Vec<ProbeRow>,
    /// Why the history could not be saved or read, if so.
    pub store_error: Option<String>,
}

/// Sends snapshots to the window.
pub type HealthSink = Arc<dyn Fn(HealthSnapshot) + Send + Sync>;

/// Starts the schedule on the current tokio runtime. Send `()` on the returned
/// channel for "Check now"; the task ends when the sender is dropped.
pub fn spawn(
    settings: HealthSettings,
    store: Arc<Mutex<Option<Store>>>,
    sink: HealthSink,
) -> tokio::sync::mpsc::UnboundedSender<()> {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(schedule(settings, store, sink, rx));
    tx
}

fn jitter() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    f64::from(nanos % 1000) / 1000.0
}

async fn schedule(
    settings: HealthSettings,
    store: Arc<Mutex<Option<Store>>>,
    sink: HealthSink,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<()>,
) {
    let prober = prober(&settings).await;
    let mut snapshot = HealthSnapshot {
        history: load_history(&store).await.unwrap_or_default(),
        ..HealthSnapshot::default()
    };
    loop {
        snapshot.checking = true;
        sink(snapshot.clone());
        let report = check(&prober, &settings).await;
        let failing = !report.all_healthy();
        let saved = save(&store, report.clone()).await;
        snapshot.store_error = saved.as_ref().err().cloned();
        if let Ok(history) = saved {
            snapshot.history = history;
        }
        snapshot.report = Some(report);
        snapshot.checking = false;
        // Requests that arrived during the check are answered by it.
        while rx.try_recv().is_ok() {}
        sink(snapshot.clone());
        let delay = next_probe_delay(settings.interval_s, failing, jitter());
        tokio::select! {
            msg = rx.recv() => if msg.is_none() { break },
            () = tokio::time::sleep(delay) => {}
        }
    }
}

async fn load_history(store: &Arc<Mutex<Option<Store>>>) -> Result<Vec<ProbeRow>, String> {
    let store = Arc::clone(store);
    tokio::task::spawn_blocking(move || {
        let guard = store.lock().map_err(|_| "store lock poisoned".to_owned())?;
        let s = guard
            .as_ref()
            .ok_or_else(|| "the data directory could not be opened".to_owned())?;
        s.probe_history(Timestamp::now() - HISTORY_RETENTION)
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

async fn save(
    store: &Arc<Mutex<Option<Store>>>,
    report: HealthReport,
) -> Result<Vec<ProbeRow>, String> {
    let store = Arc::clone(store);
    tokio::task::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| "store lock poisoned".to_owned())?;
        let s = guard
            .as_mut()
            .ok_or_else(|| "the data directory could not be opened".to_owned())?;
        record(s, &report).map_err(|e| e.to_string())?;
        s.probe_history(report.checked_at - HISTORY_RETENTION)
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Short label for a connectivity verdict.
pub fn connectivity_label(c: ConnectivityOutcome) -> &'static str {
    match c {
        ConnectivityOutcome::Online => "online",
        ConnectivityOutcome::CaptivePortal => "captive_portal",
        ConnectivityOutcome::Offline => "offline",
    }
}

/// The real probe behind the retry queue's [`super::queue::PortalProbe`]: one probe of
/// the portal (fresh connection, verified TLS, phase deadlines); healthy when it
/// answers usably (healthy or slow). Replaces the queue's plain GET when the window
/// runs with a valid policy.
pub struct RealProbe {
    prober: Prober,
    targets: Vec<PortalTarget>,
}

impl RealProbe {
    /// Reads the trust store and extra roots once (blocking file reads: call at start-up).
    pub fn new(settings: &HealthSettings) -> Self {
        Self {
            prober: Prober::new(settings.probe.clone()),
            targets: settings.targets.clone(),
        }
    }
}

impl super::queue::PortalProbe for RealProbe {
    fn healthy<'a>(&'a self, url: &'a str) -> super::enroll::BoxFut<'a, bool> {
        Box::pin(async move {
            let target = self
                .targets
                .iter()
                .find(|t| t.url == url)
                .cloned()
                .unwrap_or_else(|| PortalTarget::new("portal", url));
            self.prober.probe(&target).await.outcome.is_healthy()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_follow_the_policy() {
        let text = r#"schema = 1
organization = "Lab"
provider = "duo"
probe_interval_s = 120
extra_root_certs = ["certs/inspection.pem", "/abs/ca.pem"]

[[portal]]
name = "Lab"
url = "http://127.0.0.1:9/ok"
slow_ms = 500
timeout_ms = 3000
"#;
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
        let policy = crate::core::policy::parse(text, "p.toml", now).unwrap();
        let s = HealthSettings::from_policy(&policy, Some(Path::new("/etc/mfa-ready")));
        assert_eq!(s.interval_s, 120);
        assert_eq!(
            s.targets,
            vec![PortalTarget {
                name: "Lab".into(),
                url: "http://127.0.0.1:9/ok".into(),
                slow_ms: 500,
                timeout_ms: 3000,
            }]
        );
        assert_eq!(
            s.probe.extra_root_certs,
            vec![
                PathBuf::from("/etc/mfa-ready/certs/inspection.pem"),
                PathBuf::from("/abs/ca.pem")
            ]
        );
        // The provider preset's feed and the OS connectivity checks.
        assert_eq!(s.feeds[0].url, "https://status.duo.com/api/v2/summary.json");
        assert_eq!(s.probe.connectivity_checks.len(), 2);
        assert_eq!(
            s.probe.connectivity_checks[0].url,
            "http://www.msftconnecttest.com/connecttest.txt"
        );
    }

    #[test]
    fn feed_state_never_reads_a_failure_as_no_incidents() {
        let feed = StatusFeed {
            name: "Duo".into(),
            kind: FeedKind::Statuspage,
            url: "https://status.duo.com/api/v2/summary.json".into(),
        };
        let s = FeedState::from_result(&feed, Err("could not load: HTTP 500".into()));
        assert_eq!(s.status, "error");
        assert_eq!(s.overall, None);
        assert!(!s.confirms_incident());
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["status"], "error");
        assert_eq!(json["kind"], "statuspage");
    }
}
